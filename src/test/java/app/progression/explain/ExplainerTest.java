package app.progression.explain;

import static app.progression.explain.ExplainTestSupport.CATALOG;
import static app.progression.explain.ExplainTestSupport.SAM;
import static app.progression.explain.ExplainTestSupport.edit;
import static app.progression.explain.ExplainTestSupport.removeAll;
import static app.progression.explain.ExplainTestSupport.sessionsOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.InvalidInputException;
import app.progression.domain.ConstraintWeights;
import app.progression.domain.SessionKind;
import app.progression.explain.PlanExplanation.DayExplanation;
import app.progression.explain.PlanExplanation.Effect;
import app.progression.explain.PlanExplanation.RuleScore;
import app.progression.explain.PlanExplanation.SessionExplanation;
import app.progression.explain.PlanExplanation.WeekExplanation;
import app.progression.plan.PlanDocument;
import app.progression.profile.Profile;
import app.progression.solver.PlanProblem;
import app.progression.solver.PlanSolver;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** Explaining a plan file: re-scored as it stands, totals that add up, hand edits and what they break. */
class ExplainerTest {

    private static Profile profile;
    private static ConstraintWeights weights;
    private static PlanDocument solved;
    private static HardSoftLongScore solvedScore;

    @BeforeAll
    static void solveOnce() {
        profile = ExplainTestSupport.profile(SAM);
        weights = ExplainTestSupport.weights(profile, Map.of());
        PlanProblem.Built built = PlanProblem.build(profile, CATALOG, weights);
        var plan = PlanSolver.solve(built.plan(), ExplainTestSupport.SOLVE);
        solvedScore = plan.getScore();
        solved = app.progression.plan.PlanDocuments.from(plan, profile, built.warnings());
    }

    private static PlanExplanation explain(PlanDocument plan) {
        return Explainer.explainDocument(profile, CATALOG, weights, plan);
    }

    @Test
    void aPlanFileReadBackScoresWhatTheSolverScored() {
        PlanExplanation explanation = explain(solved);
        assertTrue(solvedScore.isFeasible(), "precondition: the seeded plan meets every hard rule");
        assertEquals(solvedScore.toString(), explanation.score());
        assertEquals(solved.score(), explanation.score());
        assertTrue(explanation.feasible());
        assertTrue(explanation.brokenHardRules().isEmpty());
        assertTotalsAddUp(explanation);
    }

    @Test
    void ruleTotalsAddUpToTheScoreOfAnEditedPlanToo() {
        PlanDocument edited = edit(solved, plan -> {
            List<ObjectNode> runs = removeAll(plan, 2, "EASY_RUN");
            sessionsOn(plan, LocalDate.parse("2027-01-13")).add(runs.get(0)); // a Wednesday: not available
            sessionsOn(plan, LocalDate.parse("2027-01-14")).add(runs.get(1));
        });
        PlanExplanation explanation = explain(edited);
        assertTotalsAddUp(explanation);
        assertFalse(explanation.feasible());
    }

    @Test
    void everyRuleWithMatchesIsShownWhereItActs() {
        PlanExplanation explanation = explain(solved);
        Set<String> shown = new HashSet<>();
        allEffects(explanation).forEach(effect -> shown.add(effect.rule()));
        for (RuleScore rule : explanation.rules()) {
            if (rule.matches() > 0) {
                assertTrue(shown.contains(rule.id()), rule.id() + " has matches but is shown nowhere");
            }
        }
        // Every week earns its running minutes, and says so for the week.
        for (WeekExplanation week : explanation.weekList()) {
            assertTrue(week.weekEffects().stream().anyMatch(e -> e.rule().equals("easy-run-volume")
                    && e.reasons().get(0).contains("min of easy running in week " + week.week())), week.toString());
        }
    }

    @Test
    void aRunMovedToAnUnavailableDayIsReportedAsBreakingAHardRule() {
        LocalDate wednesday = LocalDate.parse("2027-01-06");
        PlanDocument edited = edit(solved, plan -> {
            ObjectNode run = removeAll(plan, 1, "EASY_RUN").get(0);
            sessionsOn(plan, wednesday).add(run);
        });
        PlanExplanation explanation = explain(edited);
        assertFalse(explanation.feasible());
        assertTrue(explanation.hardScore() < 0);
        assertTrue(explanation.brokenHardRules().stream().anyMatch(r -> r.startsWith("nothing-on-unavailable-days")),
                explanation.brokenHardRules().toString());
        SessionExplanation run = session(explanation, wednesday, SessionKind.EASY_RUN);
        Effect effect = effect(run, "nothing-on-unavailable-days");
        assertEquals(-1, effect.hard());
        assertEquals("Wed 06 Jan has no available minutes in the profile", effect.reasons().get(0));
        assertTrue(ExplanationView.render(explanation).contains("HARD RULES BROKEN"));
    }

    @Test
    void aRunTheDayAfterStrengthSaysSoOnTheRunAndOnTheStrength() {
        LocalDate monday = LocalDate.parse("2027-01-04");
        LocalDate tuesday = LocalDate.parse("2027-01-05");
        PlanDocument edited = edit(solved, plan -> {
            List<ObjectNode> strength = removeAll(plan, 1, "STRENGTH");
            List<ObjectNode> runs = removeAll(plan, 1, "EASY_RUN");
            removeAll(plan, 1, "CROSS_TRAINING");
            ObjectNode run = runs.get(0);
            run.put("minutes", 15);
            sessionsOn(plan, monday).add(strength.get(0));
            sessionsOn(plan, tuesday).add(run);
            sessionsOn(plan, LocalDate.parse("2027-01-09")).add(strength.get(1));
            sessionsOn(plan, LocalDate.parse("2027-01-07")).add(runs.get(1));
            sessionsOn(plan, LocalDate.parse("2027-01-10")).add(runs.get(2));
        });
        PlanExplanation explanation = explain(edited);
        Effect onRun = effect(session(explanation, tuesday, SessionKind.EASY_RUN), "no-run-after-strength");
        assertEquals(-20, onRun.soft());
        String sentence = "a run on Tue 05 Jan, the day after strength on Mon 04 Jan";
        assertEquals(List.of(sentence), onRun.reasons());
        Effect onStrength = effect(session(explanation, monday, SessionKind.STRENGTH), "no-run-after-strength");
        assertEquals(List.of(sentence), onStrength.reasons());
        String text = ExplanationView.render(explanation);
        assertTrue(text.replaceAll("\\s+", " ").contains("-20 soft from 'no-run-after-strength' (" + sentence + ")"),
                text);
        assertTotalsAddUp(explanation);
    }

    @Test
    void swappingInAPainfulExerciseBreaksTheSafetyRule() {
        PlanDocument edited = edit(solved, plan -> forEachStrengthExercise(plan, 2, exercise -> {
            if (exercise.path("id").asText().equals("superman")) {
                exercise.put("id", "beetle");
            }
        }));
        PlanExplanation explanation = explain(edited);
        assertFalse(explanation.feasible());
        Effect painful = explanation.weekList().get(1).strengthSetEffects().stream()
                .filter(e -> e.rule().equals("painful-exercise-never-planned")).findFirst().orElseThrow();
        assertEquals(-1, painful.hard());
        assertTrue(painful.reasons().get(0).startsWith("beetle is on the athlete's painful list"));
    }

    @Test
    void aFourthRunAndMissingRunsAreCountedInTheirWeeks() {
        PlanDocument edited = edit(solved, plan -> {
            ObjectNode run = removeAll(plan, 2, "EASY_RUN").get(0);
            sessionsOn(plan, firstDayWithoutRun(plan, 1)).add(run);
            removeAll(plan, 3, "EASY_RUN");
        });
        PlanExplanation explanation = explain(edited);
        Effect week1 = effect(explanation.weekList().get(0).weekEffects(), "runs-per-week");
        assertEquals(-1, week1.hard());
        assertEquals("week 1 has 4 run(s); the athlete's target is 3", week1.reasons().get(0));
        Effect week2 = effect(explanation.weekList().get(1).weekEffects(), "runs-per-week");
        assertEquals(-3, week2.hard(), "removeAll took every run of week 2, one moved to week 1");
        assertEquals(-3, effect(explanation.weekList().get(2).weekEffects(), "runs-per-week").hard());
        assertTotalsAddUp(explanation);
    }

    @Test
    void theOrderOfExercisesInTheFileDoesNotMatterKeptExercisesKeepTheirSlot() {
        PlanDocument reordered = edit(solved, plan -> {
            for (JsonNode day : plan.path("days")) {
                for (JsonNode session : day.path("sessions")) {
                    if (session.path("kind").asText().equals("STRENGTH") && day.path("week").asInt() > 1) {
                        ArrayNode exercises = (ArrayNode) session.path("exercises");
                        List<JsonNode> items = new ArrayList<>();
                        exercises.forEach(items::add);
                        Collections.reverse(items);
                        exercises.removeAll();
                        items.forEach(exercises::add);
                    }
                }
            }
        });
        assertEquals(solved.score(), explain(reordered).score());
    }

    @Test
    void aPlanForAnotherAthleteOrStartIsRefusedClearly() {
        PlanDocument other = edit(solved, plan -> plan.put("athleteId", "kim"));
        var e = assertThrows(InvalidInputException.class, () -> explain(other));
        assertTrue(e.getMessage().contains("does not match the profile"), e.getMessage());
        assertTrue(e.getMessage().contains("'kim'"), e.getMessage());
        PlanDocument later = edit(solved, plan -> plan.put("startDate", "2027-02-01"));
        assertThrows(InvalidInputException.class, () -> explain(later));
    }

    @Test
    void anUnknownExerciseOrAStretchInAStrengthSessionIsRefused() {
        PlanDocument unknown = edit(solved, plan -> forEachStrengthExercise(plan, 1,
                exercise -> exercise.put("id", "kettlebell-swing")));
        var e = assertThrows(InvalidInputException.class, () -> explain(unknown));
        assertTrue(e.getMessage().contains("unknown exercise 'kettlebell-swing'"), e.getMessage());
        PlanDocument stretch = edit(solved, plan -> forEachStrengthExercise(plan, 1,
                exercise -> exercise.put("id", "cat-cow")));
        var e2 = assertThrows(InvalidInputException.class, () -> explain(stretch));
        assertTrue(e2.getMessage().contains("'cat-cow' is not a strength exercise"), e2.getMessage());
    }

    // ---------------------------------------------------------------- helpers

    static void assertTotalsAddUp(PlanExplanation explanation) {
        long hard = explanation.rules().stream().mapToLong(RuleScore::hardScore).sum();
        long soft = explanation.rules().stream().mapToLong(RuleScore::softScore).sum();
        assertEquals(explanation.hardScore(), hard, "hard totals");
        assertEquals(explanation.softScore(), soft, "soft totals");
        assertEquals(HardSoftLongScore.of(hard, soft).toString(), explanation.score());
    }

    static Stream<Effect> allEffects(PlanExplanation explanation) {
        List<Effect> effects = new ArrayList<>(explanation.planEffects());
        for (WeekExplanation week : explanation.weekList()) {
            effects.addAll(week.strengthSetEffects());
            effects.addAll(week.weekEffects());
            for (DayExplanation day : week.days()) {
                effects.addAll(day.dayEffects());
                day.sessions().forEach(session -> effects.addAll(session.effects()));
            }
        }
        return effects.stream();
    }

    static SessionExplanation session(PlanExplanation explanation, LocalDate date, SessionKind kind) {
        return explanation.weekList().stream().flatMap(week -> week.days().stream())
                .filter(day -> day.date().equals(date))
                .flatMap(day -> day.sessions().stream())
                .filter(session -> session.kind() == kind)
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " on " + date));
    }

    static Effect effect(SessionExplanation session, String rule) {
        return effect(session.effects(), rule);
    }

    static Effect effect(List<Effect> effects, String rule) {
        return effects.stream().filter(e -> e.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in " + effects));
    }

    private static void forEachStrengthExercise(ObjectNode plan, int week,
            java.util.function.Consumer<ObjectNode> change) {
        for (JsonNode day : plan.path("days")) {
            if (day.path("week").asInt() != week) {
                continue;
            }
            for (JsonNode session : day.path("sessions")) {
                if (session.path("kind").asText().equals("STRENGTH")) {
                    session.path("exercises").forEach(exercise -> change.accept((ObjectNode) exercise));
                }
            }
        }
    }

    private static LocalDate firstDayWithoutRun(ObjectNode plan, int week) {
        for (JsonNode day : plan.path("days")) {
            boolean hasRun = false;
            for (JsonNode session : day.path("sessions")) {
                hasRun |= session.path("kind").asText().equals("EASY_RUN");
            }
            if (day.path("week").asInt() == week && day.path("availableMinutes").asInt() > 0 && !hasRun) {
                return LocalDate.parse(day.path("date").asText());
            }
        }
        throw new AssertionError("every available day of week " + week + " has a run");
    }
}
