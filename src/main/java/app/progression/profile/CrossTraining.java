package app.progression.profile;

/** Low-impact activity for active recovery on non-running days. */
public enum CrossTraining {
    SWIMMING,
    CYCLING,
    YOGA
}
