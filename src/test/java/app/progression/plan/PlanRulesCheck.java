package app.progression.plan;

import app.progression.catalog.Catalog;
import app.progression.check.PlanChecker;
import app.progression.profile.Profile;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The end-to-end test's rule check, now {@link PlanChecker}: every hard rule of the rules-spec, read from the plan
 * file, the profile and the catalog alone (nothing of the solver, its model or its score).
 */
final class PlanRulesCheck {

    private PlanRulesCheck() {
    }

    static List<String> check(JsonNode plan, Profile profile, Catalog catalog) {
        return PlanChecker.check(plan, profile, catalog);
    }
}
