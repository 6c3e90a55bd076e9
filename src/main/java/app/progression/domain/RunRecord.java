package app.progression.domain;

/** A run, planned or already done before the plan starts; the run-volume caps compare them. */
public interface RunRecord {

    boolean isScheduled();

    int getDayIndex();

    int getWeekNumber();

    int getRunMinutes();
}
