package app.progression.domain;

import app.progression.catalog.Catalog;
import app.progression.catalog.Exercise;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the steps of every strength slot into the exercise and repetitions of each week. A step the rules do not
 * allow is read as HOLD: adding past the top of the range, advancing before a week at the top, a second swap in
 * one week (the earlier position keeps it), adding in week 1. So every choice of steps is a valid progression,
 * and the solver spends its time on trade-offs instead of repairing the ladder; the progression constraints still
 * check plans that are read back from a file.
 */
public final class Progression {

    /** The derived content of one slot in one week. */
    public record SlotState(Exercise exercise, int reps) {
    }

    private Progression() {
    }

    /** States in the order of {@code plan.getStrengthSlots()}, which is week by week, position by position. */
    public static List<SlotState> derive(TrainingPlan plan) {
        Ladder ladder = plan.getLadder();
        int minReps = plan.getAthlete().dose().minReps();
        int maxReps = plan.getAthlete().dose().maxReps();
        List<Exercise> starting = ladder.startingEntries();
        int positions = starting.size();
        List<StrengthSlot> slots = plan.getStrengthSlots();
        List<SlotState> states = new ArrayList<>(slots.size());
        Exercise[] exercise = new Exercise[positions];
        int[] reps = new int[positions];
        int swapWeek = 0;
        for (StrengthSlot slot : slots) {
            int p = slot.getPosition();
            int week = slot.getWeek();
            ProgressionStep step = slot.getStep() == null ? ProgressionStep.HOLD : slot.getStep();
            if (week == 1) {
                exercise[p] = step == ProgressionStep.ADVANCE
                        ? ladder.fullVersionOf(starting.get(p)) : starting.get(p);
                reps[p] = minReps;
            } else if (step == ProgressionStep.ADVANCE) {
                Exercise next = reps[p] == maxReps && swapWeek != week
                        ? ladder.nextHarder(exercise[p], rungsHeldByOthers(exercise, p)) : null;
                if (next != null) {
                    exercise[p] = next;
                    reps[p] = minReps;
                    swapWeek = week;
                }
            } else {
                reps[p] = Math.min(maxReps, reps[p] + step.repIncrease());
            }
            states.add(new SlotState(exercise[p], reps[p]));
        }
        return states;
    }

    private static Set<Integer> rungsHeldByOthers(Exercise[] exercise, int position) {
        Set<Integer> rungs = new HashSet<>();
        for (int p = 0; p < exercise.length; p++) {
            if (p != position) {
                rungs.add(exercise[p].rung());
            }
        }
        return rungs;
    }

    /** Seconds of each week's strength set (index 0 is week 1), before add-ons and warm-up. */
    public static int[] strengthSecondsByWeek(TrainingPlan plan) {
        Catalog catalog = plan.getCatalog();
        int[] seconds = new int[plan.getWeekCount()];
        for (StrengthSlot slot : plan.getStrengthSlots()) {
            if (slot.getExercise() != null && slot.getReps() != null) {
                seconds[slot.getWeek() - 1] += catalog.strengthSeconds(slot.getExercise(), slot.getSets(), slot.getReps());
            }
        }
        return seconds;
    }

    public static int contentMinutes(int strengthSeconds, StrengthSession session) {
        return Catalog.ceilMinutes(strengthSeconds + session.getAddOnSeconds());
    }

    /** Brings every slot and session in line with the steps, without a score director (when building a plan). */
    public static void apply(TrainingPlan plan) {
        List<SlotState> states = derive(plan);
        for (int i = 0; i < states.size(); i++) {
            plan.getStrengthSlots().get(i).setExercise(states.get(i).exercise());
            plan.getStrengthSlots().get(i).setReps(states.get(i).reps());
        }
        int[] seconds = strengthSecondsByWeek(plan);
        for (StrengthSession session : plan.getStrengthSessions()) {
            session.setContentMinutes(contentMinutes(seconds[session.getWeek().number() - 1], session));
        }
    }
}
