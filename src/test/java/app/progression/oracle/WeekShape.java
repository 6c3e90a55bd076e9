package app.progression.oracle;

/**
 * Where one week's strength sessions and runs go, as bit masks over the days of the 7-day block (bit d = the
 * d-th day from the week's start), with each run's minutes ({@code runMinutes[d]}, 0 without a run).
 */
record WeekShape(int strengthDays, int runDays, int[] runMinutes) {

    static final int FIRST_DAY = 1;
    static final int LAST_DAY = 1 << 6;

    boolean strengthOn(int day) {
        return (strengthDays & 1 << day) != 0;
    }

    boolean runOn(int day) {
        return (runDays & 1 << day) != 0;
    }

    int runCount() {
        return Integer.bitCount(runDays);
    }

    int runVolume() {
        int total = 0;
        for (int minutes : runMinutes) {
            total += minutes;
        }
        return total;
    }
}
