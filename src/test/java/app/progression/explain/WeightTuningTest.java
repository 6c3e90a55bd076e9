package app.progression.explain;

import static app.progression.explain.ExplainTestSupport.CATALOG;
import static app.progression.explain.ExplainTestSupport.LEE;
import static app.progression.explain.ExplainTestSupport.RIA;
import static app.progression.explain.ExplainTestSupport.datesOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.domain.ConstraintWeights;
import app.progression.plan.PlanDocument;
import app.progression.profile.Profile;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A weight change moves the plan the way a coach expects. */
class WeightTuningTest {

    @Test
    void aHighWeightOnFlexibilityAfterRunsPutsFlexibilityAfterEveryRun() {
        Profile lee = ExplainTestSupport.profile(LEE);
        // A coach who wants variety: with one pain-free stretch, every extra flexibility day repeats it.
        PlanDocument variety = ExplainTestSupport.solve(lee,
                ExplainTestSupport.weights(lee, Map.of("stretches-varied", 60)));
        PlanDocument flexibility = ExplainTestSupport.solve(lee,
                ExplainTestSupport.weights(lee, Map.of("stretches-varied", 60, "flexibility-after-every-run", 500)));
        assertFalse(runsWithoutFlexibility(variety).isEmpty(),
                "precondition: at the default weight some runs go without flexibility");
        assertTrue(runsWithoutFlexibility(flexibility).isEmpty(),
                "runs without flexibility: " + runsWithoutFlexibility(flexibility));
        assertTrue(flexibility.feasible());
    }

    @Test
    void weightZeroOnRunSpacingLetsRunsGoBackToBackWhenThatHelpsOtherRules() {
        Profile ria = ExplainTestSupport.profile(RIA);
        ConstraintWeights defaults = ExplainTestSupport.weights(ria, Map.of());
        ConstraintWeights spacingOff = ExplainTestSupport.weights(ria, Map.of("runs-not-back-to-back", 0));
        PlanDocument spaced = ExplainTestSupport.solve(ria, defaults);
        PlanDocument unspaced = ExplainTestSupport.solve(ria, spacingOff);
        assertTrue(backToBackRuns(spaced).isEmpty(), "default weights keep runs apart: " + backToBackRuns(spaced));
        assertFalse(backToBackRuns(unspaced).isEmpty(), "with weight 0 runs may follow each other");

        // It helps the other rules: by the weights without spacing, the back-to-back plan scores better, and the
        // rules it gains on are the strength-and-run rules.
        var byOff = Comparer.compare(ria, CATALOG, new Comparer.Weighting("defaults", defaults), spaced,
                new Comparer.Weighting("spacing off", spacingOff), unspaced);
        long gain = byOff.rules().stream().mapToLong(rule -> rule.differenceByB().soft()).sum();
        assertTrue(gain > 0, "the unspaced plan scores better without spacing: " + gain);
        assertTrue(byOff.rules().stream().filter(rule -> rule.rule().equals("strength-apart-from-cardio")
                        || rule.rule().equals("no-run-after-strength"))
                .mapToLong(rule -> rule.differenceByB().soft()).sum() > 0);
        assertTrue(byOff.rules().stream().filter(rule -> rule.rule().equals("runs-not-back-to-back"))
                .allMatch(rule -> rule.differenceByA().soft() < 0), "by the default weights, spacing is what it costs");
    }

    static List<LocalDate> runsWithoutFlexibility(PlanDocument plan) {
        Set<LocalDate> flexibility = new HashSet<>(datesOf(plan, "FLEXIBILITY"));
        return datesOf(plan, "EASY_RUN").stream().filter(date -> !flexibility.contains(date)).toList();
    }

    static List<LocalDate> backToBackRuns(PlanDocument plan) {
        List<LocalDate> runs = datesOf(plan, "EASY_RUN");
        return runs.stream().filter(date -> runs.contains(date.plusDays(1))).toList();
    }
}
