package app.progression.explain;

import static app.progression.explain.ExplainTestSupport.CATALOG;
import static app.progression.explain.ExplainTestSupport.RIA;
import static app.progression.explain.ExplainTestSupport.SOLVE;
import static app.progression.explain.ExplainTestSupport.edit;
import static app.progression.explain.ExplainTestSupport.removeAll;
import static app.progression.explain.ExplainTestSupport.sessionsOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.explain.Comparer.Comparison;
import app.progression.explain.Comparer.DayDiff;
import app.progression.explain.Comparer.Weighting;
import app.progression.plan.PlanDocument;
import app.progression.profile.Profile;
import app.progression.profile.ProfileReader;
import app.progression.solver.SolveOptions;
import app.progression.solver.Weights;
import java.nio.file.Path;
import java.time.Duration;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** What-if: exactly the days that changed, and score differences that add up. */
class ComparerTest {

    private static Profile ria;
    private static Weighting defaults;
    private static Weighting spacingOff;
    private static PlanDocument planA;
    private static PlanDocument planB;

    @BeforeAll
    static void solveBoth() {
        ria = ExplainTestSupport.profile(RIA);
        defaults = new Weighting("defaults", ExplainTestSupport.weights(ria, Map.of()));
        spacingOff = new Weighting("spacing off", ExplainTestSupport.weights(ria, Map.of("runs-not-back-to-back", 0)));
        planA = Comparer.solve(ria, CATALOG, defaults.weights(), SOLVE);
        planB = Comparer.solve(ria, CATALOG, spacingOff.weights(), SOLVE);
    }

    @Test
    void compareListsExactlyTheDaysWhoseSessionsDiffer() {
        Comparison comparison = Comparer.compare(ria, CATALOG, defaults, planA, spacingOff, planB);
        List<LocalDate> expected = new ArrayList<>();
        for (PlanDocument.DayPlan day : planA.days()) {
            PlanDocument.DayPlan other = planB.days().stream().filter(d -> d.date().equals(day.date())).findFirst()
                    .orElseThrow();
            if (!Objects.equals(day.sessions(), other.sessions())) {
                expected.add(day.date());
            }
        }
        assertTrue(!expected.isEmpty(), "precondition: the weight change moves the plan");
        assertEquals(expected, changedDates(comparison));
        assertEquals(expected.size(), comparison.changedDays());
        assertEquals(List.of(new Comparer.WeightChange("runs-not-back-to-back", 30, 0)), comparison.weightChanges());
    }

    @Test
    void solvingTheComparisonIsReproducible() {
        Comparison solved = Comparer.compare(ria, CATALOG, defaults, spacingOff, SOLVE);
        Comparison fromDocuments = Comparer.compare(ria, CATALOG, defaults, planA, spacingOff, planB);
        assertEquals(fromDocuments, solved);
    }

    @Test
    void aWeightingsPlanIsNeverWorseByItsOwnWeightsThanTheDefaultPlan() {
        // Spreading runs much further (back-to-back x4, run after strength x3): from the draft these weights make,
        // the search alone stops below the default plan by these weights; solving tries the default plan too.
        Profile priya = ProfileReader.read(Path.of("problems", "heel-pain-no-foam-roller.json"), CATALOG);
        Weighting spread = new Weighting("spread", Weights.resolve(priya.weights(),
                Map.of("runs-not-back-to-back", 120, "no-run-after-strength", 60)));
        Comparison comparison = Comparer.compare(priya, CATALOG, new Weighting("defaults",
                Weights.resolve(priya.weights(), Map.of())), spread, new SolveOptions(Duration.ofSeconds(4), 42L));
        HardSoftLongScore aByA = HardSoftLongScore.parseScore(comparison.a().score());
        HardSoftLongScore bByA = HardSoftLongScore.parseScore(comparison.b().scoreWithOtherWeights());
        HardSoftLongScore aByB = HardSoftLongScore.parseScore(comparison.a().scoreWithOtherWeights());
        HardSoftLongScore bByB = HardSoftLongScore.parseScore(comparison.b().score());
        assertTrue(aByA.compareTo(bByA) >= 0, "plan A is A's better plan: " + comparison.a() + " " + comparison.b());
        assertTrue(bByB.compareTo(aByB) >= 0, "plan B is B's better plan: " + comparison.a() + " " + comparison.b());
        assertNull(comparison.b().note(), "B's own solving found it, not compare's guard");
    }

    @Test
    void ruleDifferencesAddUpToTheScoreDifferenceUnderEachWeighting() {
        Comparison comparison = Comparer.compare(ria, CATALOG, defaults, planA, spacingOff, planB);
        HardSoftLongScore aByA = HardSoftLongScore.parseScore(comparison.a().score());
        HardSoftLongScore bByA = HardSoftLongScore.parseScore(comparison.b().scoreWithOtherWeights());
        HardSoftLongScore aByB = HardSoftLongScore.parseScore(comparison.a().scoreWithOtherWeights());
        HardSoftLongScore bByB = HardSoftLongScore.parseScore(comparison.b().score());
        assertEquals(planA.score(), aByA.toString(), "plan A re-scored from its file");
        assertEquals(planB.score(), bByB.toString(), "plan B re-scored from its file");
        long byA = comparison.rules().stream().mapToLong(rule -> rule.differenceByA().soft()).sum();
        long byB = comparison.rules().stream().mapToLong(rule -> rule.differenceByB().soft()).sum();
        assertEquals(bByA.softScore() - aByA.softScore(), byA);
        assertEquals(bByB.softScore() - aByB.softScore(), byB);
    }

    @Test
    void aHandEditOfOneDayIsTheOnlyDayReported() {
        LocalDate monday = LocalDate.parse("2027-03-08");
        // Take every flexibility session of week 2 out, and put back all but Monday's.
        PlanDocument onlyMonday = edit(planA, plan -> {
            List<ObjectNode> sessions = removeAll(plan, 2, "FLEXIBILITY");
            List<LocalDate> dates = ExplainTestSupport.datesOf(planA, "FLEXIBILITY").stream()
                    .filter(date -> date.isAfter(LocalDate.parse("2027-03-07"))).toList();
            for (int i = 0; i < sessions.size(); i++) {
                if (!dates.get(i).equals(monday)) {
                    sessionsOn(plan, dates.get(i)).add(sessions.get(i));
                }
            }
        });
        assertTrue(ExplainTestSupport.datesOf(planA, "FLEXIBILITY").contains(monday), "precondition");
        Comparison comparison = Comparer.compare(ria, CATALOG, defaults, planA, defaults, onlyMonday);
        assertEquals(List.of(monday), changedDates(comparison));
        assertTrue(comparison.weightChanges().isEmpty());
        DayDiff day = comparison.weekList().get(1).days().get(0);
        assertTrue(day.a().stream().anyMatch(s -> s.startsWith("flexibility")));
        assertTrue(day.b().stream().noneMatch(s -> s.startsWith("flexibility")));
        assertNull(comparison.weekList().get(1).strengthSetA(), "the strength set did not change");
        assertTrue(comparison.weekList().get(0).days().isEmpty());
        String text = Comparer.render(comparison, SOLVE);
        assertTrue(text.contains("1 of 14 days differ."), text);
        assertTrue(text.contains("Week 1: no change"), text);
    }

    private static List<LocalDate> changedDates(Comparison comparison) {
        return comparison.weekList().stream().flatMap(week -> week.days().stream()).map(DayDiff::date).toList();
    }
}
