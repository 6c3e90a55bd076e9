package app.progression.domain;

import app.progression.catalog.Exercise;

/** Something that puts a catalog exercise in the plan; the pain, equipment and setting rules check all of them. */
public interface PlannedExercise {

    /** The exercise, or null while none is chosen. */
    Exercise getPlannedExercise();
}
