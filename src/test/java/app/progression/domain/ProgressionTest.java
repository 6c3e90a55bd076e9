package app.progression.domain;

import static app.progression.domain.DomainFixtures.CATALOG;
import static app.progression.domain.DomainFixtures.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the steps of the strength slots become: the exercises and repetitions of every week. */
class ProgressionTest {

    /** No painful rung: the set starts with superman, beetle, single-leg balance (easier variant), plank leg lifts. */
    private static final String FOUR_WEEKS = "\"weeks\": 4, \"cutbackEvery\": 0, \"maxRepIncreasePerWeek\": 4";

    @Test
    void repetitionsGrowAsTheStepsSayAndStopAtTheTopOfTheRange() {
        TrainingPlan plan = plan(FOUR_WEEKS);
        steps(plan, 2, ProgressionStep.ADD_TWO);
        steps(plan, 3, ProgressionStep.ADD_FOUR);
        steps(plan, 4, ProgressionStep.ADD_ONE);
        plan.deriveShadows();
        assertEquals(List.of(8, 8, 8, 8), reps(plan, 1));
        assertEquals(List.of(10, 10, 10, 10), reps(plan, 2));
        assertEquals(List.of(12, 12, 12, 12), reps(plan, 3), "12 is the top of 8-12");
        assertEquals(List.of(12, 12, 12, 12), reps(plan, 4));
    }

    @Test
    void anExerciseIsReplacedOnlyAfterAWeekAtTwelveAndOnlyOneAWeek() {
        TrainingPlan plan = plan(FOUR_WEEKS);
        steps(plan, 2, ProgressionStep.ADVANCE); // not yet at 12: held
        steps(plan, 3, ProgressionStep.ADD_FOUR);
        steps(plan, 4, ProgressionStep.ADVANCE); // all at 12, but only the first slot may change this week
        plan.deriveShadows();
        assertEquals(List.of("superman", "beetle", "single-leg-balance", "high-plank-leg-lifts"), exercises(plan, 2));
        assertEquals(List.of(8, 8, 8, 8), reps(plan, 2));
        assertEquals(List.of("single-leg-bridge", "beetle", "single-leg-balance", "high-plank-leg-lifts"),
                exercises(plan, 4), "superman gives way to the next rung no other slot holds");
        assertEquals(List.of(8, 12, 12, 12), reps(plan, 4));
    }

    @Test
    void anEasierVariantGivesWayToItsFullExerciseFirst() {
        TrainingPlan plan = plan(FOUR_WEEKS);
        steps(plan, 2, ProgressionStep.ADD_FOUR);
        slot(plan, 3, 2).setStep(ProgressionStep.ADVANCE);
        plan.deriveShadows();
        assertEquals("single-leg-balance-reach", exercises(plan, 3).get(2));
    }

    @Test
    void weekOneAdvanceStartsARungAtItsFullExercise() {
        TrainingPlan plan = plan(FOUR_WEEKS);
        slot(plan, 1, 2).setStep(ProgressionStep.ADVANCE);
        plan.deriveShadows();
        assertEquals("single-leg-balance-reach", exercises(plan, 1).get(2));
        assertEquals(8, reps(plan, 1).get(2));
    }

    @Test
    void anEasierWeekHoldsTheSetWhateverTheStepsSay() {
        TrainingPlan plan = plan("\"weeks\": 3, \"cutbackEvery\": 2");
        steps(plan, 2, ProgressionStep.ADD_TWO);
        steps(plan, 3, ProgressionStep.ADD_TWO);
        plan.deriveShadows();
        assertEquals(List.of(8, 8, 8, 8), reps(plan, 2), "week 2 is an easier week");
        assertEquals(List.of(10, 10, 10, 10), reps(plan, 3));
    }

    @Test
    void aGivenWeekIsKeptAndTheWeeksAfterItGoOnFromThere() {
        TrainingPlan plan = plan(FOUR_WEEKS);
        steps(plan, 2, ProgressionStep.ADD_ONE);
        steps(plan, 3, ProgressionStep.ADD_ONE);
        List<StrengthSlot> slots = plan.getStrengthSlots();
        slots.set(slots.indexOf(slot(plan, 2, 0)), StrengthSlot.fixed(2, 0, CATALOG.get("superman"), 3, 11));
        plan.deriveShadows();
        assertEquals(List.of(11, 9, 9, 9), reps(plan, 2));
        assertEquals(List.of(12, 10, 10, 10), reps(plan, 3), "week 3 adds one to what week 2 did");
    }

    @Test
    void aStrengthSessionTakesTheMinutesOfItsWeeksSet() {
        TrainingPlan plan = plan("\"weeks\": 2, \"cutbackEvery\": 0");
        steps(plan, 2, ProgressionStep.ADD_TWO);
        plan.deriveShadows();
        int week1 = plan.getStrengthSessions().get(0).getContentMinutes();
        int week2 = plan.getStrengthSessions().stream().filter(session -> session.getWeekNumber() == 2).findFirst()
                .orElseThrow().getContentMinutes();
        assertEquals(true, week2 > week1, week1 + " then " + week2);
    }

    private static void steps(TrainingPlan plan, int week, ProgressionStep step) {
        plan.getStrengthSlots().stream().filter(slot -> slot.getWeek() == week).forEach(slot -> slot.setStep(step));
    }

    private static StrengthSlot slot(TrainingPlan plan, int week, int position) {
        return plan.getStrengthSlots().stream()
                .filter(slot -> slot.getWeek() == week && slot.getPosition() == position).findFirst().orElseThrow();
    }

    private static List<Integer> reps(TrainingPlan plan, int week) {
        return plan.getStrengthSlots().stream().filter(slot -> slot.getWeek() == week).map(StrengthSlot::getReps)
                .toList();
    }

    private static List<String> exercises(TrainingPlan plan, int week) {
        return plan.getStrengthSlots().stream().filter(slot -> slot.getWeek() == week)
                .map(slot -> slot.getExercise().id()).toList();
    }
}
