package app.progression.spec;

import app.progression.profile.Profile;

/**
 * The running numbers of the rules-spec for one profile, computed from the profile's own fields: the shortest run
 * m = min(minRunMinutes, easyRunMinutes), the week before the plan W0 = R x E, the ceiling max(T, W0) and which
 * weeks are cutback weeks. All comparisons are in the spec's integer form.
 */
public record RunningRules(int runsPerWeek, int easyRunMinutes, int shortestRun, int weekBefore, int ceiling,
        int cutbackEvery) {

    public static RunningRules of(Profile profile) {
        int runs = profile.runsPerWeek();
        int easy = profile.easyRunMinutes();
        int weekBefore = runs * easy;
        return new RunningRules(runs, easy, Math.min(profile.minRunMinutes(), easy), weekBefore,
                Math.max(profile.targetWeeklyRunMinutes(), weekBefore), profile.cutbackEvery());
    }

    public boolean isCutback(int week) {
        return cutbackEvery > 0 && week % cutbackEvery == 0;
    }

    /** A cutback week after {@code previous} minutes cannot reach 85% with R runs at the floor. */
    public boolean atFloor(int previous) {
        return runsPerWeek * shortestRun * 100L > 85L * previous;
    }

    /** At the floor, a cutback week may drop one run if the others still fit under 85%. */
    public boolean mayDropOneRun(int previous) {
        return atFloor(previous) && runsPerWeek - 1 >= 1
                && (runsPerWeek - 1) * shortestRun * 100L <= 85L * previous;
    }

    /** 70% to 85% of the week before. */
    public static boolean eases(int volume, int previous) {
        return 100L * volume >= 70L * previous && 100L * volume <= 85L * previous;
    }

    /** At most 110% of the reference week. */
    public static boolean withinTenPercent(int volume, int reference) {
        return volume * 10L <= reference * 11L;
    }
}
