package app.progression.check;

import app.progression.profile.Profile;
import app.progression.spec.RunningRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Running week by week, as the rules-spec words it: R runs (R-1 allowed in a cutback week at its floor), none
 * shorter than m, a week's longest run within 110% of the longest of the 30 days before it (the history before the
 * plan is one run of E minutes, taken as the day before the start), 110% of the reference week, the ceiling,
 * and cutback weeks easing to 70-85% or as deep as the floor allows, with a "cutback" warning then.
 */
final class RunningChecks {

    private record DoneRun(int dayIndex, int minutes) {
    }

    private final Profile profile;
    private final RunningRules running;
    private final Violations violations;

    RunningChecks(Profile profile, Violations violations) {
        this.profile = profile;
        this.running = RunningRules.of(profile);
        this.violations = violations;
    }

    void check(ReadPlan plan) {
        int weeks = profile.weeks();
        int[] volume = new int[weeks + 1];
        volume[0] = running.weekBefore();
        List<DoneRun> history = new ArrayList<>(List.of(new DoneRun(-1, running.easyRunMinutes())));
        boolean floorWeek = false;
        for (int week = 1; week <= weeks; week++) {
            int start = (week - 1) * 7;
            int before = longestBetween(history, start - 30, start - 1);
            List<Integer> runs = new ArrayList<>();
            for (ReadPlan.Day day : plan.week(week)) {
                for (ReadPlan.Session run : day.sessions(ReadPlan.RUN)) {
                    runs.add(run.minutes());
                    history.add(new DoneRun(day.index(), run.minutes()));
                    violations.expect(run.minutes() >= running.shortestRun(), "no-junk-runs", day.date()
                            + ": a run of " + run.minutes() + " minutes is shorter than " + running.shortestRun());
                }
            }
            volume[week] = runs.stream().mapToInt(Integer::intValue).sum();
            int longest = runs.stream().mapToInt(Integer::intValue).max().orElse(0);
            violations.expect(longest * 10L <= before * 11L, "run-length-cap", "week " + week + "'s longest run, "
                    + longest + " minutes, is over 110% of the longest of the 30 days before (" + before + ")");
            int reference = week >= 2 && running.isCutback(week - 1) ? volume[week - 2] : volume[week - 1];
            violations.expect(RunningRules.withinTenPercent(volume[week], reference), "weekly-run-volume-cap",
                    "week " + week + " runs " + volume[week] + " minutes, over 110% of " + reference);
            violations.expect(volume[week] <= running.ceiling(), "weekly-run-ceiling",
                    "week " + week + " runs " + volume[week] + " minutes, over the ceiling " + running.ceiling());
            checkCount(week, runs.size(), volume[week - 1]);
            if (running.isCutback(week) && volume[week - 1] > 0) {
                floorWeek |= running.atFloor(volume[week - 1]);
                checkCutback(week, runs, volume[week], volume[week - 1]);
            }
        }
        if (floorWeek) {
            boolean warned = false;
            for (var warning : plan.raw().path("warnings")) {
                warned |= warning.asText().toLowerCase(Locale.ROOT).contains("cutback");
            }
            violations.expect(warned, "cutback-week-eases-running",
                    "a cutback week could not ease to 85% (runs at their floor) and no warning says \"cutback\"");
        }
    }

    private void checkCount(int week, int count, int previous) {
        int expected = running.runsPerWeek();
        boolean oneFewer = running.isCutback(week) && count == expected - 1 && count >= 1
                && running.atFloor(previous);
        violations.expect(count == expected || oneFewer, "runs-per-week",
                "week " + week + " has " + count + " runs, not " + expected);
    }

    /** 70-85% of the week before; at the floor, one run fewer within 85%, or every run exactly m. */
    private void checkCutback(int week, List<Integer> runs, int volume, int previous) {
        int full = running.runsPerWeek();
        boolean eased = runs.size() == full && RunningRules.eases(volume, previous);
        boolean droppedOne = running.mayDropOneRun(previous) && runs.size() == full - 1
                && 100L * volume <= 85L * previous;
        boolean allAtFloor = running.atFloor(previous) && runs.size() == full
                && runs.stream().allMatch(minutes -> minutes == running.shortestRun());
        violations.expect(eased || droppedOne || allAtFloor, "cutback-week-eases-running", "cutback week " + week
                + " runs " + volume + " minutes in " + runs.size() + " runs after " + previous
                + " (70-85%, or at the floor one run fewer or every run " + running.shortestRun() + " minutes)");
    }

    private static int longestBetween(List<DoneRun> history, int from, int to) {
        return history.stream().filter(run -> run.dayIndex() >= from && run.dayIndex() <= to)
                .mapToInt(DoneRun::minutes).max().orElse(0);
    }
}
