package app.progression.domain;

import static app.progression.domain.DomainFixtures.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the running model makes of the run days: every run's length, and each week's figures. */
class RunLengthsTest {

    /** Three runs a week of 30 minutes before the plan (90 a week), building toward 120, no strength. */
    private static final String RUNNER = "\"runsPerWeek\": 3, \"easyRunMinutes\": 30, \"targetWeeklyRunMinutes\": 120, "
            + "\"strengthSessionsPerWeek\": 0";

    @Test
    void runningBuildsTenPercentAWeekTowardTheTargetEasesEveryFourthWeekThenHolds() {
        TrainingPlan plan = plan(RUNNER + ", \"weeks\": 6");
        runOnMondayWednesdayFriday(plan);
        plan.deriveShadows();
        assertEquals(List.of(99, 108, 117, 99, 120, 120), volumes(plan));
        assertEquals(List.of(33, 33, 33), minutes(plan, 1), "the long-run cap: 110% of the 30 minutes before");
        assertEquals(List.of(40, 40, 40), minutes(plan, 5), "back to 110% of week 3, not of the easier week");
        RunningWeek.Figures week5 = plan.getRunningWeeks().get(4).getFigures();
        assertEquals(99, week5.previousVolume());
        assertEquals(117, week5.referenceVolume());
        assertEquals(39, week5.longestBefore());
    }

    @Test
    void anEasierWeekWhoseRunsAreAtTheirShortestLeavesItsLastRunOut() {
        // Three 20-minute runs: the floor. Easing to 85% of 60 means one run fewer.
        TrainingPlan plan = plan("\"runsPerWeek\": 3, \"easyRunMinutes\": 20, \"targetWeeklyRunMinutes\": 60, "
                + "\"strengthSessionsPerWeek\": 0, \"weeks\": 2, \"cutbackEvery\": 2");
        runOnMondayWednesdayFriday(plan);
        plan.deriveShadows();
        assertEquals(List.of(20, 20, 20), minutes(plan, 1));
        assertEquals(List.of(22, 22, 0), minutes(plan, 2), "Friday's run is left out");
        assertEquals(2, plan.getRunningWeeks().get(1).getRunCount());
    }

    @Test
    void anEasierWeekKeepsEveryRunAtItsShortestWhenOneRunFewerCouldNotRunSeventyPercent() {
        // Two 14-minute runs before the plan; week 1 runs 2 x 15. Easing to 85% of 30 (25) with one run fewer would
        // leave one run of at most 16 (110% of 15): under 70% of 30. So both stay, at their shortest.
        TrainingPlan plan = plan("\"runsPerWeek\": 2, \"easyRunMinutes\": 14, \"targetWeeklyRunMinutes\": 300, "
                + "\"strengthSessionsPerWeek\": 0, \"weeks\": 2, \"cutbackEvery\": 2");
        runOnMondayWednesdayFriday(plan);
        plan.deriveShadows();
        assertEquals(List.of(15, 15), minutes(plan, 1));
        assertEquals(List.of(14, 14), minutes(plan, 2));
        assertEquals(2, plan.getRunningWeeks().get(1).getRunCount());
    }

    @Test
    void aShortDayKeepsItsRunShortLeavingRoomForAStretchAndTheOthersDoNotMakeUpBeyondTheirCap() {
        TrainingPlan plan = plan(RUNNER + ", \"weeks\": 1, \"availableMinutes\": {\"MONDAY\": 30, \"WEDNESDAY\": 90, "
                + "\"FRIDAY\": 90}");
        runOnMondayWednesdayFriday(plan);
        plan.deriveShadows();
        // Monday has 30 minutes: 6 of warm-up and room for a stretch after the run leave the rest for the run.
        int stretch = plan.getRunningLoad().stretchAfterRunMinutes();
        assertEquals(true, stretch > 0);
        assertEquals(List.of(30 - 6 - stretch, 33, 33), minutes(plan, 1));
    }

    @Test
    void anEasierWeekDoesNotLengthenTheLongRun() {
        // Weeks 1-3 run 3 x 33, 36, 39 minutes. The easier week 4 (85% of 117) moves Monday's run to Tuesday's short
        // day: shared evenly, Wednesday and Friday would take 40 minutes, longer than any run before.
        TrainingPlan plan = plan(RUNNER + ", \"weeks\": 4, \"availableMinutes\": {\"MONDAY\": 90, "
                + "\"TUESDAY\": 30, \"WEDNESDAY\": 90, \"FRIDAY\": 90}");
        runOnMondayWednesdayFriday(plan);
        Run monday = plan.getRuns().stream().filter(run -> run.getWeekNumber() == 4).findFirst().orElseThrow();
        monday.setDay(plan.getDays().get(monday.getDayIndex() + 1));
        plan.deriveShadows();
        assertEquals(List.of(39, 39, 39), minutes(plan, 3));
        int tuesday = 30 - 6 - plan.getRunningLoad().stretchAfterRunMinutes();
        assertEquals(List.of(tuesday, 39, 39), minutes(plan, 4), "at most week 3's longest");
    }

    @Test
    void aRunOfGivenLengthKeepsItAndTheWeeksAfterGoOnFromIt() {
        TrainingPlan plan = plan(RUNNER + ", \"weeks\": 2, \"cutbackEvery\": 0");
        runOnMondayWednesdayFriday(plan);
        Run monday = plan.getRuns().get(0);
        plan.getRuns().set(0, Run.fixed(monday.getWeek(), 0, monday.getDay(), 20));
        plan.deriveShadows();
        assertEquals(List.of(20, 33, 33), minutes(plan, 1));
        assertEquals(86, plan.getRunningWeeks().get(0).getVolume());
        // Week 2 may run 110% of 86.
        assertEquals(94, plan.getRunningWeeks().get(1).getVolume());
    }

    private static void runOnMondayWednesdayFriday(TrainingPlan plan) {
        for (Run run : plan.getRuns()) {
            int index = run.getWeek().firstDayIndex() + List.of(0, 2, 4).get(Integer.parseInt(
                    run.getId().substring(run.getId().lastIndexOf('-') + 1)));
            run.setDay(plan.getDays().get(index));
        }
    }

    private static List<Integer> volumes(TrainingPlan plan) {
        return plan.getRunningWeeks().stream().map(RunningWeek::getVolume).toList();
    }

    private static List<Integer> minutes(TrainingPlan plan, int week) {
        return plan.getRuns().stream().filter(run -> run.getWeekNumber() == week).map(Run::getMinutes).toList();
    }
}
