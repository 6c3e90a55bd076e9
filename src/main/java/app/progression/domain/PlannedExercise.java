package app.progression.domain;

import app.progression.catalog.Exercise;

/** Something that puts a catalog exercise in the plan; the pain, equipment and setting rules check all of them. */
public interface PlannedExercise {

    /** The exercise, or null while none is chosen. */
    Exercise getPlannedExercise();

    /** The week it is planned in: an exercise logged as painful counts as painful from a given week on. */
    int getPlannedWeek();

    /** Whether it already happened (a plan made again): history, which the rules leave alone. */
    boolean isPast();

    /** The athlete whose plan it is in: the rules read the athlete's limits from it. */
    Athlete getAthlete();
}
