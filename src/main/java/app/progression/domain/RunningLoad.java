package app.progression.domain;

/**
 * How much the athlete runs and may run: today's easy run (their longest recent run), the shortest run worth its
 * warm-up, the weekly minutes to build toward, how often an easier (cutback) week comes, and the time a run leaves
 * on its day for a stretch after it.
 */
public record RunningLoad(int runsPerWeek, int easyRunMinutes, int shortestRunMinutes, int targetWeeklyMinutes,
        int cutbackEvery, int stretchAfterRunMinutes) {

    /** The running of the week before the plan: {@code runsPerWeek} easy runs. */
    public int weekBeforeMinutes() {
        return runsPerWeek * easyRunMinutes;
    }

    /** No week runs more: the target, or the week before the plan when that was already more. */
    public int weeklyCeiling() {
        return Math.max(targetWeeklyMinutes, weekBeforeMinutes());
    }

    public boolean isCutbackWeek(int week) {
        return cutbackEvery > 0 && week % cutbackEvery == 0;
    }

    /** At most 10% more than {@code minutes}, in whole minutes: the one place the 110% of every run cap lives. */
    public static int tenPercentMore(int minutes) {
        return minutes * 11 / 10;
    }

    /** The most an easier week may run after a week of {@code minutes}: 85% of it. */
    public static int cutbackMost(int minutes) {
        return minutes * 85 / 100;
    }

    /** The most a week after a flare may run after a full week of {@code minutes}: 80% of it. */
    public static int flareMost(int minutes) {
        return minutes * 80 / 100;
    }

    /** The least an easier week should run after a week of {@code minutes}: 70% of it, rounded up. */
    public static int cutbackLeast(int minutes) {
        return (minutes * 70 + 99) / 100;
    }
}
