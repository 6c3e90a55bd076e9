package app.progression.check;

import app.progression.catalog.Catalog;
import app.progression.profile.Profile;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a written plan (the JSON of {@code plan --out x.json}) against every hard rule of the rules-spec
 * (notes/rules-spec.md), reading only the plan, the profile and the catalog: nothing of the solver, its model or
 * its score. Returns every broken rule as "rule-id: what is wrong"; empty means the plan keeps them all. Besides
 * the spec's rule ids it uses "plan-document" (dates, summaries), "findings-copied", "session-content" (minutes
 * and doses as the catalog defines them, add-ons, cross-training), "strength-set-per-week" and "test-first".
 */
public final class PlanChecker {

    private PlanChecker() {
    }

    public static List<String> check(JsonNode plan, Profile profile, Catalog catalog) {
        return check(plan, profile, catalog, Set.of());
    }

    /** As {@link #check(JsonNode, Profile, Catalog)}, in a team batch whose coach is full on some dates. */
    public static List<String> check(JsonNode plan, Profile profile, Catalog catalog, Set<LocalDate> coachFullDates) {
        Violations violations = new Violations();
        ReadPlan read = ReadPlan.of(plan);
        new DocumentChecks(profile, violations).check(read);
        new ExerciseChecks(profile, catalog, violations).check(read);
        new DayChecks(profile, catalog, violations).check(read);
        Map<Integer, Map<String, Integer>> sets = new StrengthChecks(profile, catalog, violations)
                .check(read, coachFullDates);
        new ProgressionChecks(profile, catalog, violations).check(read, sets);
        new RunningChecks(profile, violations).check(read);
        return violations.list();
    }
}
