package app.progression.domain;

/** Kinds of session, in the order an athlete does them on one day. */
public enum SessionKind {
    STRENGTH,
    EASY_RUN,
    FLEXIBILITY,
    CROSS_TRAINING
}
