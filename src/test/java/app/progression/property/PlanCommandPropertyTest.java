package app.progression.property;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.check.PlanChecker;
import app.progression.io.Json;
import app.progression.oracle.FeasibilityOracle;
import app.progression.oracle.Verdict;
import app.progression.profile.Profile;
import app.progression.spec.Profiles;
import java.io.ByteArrayInputStream;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;

/**
 * The {@code plan} command over random valid profiles, judged by the oracle and the plan checker, never by the
 * solver's own score. Kept small for CI on 2 cores (short plans, a 0.5 s budget, a fixed seed, no shrinking:
 * every shrinking step would solve again); the large corpus is {@code OracleAgreementBenchmark}.
 */
class PlanCommandPropertyTest {

    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final int MAX_WEEKS = 6;
    private static final double SECONDS = 0.5;
    private static final long SEED = 7;

    @Provide
    Arbitrary<String> anyProfile() {
        return ProfileArbitraries.profiles(MAX_WEEKS);
    }

    /** Profiles the oracle can plan: most tries then yield a plan to check. */
    @Provide
    Arbitrary<String> feasibleProfile() {
        return ProfileArbitraries.profiles(MAX_WEEKS)
                .filter(json -> FeasibilityOracle.decide(Profiles.read(json, CATALOG), CATALOG).isFeasible());
    }

    /** (a) A plan that {@code plan} writes keeps every hard rule of the spec. */
    @Property(tries = 20, seed = "11", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void everyWrittenPlanKeepsTheHardRules(@ForAll("feasibleProfile") String json) {
        Profile profile = Profiles.read(json, CATALOG);
        PlanRun run = PlanRun.of(json, SEED, SECONDS);
        Statistics.collect(run.planned() ? "planned" : "exit " + run.exitCode());
        if (run.planned()) {
            List<String> broken = PlanChecker.check(Json.readTree(new ByteArrayInputStream(run.planFile()), "plan"),
                    profile, CATALOG);
            assertEquals(List.of(), broken.stream().limit(12).toList(), "broken rules (" + broken.size()
                    + " in all) in the plan for\n" + json);
        }
    }

    /** (b) Exit 4 only when the oracle finds no plan, exit 0 only when it finds one. */
    @Property(tries = 30, seed = "12", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void exitCodeAgreesWithTheOracle(@ForAll("anyProfile") String json) {
        Verdict verdict = FeasibilityOracle.decide(Profiles.read(json, CATALOG), CATALOG);
        PlanRun run = PlanRun.of(json, SEED, SECONDS);
        Statistics.collect(verdict.getClass().getSimpleName(), run.exitCode());
        String context = "exit " + run.exitCode() + ", oracle " + verdict.describe() + "\nstderr: " + run.err()
                + "\nprofile:\n" + json;
        assertTrue(run.exitCode() == 0 || run.exitCode() == 4, context);
        if (run.exitCode() == 4) {
            assertTrue(!verdict.isFeasible(), "the oracle has a plan, plan says none: " + context);
        } else {
            assertTrue(!verdict.isInfeasible(), "plan made a plan where the oracle says none can exist: " + context);
        }
    }

    /** (c) The same profile, weights and seed give the same plan file, byte for byte. */
    @Property(tries = 6, seed = "13", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void theSameSeedGivesTheSamePlanFile(@ForAll("feasibleProfile") String json) {
        PlanRun first = PlanRun.of(json, SEED, SECONDS);
        PlanRun second = PlanRun.of(json, SEED, SECONDS);
        assertEquals(first.exitCode(), second.exitCode(), json);
        if (first.planned()) {
            assertNotNull(second.planFile(), json);
            assertArrayEquals(first.planFile(), second.planFile(), "two runs with seed " + SEED + " differ for\n" + json);
        }
    }
}
