package app.progression.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.conditionally;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countBi;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countDistinct;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.max;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;
import static org.optaplanner.core.api.score.stream.Joiners.equal;
import static org.optaplanner.core.api.score.stream.Joiners.filtering;
import static org.optaplanner.core.api.score.stream.Joiners.greaterThan;
import static org.optaplanner.core.api.score.stream.Joiners.lessThan;
import static org.optaplanner.core.api.score.stream.Joiners.lessThanOrEqual;
import static org.optaplanner.core.api.score.stream.Joiners.overlapping;

import app.progression.domain.Athlete;
import app.progression.domain.CrossTrainingBlock;
import app.progression.domain.FullStrengthDay;
import app.progression.domain.GroupRunDay;
import app.progression.domain.PlannedExercise;
import app.progression.domain.Run;
import app.progression.domain.RunRecord;
import app.progression.domain.Session;
import app.progression.domain.SessionKind;
import app.progression.domain.StrengthSession;
import app.progression.domain.StrengthSlot;
import app.progression.domain.StretchBlock;
import java.util.List;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

/**
 * Every rule of a plan. Each method is one rule, named for what it protects; its id and weight live in
 * {@link app.progression.domain.ConstraintWeights}.
 */
public class PlanConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                painfulExerciseNeverPlanned(factory),
                equipmentAvailable(factory),
                trainingSettingRespected(factory),
                firstWeekStartsAtFirstPainFreeRungs(factory),
                strengthDoseInRange(factory),
                repsBuildGradually(factory),
                swapOnlyAfterWeekAtTwelve(factory),
                replacementIsHarder(factory),
                replacementStartsAtEight(factory),
                oneSwapPerWeek(factory),
                noExerciseTwiceInASet(factory),
                strengthSessionsPerWeek(factory),
                runsPerWeek(factory),
                noStrengthOnConsecutiveDays(factory),
                nothingOnUnavailableDays(factory),
                dayFitsAvailableMinutes(factory),
                runLengthCap(factory),
                weeklyRunVolumeCap(factory),
                oneRunADay(factory),
                progressToHarderRungs(factory),
                mixedBodyRegions(factory),
                runsNotBackToBack(factory),
                noRunAfterStrength(factory),
                restDayEachWeek(factory),
                strengthApartFromCardio(factory),
                flexibilityAfterEveryRun(factory),
                flexibilityOnMostDays(factory),
                stretchesMatchFindings(factory),
                stretchesVaried(factory),
                crossTrainingOnRunDay(factory),
                activeRecoveryOnFreeDays(factory),
                crossTrainingVaried(factory),
                easyRunVolume(factory),
                runsOnGroupDays(factory),
                coachCapacity(factory)
        };
    }

    // ---------------------------------------------------------------- what may be planned at all

    Constraint painfulExerciseNeverPlanned(ConstraintFactory factory) {
        return plannedExercises(factory)
                .join(Athlete.class)
                .filter((planned, athlete) -> athlete.findsPainful(planned.getPlannedExercise()))
                .penalizeConfigurable()
                .asConstraint("painful-exercise-never-planned");
    }

    Constraint equipmentAvailable(ConstraintFactory factory) {
        return plannedExercises(factory)
                .join(Athlete.class)
                .filter((planned, athlete) -> athlete.lacksEquipmentFor(planned.getPlannedExercise()))
                .penalizeConfigurable()
                .asConstraint("equipment-available");
    }

    Constraint trainingSettingRespected(ConstraintFactory factory) {
        return plannedExercises(factory)
                .join(Athlete.class)
                .filter((planned, athlete) -> athlete.wrongSettingFor(planned.getPlannedExercise()))
                .penalizeConfigurable()
                .asConstraint("training-setting-respected");
    }

    // ---------------------------------------------------------------- the strength ladder

    Constraint firstWeekStartsAtFirstPainFreeRungs(ConstraintFactory factory) {
        return slots(factory)
                .filter(slot -> slot.getWeek() == 1)
                .join(Athlete.class)
                .filter((slot, athlete) -> !athlete.startingRungs().contains(slot.getExercise().rung())
                        || slot.getReps() != athlete.dose().minReps())
                .penalizeConfigurable()
                .asConstraint("first-week-starts-at-first-pain-free-rungs");
    }

    Constraint strengthDoseInRange(ConstraintFactory factory) {
        return slots(factory)
                .join(Athlete.class)
                .filter((slot, athlete) -> doseError(slot, athlete) > 0)
                .penalizeConfigurable(PlanConstraints::doseError)
                .asConstraint("strength-dose-in-range");
    }

    Constraint repsBuildGradually(ConstraintFactory factory) {
        return nextWeekOfSameSlot(factory)
                .filter(StrengthSlot::holdsSameExerciseAs)
                .join(Athlete.class)
                .filter((before, after, athlete) -> repChangeError(before, after, athlete) > 0)
                .penalizeConfigurable(PlanConstraints::repChangeError)
                .asConstraint("reps-build-gradually");
    }

    Constraint swapOnlyAfterWeekAtTwelve(ConstraintFactory factory) {
        return swaps(factory)
                .join(Athlete.class)
                .filter((before, after, athlete) -> before.getReps() < athlete.dose().maxReps())
                .penalizeConfigurable((before, after, athlete) -> athlete.dose().maxReps() - before.getReps())
                .asConstraint("swap-only-after-week-at-twelve");
    }

    Constraint replacementIsHarder(ConstraintFactory factory) {
        return swaps(factory)
                .filter((before, after) -> !after.getExercise().isHarderThan(before.getExercise()))
                .penalizeConfigurable()
                .asConstraint("replacement-is-harder");
    }

    Constraint replacementStartsAtEight(ConstraintFactory factory) {
        return swaps(factory)
                .join(Athlete.class)
                .filter((before, after, athlete) -> after.getReps() != athlete.dose().minReps())
                .penalizeConfigurable((before, after, athlete) -> Math.abs(after.getReps() - athlete.dose().minReps()))
                .asConstraint("replacement-starts-at-eight");
    }

    Constraint oneSwapPerWeek(ConstraintFactory factory) {
        return swaps(factory)
                .groupBy((before, after) -> after.getWeek(), countBi())
                .filter((week, swaps) -> swaps > 1)
                .penalizeConfigurable((week, swaps) -> swaps - 1)
                .asConstraint("one-swap-per-week");
    }

    Constraint noExerciseTwiceInASet(ConstraintFactory factory) {
        return slots(factory)
                .join(slots(factory),
                        equal(StrengthSlot::getWeek),
                        equal(slot -> slot.getExercise().id()),
                        lessThan(StrengthSlot::getPosition))
                .penalizeConfigurable()
                .asConstraint("no-exercise-twice-in-a-set");
    }

    // ---------------------------------------------------------------- the week's sessions

    Constraint strengthSessionsPerWeek(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(StrengthSession.class)
                .groupBy(session -> session.getWeek().number(), conditionally(Session::isScheduled, count()))
                .join(Athlete.class)
                .filter((week, scheduled, athlete) -> scheduled != athlete.strengthSessionsPerWeek())
                .penalizeConfigurable((week, scheduled, athlete) ->
                        Math.abs(scheduled - athlete.strengthSessionsPerWeek()))
                .asConstraint("strength-sessions-per-week");
    }

    Constraint runsPerWeek(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Run.class)
                .groupBy(run -> run.getWeek().number(), conditionally(Session::isScheduled, count()))
                .join(Athlete.class)
                .filter((week, scheduled, athlete) -> scheduled != athlete.runsPerWeek())
                .penalizeConfigurable((week, scheduled, athlete) -> Math.abs(scheduled - athlete.runsPerWeek()))
                .asConstraint("runs-per-week");
    }

    Constraint noStrengthOnConsecutiveDays(ConstraintFactory factory) {
        // [day, day + 2) overlaps for the same day and for neighbouring days.
        return scheduled(factory, StrengthSession.class)
                .join(scheduled(factory, StrengthSession.class),
                        lessThan(StrengthSession::getId),
                        overlapping(StrengthSession::getDayIndex, session -> session.getDayIndex() + 2))
                .penalizeConfigurable()
                .asConstraint("no-strength-on-consecutive-days");
    }

    Constraint nothingOnUnavailableDays(ConstraintFactory factory) {
        return scheduled(factory, Session.class)
                .filter(session -> !session.getDay().isAvailable())
                .penalizeConfigurable()
                .asConstraint("nothing-on-unavailable-days");
    }

    Constraint dayFitsAvailableMinutes(ConstraintFactory factory) {
        return scheduled(factory, Session.class)
                .filter(session -> session.getDay().isAvailable())
                .groupBy(Session::getDay, sum(Session::getTotalMinutes))
                .filter((day, minutes) -> minutes > day.availableMinutes())
                .penalizeConfigurable((day, minutes) -> minutes - day.availableMinutes())
                .asConstraint("day-fits-available-minutes");
    }

    Constraint runLengthCap(ConstraintFactory factory) {
        return scheduled(factory, Run.class)
                .join(factory.forEach(RunRecord.class).filter(RunRecord::isScheduled),
                        greaterThan(Run::getDayIndex, RunRecord::getDayIndex),
                        lessThanOrEqual(run -> run.getDayIndex() - 30, RunRecord::getDayIndex))
                .groupBy((run, earlier) -> run, max((Run run, RunRecord earlier) -> earlier.getRunMinutes()))
                .filter((run, longest) -> run.getMinutes() * 10 > longest * 11)
                .penalizeConfigurable((run, longest) -> run.getMinutes() - longest * 11 / 10)
                .asConstraint("run-length-cap");
    }

    /** Each run counts for its own week and against the next one: the sum per week is 10 x minutes over the cap. */
    record WeekShare(int week, int tenthsOverCap) {
    }

    Constraint weeklyRunVolumeCap(ConstraintFactory factory) {
        return factory.forEach(RunRecord.class)
                .filter(RunRecord::isScheduled)
                .flattenLast(run -> List.of(
                        new WeekShare(run.getWeekNumber(), 10 * run.getRunMinutes()),
                        new WeekShare(run.getWeekNumber() + 1, -11 * run.getRunMinutes())))
                .groupBy(WeekShare::week, sum(WeekShare::tenthsOverCap))
                .filter((week, tenthsOver) -> week >= 1 && tenthsOver > 0)
                .penalizeConfigurable((week, tenthsOver) -> (tenthsOver + 9) / 10)
                .asConstraint("weekly-run-volume-cap");
    }

    Constraint oneRunADay(ConstraintFactory factory) {
        return scheduled(factory, Run.class)
                .join(scheduled(factory, Run.class), equal(Run::getDay), lessThan(Run::getId))
                .penalizeConfigurable()
                .asConstraint("one-run-a-day");
    }

    // ---------------------------------------------------------------- trade-offs: progression

    Constraint progressToHarderRungs(ConstraintFactory factory) {
        return slots(factory)
                .join(Athlete.class)
                .rewardConfigurable(PlanConstraints::progressLevel)
                .asConstraint("progress-to-harder-rungs");
    }

    Constraint mixedBodyRegions(ConstraintFactory factory) {
        return slots(factory)
                .filter(slot -> slot.getRegion() != null)
                .join(slots(factory),
                        equal(StrengthSlot::getWeek),
                        equal(StrengthSlot::getRegion),
                        lessThan(StrengthSlot::getPosition))
                .penalizeConfigurable()
                .asConstraint("mixed-body-regions");
    }

    // ---------------------------------------------------------------- trade-offs: the shape of the week

    Constraint runsNotBackToBack(ConstraintFactory factory) {
        return scheduled(factory, Run.class)
                .join(scheduled(factory, Run.class), equal(run -> run.getDayIndex() + 1, Run::getDayIndex))
                .penalizeConfigurable()
                .asConstraint("runs-not-back-to-back");
    }

    Constraint noRunAfterStrength(ConstraintFactory factory) {
        return scheduled(factory, StrengthSession.class)
                .join(scheduled(factory, Run.class), equal(session -> session.getDayIndex() + 1, Run::getDayIndex))
                .penalizeConfigurable()
                .asConstraint("no-run-after-strength");
    }

    Constraint restDayEachWeek(ConstraintFactory factory) {
        return scheduled(factory, Session.class)
                .filter(Session::isWorkout)
                .groupBy(session -> session.getDay().week(), countDistinct(Session::getDay))
                .filter((week, busyDays) -> busyDays >= 7)
                .penalizeConfigurable()
                .asConstraint("rest-day-each-week");
    }

    Constraint strengthApartFromCardio(ConstraintFactory factory) {
        return scheduled(factory, StrengthSession.class)
                .join(scheduled(factory, Session.class)
                                .filter(other -> other.getKind() == SessionKind.EASY_RUN
                                        || other.getKind() == SessionKind.CROSS_TRAINING),
                        equal(StrengthSession::getDay, Session::getDay))
                .penalizeConfigurable()
                .asConstraint("strength-apart-from-cardio");
    }

    // ---------------------------------------------------------------- trade-offs: flexibility

    Constraint flexibilityAfterEveryRun(ConstraintFactory factory) {
        return scheduled(factory, Run.class)
                .ifNotExists(StretchBlock.class,
                        equal(Run::getDay, StretchBlock::getDay),
                        filtering((run, block) -> block.isScheduled()))
                .penalizeConfigurable()
                .asConstraint("flexibility-after-every-run");
    }

    Constraint flexibilityOnMostDays(ConstraintFactory factory) {
        return scheduled(factory, StretchBlock.class)
                .groupBy(StretchBlock::getDay)
                .rewardConfigurable()
                .asConstraint("flexibility-on-most-days");
    }

    Constraint stretchesMatchFindings(ConstraintFactory factory) {
        return scheduled(factory, StretchBlock.class)
                .join(Athlete.class)
                .filter((block, athlete) -> athlete.focusValue(block.getStretch().exercise()) > 0)
                .rewardConfigurable((block, athlete) -> athlete.focusValue(block.getStretch().exercise()))
                .asConstraint("stretches-match-findings");
    }

    Constraint stretchesVaried(ConstraintFactory factory) {
        return scheduled(factory, StretchBlock.class)
                .join(scheduled(factory, StretchBlock.class),
                        equal(StretchBlock::getWeek),
                        equal(block -> block.getStretch().id()),
                        lessThan(StretchBlock::getId))
                // Repeating a stretch for a finding on another day can be worth it; twice in one session is not.
                .penalizeConfigurable((a, b) -> a.getDay().equals(b.getDay()) ? 3 : 1)
                .asConstraint("stretches-varied");
    }

    // ---------------------------------------------------------------- trade-offs: cross-training and running

    Constraint crossTrainingOnRunDay(ConstraintFactory factory) {
        return scheduled(factory, CrossTrainingBlock.class)
                .ifExists(Run.class,
                        equal(CrossTrainingBlock::getDay, Run::getDay),
                        filtering((block, run) -> run.isScheduled()))
                .penalizeConfigurable()
                .asConstraint("cross-training-on-run-day");
    }

    Constraint activeRecoveryOnFreeDays(ConstraintFactory factory) {
        return scheduled(factory, CrossTrainingBlock.class)
                .ifNotExists(Run.class,
                        equal(CrossTrainingBlock::getDay, Run::getDay),
                        filtering((block, run) -> run.isScheduled()))
                .ifNotExists(StrengthSession.class, equal(CrossTrainingBlock::getDay, StrengthSession::getDay))
                .rewardConfigurable()
                .asConstraint("active-recovery-on-free-days");
    }

    Constraint crossTrainingVaried(ConstraintFactory factory) {
        return scheduled(factory, CrossTrainingBlock.class)
                .join(scheduled(factory, CrossTrainingBlock.class),
                        equal(CrossTrainingBlock::getWeek),
                        equal(CrossTrainingBlock::getActivity),
                        lessThan(CrossTrainingBlock::getId))
                .penalizeConfigurable()
                .asConstraint("cross-training-varied");
    }

    Constraint easyRunVolume(ConstraintFactory factory) {
        return scheduled(factory, Run.class)
                .rewardConfigurable(Run::getMinutes)
                .asConstraint("easy-run-volume");
    }

    // ---------------------------------------------------------------- building blocks

    private static <T extends Session> UniConstraintStream<T> scheduled(ConstraintFactory factory, Class<T> type) {
        return factory.forEach(type).filter(Session::isScheduled);
    }

    private static UniConstraintStream<PlannedExercise> plannedExercises(ConstraintFactory factory) {
        return factory.forEach(PlannedExercise.class).filter(planned -> planned.getPlannedExercise() != null);
    }

    private static UniConstraintStream<StrengthSlot> slots(ConstraintFactory factory) {
        return factory.forEach(StrengthSlot.class).filter(slot -> slot.getExercise() != null);
    }

    /** A slot and the same slot one week later. */
    private static BiConstraintStream<StrengthSlot, StrengthSlot> nextWeekOfSameSlot(ConstraintFactory factory) {
        return slots(factory)
                .join(slots(factory),
                        equal(StrengthSlot::getPosition),
                        equal(slot -> slot.getWeek() + 1, StrengthSlot::getWeek));
    }

    /** A slot whose exercise changes from one week to the next. */
    private static BiConstraintStream<StrengthSlot, StrengthSlot> swaps(ConstraintFactory factory) {
        return nextWeekOfSameSlot(factory).filter((before, after) -> !before.holdsSameExerciseAs(after));
    }

    private static int doseError(StrengthSlot slot, Athlete athlete) {
        int reps = slot.getReps();
        int repsOff = Math.max(0, athlete.dose().minReps() - reps) + Math.max(0, reps - athlete.dose().maxReps());
        return repsOff + Math.abs(slot.getSets() - athlete.dose().sets());
    }

    private static int repChangeError(StrengthSlot before, StrengthSlot after, Athlete athlete) {
        int change = after.getReps() - before.getReps();
        return change < 0 ? -change : Math.max(0, change - athlete.maxRepIncreasePerWeek());
    }

    /** Six points per ladder step (an easier variant to its full exercise is one step, a rung two), one per rep. */
    private static int progressLevel(StrengthSlot slot, Athlete athlete) {
        return slot.getExercise().ladderRank() * 6 + slot.getReps() - athlete.dose().minReps();
    }

    // ---------------------------------------------------------------- team batches

    /** One reward per easy run on a group-run weekday; a weekday the athlete cannot make is not in the run's range. */
    Constraint runsOnGroupDays(ConstraintFactory factory) {
        return scheduled(factory, Run.class)
                .join(GroupRunDay.class, equal(run -> run.getDay().dayOfWeek(), GroupRunDay::dayOfWeek))
                .rewardConfigurable()
                .asConstraint("runs-on-group-days");
    }

    /** One penalty per strength session on a date the coach's capacity is already used up by team mates. */
    Constraint coachCapacity(ConstraintFactory factory) {
        return scheduled(factory, StrengthSession.class)
                .join(FullStrengthDay.class, equal(session -> session.getDay().date(), FullStrengthDay::date))
                .penalizeConfigurable()
                .asConstraint("coach-capacity");
    }
}
