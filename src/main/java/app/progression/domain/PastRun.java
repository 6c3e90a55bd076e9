package app.progression.domain;

/**
 * A run of the week before the plan. The plan assumes that week held the profile's runs per week at its easy-run
 * length, so the first week's caps have something to compare with.
 */
public record PastRun(int dayIndex, int minutes) implements RunRecord {

    @Override
    public boolean isScheduled() {
        return true;
    }

    @Override
    public int getDayIndex() {
        return dayIndex;
    }

    @Override
    public int getWeekNumber() {
        return 0;
    }

    @Override
    public int getRunMinutes() {
        return minutes;
    }
}
