package app.progression.property;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.check.PlanChecker;
import app.progression.oracle.FeasibilityOracle;
import app.progression.oracle.Verdict;
import app.progression.oracle.WitnessPlan;
import app.progression.profile.Profile;
import app.progression.spec.Profiles;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The oracle and the checker read the spec alike: over random profiles (no solver involved, so many of them), the
 * oracle's proof of feasibility, written as a plan file, passes the checker.
 */
class OracleWitnessTest {

    private static final Catalog CATALOG = CatalogLoader.builtIn();

    @Provide
    Arbitrary<String> anyProfile() {
        return ProfileArbitraries.profiles(52);
    }

    @Property(tries = 600, seed = "8", edgeCases = EdgeCasesMode.MIXIN)
    void everyWitnessKeepsEveryRule(@ForAll("anyProfile") String json) {
        Profile profile = Profiles.read(json, CATALOG);
        Verdict verdict = FeasibilityOracle.decide(profile, CATALOG);
        Statistics.collect(verdict.getClass().getSimpleName());
        if (verdict instanceof Verdict.Feasible feasible) {
            List<String> broken = PlanChecker.check(WitnessPlan.document(feasible.witness(), profile, CATALOG),
                    profile, CATALOG);
            assertEquals(List.of(), broken, json + "\n" + feasible.witness().describe());
        }
    }
}
