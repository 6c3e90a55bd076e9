package app.progression.domain;

import java.util.Objects;

/**
 * A decision a plan had before it was made again. The rule that keeps a plan as it was weighs every one that
 * changes, so re-planning changes only what it must.
 */
public interface Remembered {

    /** What the plan had before, or null when there was nothing to remember. */
    Object previous();

    /** What it has now. */
    Object current();

    default boolean changedSinceBefore() {
        return previous() != null && !Objects.equals(previous(), current());
    }
}
