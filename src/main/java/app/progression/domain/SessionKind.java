package app.progression.domain;

/** Kinds of session, in the order an athlete does them on one day: the run before strength, stretching last. */
public enum SessionKind {
    EASY_RUN,
    STRENGTH,
    CROSS_TRAINING,
    FLEXIBILITY;

    /** A run or strength session: the kinds that need the day's warm-up before them. */
    public boolean needsWarmUp() {
        return this == EASY_RUN || this == STRENGTH;
    }
}
