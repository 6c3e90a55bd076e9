package app.progression.domain;

/**
 * How a week is eased, and why. An easier week runs less than the week before it and does not progress strength;
 * the weeks after it build from the last full week again.
 */
public enum Easing {
    /** A full week: running builds, strength progresses. */
    NONE,
    /** Every few weeks: 70-85% of the week before's running, strength held. */
    CUTBACK,
    /** After a logged flare of the back: 70-80% of the last full week's running, strength a step back. */
    FLARE,
    /** After a week the athlete missed: the last completed week's load again, strength held. */
    REPEAT;

    /** Whether the strength set stays as it was the week before. */
    public boolean holdsStrength() {
        return this == CUTBACK || this == REPEAT;
    }

    /** Whether running is cut below the week before (so later weeks compare with the last full week). */
    public boolean cutsRunning() {
        return this == CUTBACK || this == FLARE;
    }
}
