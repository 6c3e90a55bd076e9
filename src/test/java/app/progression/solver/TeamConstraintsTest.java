package app.progression.solver;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.domain.ConstraintWeights;
import app.progression.domain.ConstraintWeights.RuleInfo;
import app.progression.domain.CrossTrainingBlock;
import app.progression.domain.Day;
import app.progression.domain.FullStrengthDay;
import app.progression.domain.GroupRunDay;
import app.progression.domain.Run;
import app.progression.domain.RunningWeek;
import app.progression.domain.FindingCoverage;
import app.progression.domain.StrengthSession;
import app.progression.domain.StrengthWeek;
import app.progression.domain.StrengthSlot;
import app.progression.domain.StretchBlock;
import app.progression.domain.TrainingPlan;
import app.progression.domain.Week;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** The two team rules of a batch: easy runs on group-run days, and no strength on a date the coach is full. */
class TeamConstraintsTest {

    /** 2027-01-04 is a Monday. */
    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    private final ConstraintVerifier<PlanConstraints, TrainingPlan> verifier = ConstraintVerifier.build(
            new PlanConstraints(), TrainingPlan.class, StrengthSlot.class, StrengthSession.class, StrengthWeek.class,
            Run.class, RunningWeek.class, FindingCoverage.class, StretchBlock.class, CrossTrainingBlock.class);

    private final List<Day> days = new ArrayList<>();
    private final Week week;

    TeamConstraintsTest() {
        for (int i = 0; i < 7; i++) {
            days.add(new Day(START.plusDays(i), i, 1, 60));
        }
        week = new Week(1, days, false);
    }

    // ---------------------------------------------------------------- runs-on-group-days

    @Test
    void runOnAGroupRunDayIsRewarded() {
        verifier.verifyThat(PlanConstraints::runsOnGroupDays)
                .given(run(0, DayOfWeek.TUESDAY), run(1, DayOfWeek.SATURDAY), run(2, DayOfWeek.THURSDAY),
                        new GroupRunDay(DayOfWeek.TUESDAY), new GroupRunDay(DayOfWeek.SATURDAY))
                .rewardsWith(2);
    }

    @Test
    void runsAwayFromGroupDaysAndUnscheduledRunsGetNothing() {
        Run unscheduled = new Run(week, 1);
        verifier.verifyThat(PlanConstraints::runsOnGroupDays)
                .given(run(0, DayOfWeek.WEDNESDAY), unscheduled, new GroupRunDay(DayOfWeek.TUESDAY))
                .rewardsWith(0);
    }

    @Test
    void withoutGroupRunDaysNothingIsRewarded() {
        verifier.verifyThat(PlanConstraints::runsOnGroupDays)
                .given(run(0, DayOfWeek.TUESDAY), run(1, DayOfWeek.SATURDAY))
                .rewardsWith(0);
    }

    // ---------------------------------------------------------------- coach-capacity

    @Test
    void strengthOnAFullDateIsPenalized() {
        verifier.verifyThat(PlanConstraints::coachCapacity)
                .given(strength(0, DayOfWeek.MONDAY), strength(1, DayOfWeek.THURSDAY),
                        new FullStrengthDay(date(DayOfWeek.MONDAY)), new FullStrengthDay(date(DayOfWeek.FRIDAY)))
                .penalizesBy(1);
    }

    @Test
    void strengthOnFreeDatesRunsOnFullDatesAndUnscheduledSessionsAreNotPenalized() {
        StrengthSession unscheduled = StrengthSession.of(week, 2, null, StrengthWeek.of(1, 20 * 60));
        verifier.verifyThat(PlanConstraints::coachCapacity)
                .given(strength(0, DayOfWeek.TUESDAY), unscheduled, run(0, DayOfWeek.MONDAY),
                        new FullStrengthDay(date(DayOfWeek.MONDAY)))
                .penalizesBy(0);
    }

    @Test
    void fullDateIsADateNotAWeekday() {
        // The same weekday one week later is not full.
        verifier.verifyThat(PlanConstraints::coachCapacity)
                .given(strength(0, DayOfWeek.MONDAY), new FullStrengthDay(date(DayOfWeek.MONDAY).plusWeeks(1)))
                .penalizesBy(0);
    }

    @Test
    void teamRulesAreListedWithTheirLevels() {
        Map<String, RuleInfo> rules = ConstraintWeights.rules().stream()
                .collect(Collectors.toMap(RuleInfo::id, rule -> rule));
        assertFalse(rules.get("runs-on-group-days").hard());
        assertTrue(rules.get("coach-capacity").hard());
        assertFalse(rules.get("coach-capacity").safety(), "a coach may lift the limit; it protects no body");
    }

    // ---------------------------------------------------------------- helpers

    private LocalDate date(DayOfWeek dayOfWeek) {
        return START.plusDays(dayOfWeek.getValue() - 1L);
    }

    private Day day(DayOfWeek dayOfWeek) {
        return days.get(dayOfWeek.getValue() - 1);
    }

    private Run run(int index, DayOfWeek dayOfWeek) {
        return Run.fixed(week, index, day(dayOfWeek), 20);
    }

    private StrengthSession strength(int index, DayOfWeek dayOfWeek) {
        return StrengthSession.of(week, index, day(dayOfWeek), StrengthWeek.of(1, 20 * 60));
    }
}
