package app.progression.domain;

/** Anything that takes time on a day; the day-fit and rest-day rules look at all of them together. */
public interface Session {

    SessionKind getKind();

    Day getDay();

    /** On a day and with its content decided. */
    boolean isScheduled();

    /** Minutes of the session itself; the day's warm-up is counted once per day, not per session. */
    int getTotalMinutes();

    default int getDayIndex() {
        return getDay().index();
    }

    default boolean isWorkout() {
        return getKind() != SessionKind.FLEXIBILITY;
    }
}
