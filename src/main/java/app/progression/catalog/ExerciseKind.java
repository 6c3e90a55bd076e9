package app.progression.catalog;

public enum ExerciseKind {
    STRENGTH,
    FLEXIBILITY,
    WARM_UP
}
