package app.progression.spec;

import app.progression.catalog.Catalog;
import app.progression.catalog.DoseItem;
import app.progression.catalog.Exercise;

/**
 * The catalog's timing rules, written out again from the catalog's numbers. The oracle and the plan checker use
 * this instead of the engine's own arithmetic, so that a rounding slip in the engine shows up as a disagreement
 * rather than being copied.
 */
public final class CatalogTiming {

    private final Catalog catalog;

    public CatalogTiming(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Every repetition at its tempo, per side where it applies, the rests between sets, and setting up. */
    public int strengthSeconds(Exercise exercise, int sets, int reps) {
        return sets * reps * exercise.secondsPerRep() * sides(exercise)
                + (sets - 1) * catalog.restSecondsBetweenSets() + catalog.setupSecondsPerExercise();
    }

    /** A stretch, release or warm-up item: repetitions at their tempo, or holds, per side, plus setting up. */
    public int itemSeconds(Exercise exercise, int sets, int reps, int holdSeconds) {
        int perSet = reps > 0 ? reps * exercise.secondsPerRep() : holdSeconds;
        return sets * perSet * sides(exercise) + catalog.setupSecondsPerExercise();
    }

    /** The warm-up routine as one block of time: its items' seconds added up, then rounded up to whole minutes. */
    public int warmUpMinutes() {
        int seconds = 0;
        for (DoseItem item : catalog.warmUp()) {
            seconds += itemSeconds(catalog.get(item.id()), item.sets(), item.reps(), item.holdSeconds());
        }
        return ceilMinutes(seconds);
    }

    public static int ceilMinutes(int seconds) {
        return (seconds + 59) / 60;
    }

    private static int sides(Exercise exercise) {
        return exercise.perSide() ? 2 : 1;
    }
}
