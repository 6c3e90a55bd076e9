package app.progression.domain;

import app.progression.catalog.Catalog;
import app.progression.catalog.Exercise;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns the steps of every strength slot into the exercise and repetitions of each week. A step the rules do not
 * allow is read as HOLD: adding past the top of the range, advancing before a week at the top, a second swap in
 * one week (the earlier position keeps it), any change in a week that holds strength (see {@link Easing}). So every
 * choice of steps is a valid progression, and the solver spends its time on trade-offs instead of repairing the
 * ladder; the progression rules still check plans read back from a file. A slot with given content keeps it, and the
 * weeks after go on from there. When a plan is made again, an exercise logged as painful is replaced in the first
 * week it counts as painful (by an easier one if nothing harder is pain-free), and the week after a flare steps
 * every exercise back.
 *
 * <p>A week depends only on the week before and its own steps, so after a change the derivation runs from the
 * changed week and stops at the first later week that comes out as it was.
 */
public final class Progression {

    private final TrainingPlan plan;
    private final List<List<StrengthSlot>> slotsByWeek = new ArrayList<>();

    public Progression(TrainingPlan plan) {
        this.plan = plan;
        for (int week = 1; week <= plan.getWeekCount(); week++) {
            slotsByWeek.add(new ArrayList<>());
        }
        plan.getStrengthSlots().forEach(slot -> slotsByWeek.get(slot.getWeek() - 1).add(slot));
        slotsByWeek.forEach(slots -> slots.sort((a, b) -> Integer.compare(a.getPosition(), b.getPosition())));
    }

    /** Brings every slot and session in line with the steps, without a score director (when building a plan). */
    public static void apply(TrainingPlan plan) {
        new Progression(plan).deriveFrom(1, ShadowChanges.DIRECT, true);
    }

    /** Derives the weeks from {@code week} on, until a week after it comes out unchanged (or to the end). */
    void deriveFrom(int week, ShadowChanges changes, boolean toTheEnd) {
        for (int w = week; w <= plan.getWeekCount(); w++) {
            boolean changed = deriveWeek(w, changes);
            if (changed || w == week || toTheEnd) {
                updateSetSeconds(w, changes);
            } else {
                return;
            }
        }
    }

    private boolean deriveWeek(int week, ShadowChanges changes) {
        Ladder ladder = plan.getLadder();
        Athlete athlete = plan.getAthlete();
        int minReps = athlete.dose().minReps();
        int maxReps = athlete.dose().maxReps();
        List<StrengthSlot> before = week > 1 ? slotsByWeek.get(week - 2) : List.of();
        List<StrengthSlot> slots = slotsByWeek.get(week - 1);
        Easing easing = plan.getWeeks().get(week - 1).easing();
        Exercise[] exercise = new Exercise[slots.size()];
        int[] reps = new int[slots.size()];
        for (int i = 0; i < slots.size(); i++) {
            StrengthSlot previous = i < before.size() ? before.get(i) : null;
            exercise[i] = previous == null ? null : previous.getExercise();
            reps[i] = previous == null || previous.getReps() == null ? minReps : previous.getReps();
        }
        boolean swapped = false;
        boolean changed = false;
        for (int i = 0; i < slots.size(); i++) {
            StrengthSlot slot = slots.get(i);
            ProgressionStep step = slot.getStep() == null ? ProgressionStep.HOLD : slot.getStep();
            if (slot.isFixed()) {
                exercise[i] = slot.getFixedExercise();
                reps[i] = slot.getFixedReps();
            } else if (before.isEmpty()) {
                Exercise start = i < ladder.startingEntries().size() ? ladder.startingEntries().get(i) : null;
                exercise[i] = step == ProgressionStep.ADVANCE && start != null ? ladder.fullVersionOf(start) : start;
                reps[i] = minReps;
            } else if (exercise[i] != null && athlete.findsPainfulIn(exercise[i], week)) {
                // Logged as painful: replaced this week, by an easier exercise if nothing harder is pain-free.
                exercise[i] = ladder.replacementFor(exercise[i], rungsHeldByOthers(exercise, i),
                        candidate -> athlete.findsPainfulIn(candidate, week));
                reps[i] = minReps;
            } else if (exercise[i] != null && easing == Easing.FLARE) {
                reps[i] = Math.max(minReps, reps[i] - athlete.maxRepIncreasePerWeek());
            } else if (exercise[i] != null && !easing.holdsStrength()) {
                if (step == ProgressionStep.ADVANCE) {
                    Exercise next = reps[i] == maxReps && !swapped
                            ? ladder.nextHarder(exercise[i], rungsHeldByOthers(exercise, i),
                            candidate -> athlete.findsPainfulIn(candidate, week)) : null;
                    if (next != null) {
                        exercise[i] = next;
                        reps[i] = minReps;
                        swapped = true;
                    }
                } else {
                    reps[i] = Math.min(maxReps, reps[i] + step.repIncrease());
                }
            }
            changed |= set(slot, exercise[i], reps[i], changes);
        }
        return changed;
    }

    private static boolean set(StrengthSlot slot, Exercise exercise, int reps, ShadowChanges changes) {
        boolean changed = false;
        Integer newReps = exercise == null ? null : reps;
        if (slot.getExercise() != exercise) {
            changes.set(slot, "exercise", () -> slot.setExercise(exercise));
            changed = true;
        }
        if (!Objects.equals(slot.getReps(), newReps)) {
            changes.set(slot, "reps", () -> slot.setReps(newReps));
            changed = true;
        }
        return changed;
    }

    private static Set<Integer> rungsHeldByOthers(Exercise[] exercise, int position) {
        Set<Integer> rungs = new HashSet<>(8);
        for (int i = 0; i < exercise.length; i++) {
            if (i != position && exercise[i] != null) {
                rungs.add(exercise[i].rung());
            }
        }
        return rungs;
    }

    private void updateSetSeconds(int week, ShadowChanges changes) {
        Catalog catalog = plan.getCatalog();
        int seconds = 0;
        for (StrengthSlot slot : slotsByWeek.get(week - 1)) {
            if (slot.getExercise() != null && slot.getReps() != null) {
                seconds += catalog.strengthSeconds(slot.getExercise(), slot.getSets(), slot.getReps());
            }
        }
        StrengthWeek strengthWeek = plan.getStrengthWeeks().get(week - 1);
        if (strengthWeek.getSetSeconds() != seconds) {
            int set = seconds;
            changes.set(strengthWeek, "setSeconds", () -> strengthWeek.setSetSeconds(set));
        }
    }
}
