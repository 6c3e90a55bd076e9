package app.progression.solver;

import app.progression.catalog.BodyArea;
import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.catalog.Equipment;
import app.progression.catalog.Exercise;
import app.progression.domain.Athlete;
import app.progression.domain.CrossTrainingBlock;
import app.progression.domain.Day;
import app.progression.domain.Easing;
import app.progression.domain.FindingCoverage;
import app.progression.domain.ProgressionStep;
import app.progression.domain.Run;
import app.progression.domain.RunningLoad;
import app.progression.domain.RunningWeek;
import app.progression.domain.StrengthSession;
import app.progression.domain.StrengthSlot;
import app.progression.domain.StrengthWeek;
import app.progression.domain.Stretch;
import app.progression.domain.StretchBlock;
import app.progression.domain.TrainingPlan;
import app.progression.domain.WarmUpIssue;
import app.progression.domain.Week;
import app.progression.profile.CrossTraining;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import org.optaplanner.test.api.score.stream.SingleConstraintAssertion;

/**
 * One rule at a time: for every constraint a case where it fires (with the exact match weight) and one where it
 * does not. The verifier reports match weights, so no {@code ConstraintWeights} fact is needed (checked: giving one
 * with a changed weight does not change the result).
 */
class PlanConstraintsTest {

    private static final Catalog CATALOG = CatalogLoader.builtIn();

    private final ConstraintVerifier<PlanConstraints, TrainingPlan> verifier = ConstraintVerifier.build(
            new PlanConstraints(), TrainingPlan.class, StrengthSlot.class, StrengthSession.class, StrengthWeek.class,
            Run.class, RunningWeek.class, FindingCoverage.class, StretchBlock.class, CrossTrainingBlock.class);

    // ---------------------------------------------------------------- what may be planned at all

    @Test
    void painfulStrengthExerciseIsPenalized() {
        verifyThat(PlanConstraints::painfulExerciseNeverPlanned)
                .given(athleteFindingPainful("superman"), slot(1, 0, "superman", 8), slot(1, 1, "beetle", 8))
                .penalizesBy(1);
    }

    @Test
    void painfulStretchIsPenalized() {
        verifyThat(PlanConstraints::painfulExerciseNeverPlanned)
                .given(athleteFindingPainful("cat-cow"), stretchBlock(day(0), 0, "cat-cow"))
                .penalizesBy(1);
    }

    @Test
    void painFreeExercisesAreNotPenalized() {
        verifyThat(PlanConstraints::painfulExerciseNeverPlanned)
                .given(athleteFindingPainful("superman"), slot(1, 0, "beetle", 8), stretchBlock(day(0), 0, "cat-cow"),
                        emptyStretchBlock(day(1), 0))
                .penalizesBy(0);
    }

    @Test
    void jumpingWithHeelPainIsPenalizedAsPainful() {
        verifyThat(PlanConstraints::painfulExerciseNeverPlanned)
                .given(athleteWithHeelPain(), slot(9, 0, "single-leg-jump-squats", 8), slot(9, 1, "v-ups", 8))
                .penalizesBy(1);
    }

    @Test
    void stretchNeedingEquipmentTheAthleteLacksIsPenalized() {
        verifyThat(PlanConstraints::equipmentAvailable)
                .given(athleteOwning(Equipment.STRAP), stretchBlock(day(0), 0, "smr-calves-calf-stretch"),
                        stretchBlock(day(0), 1, "active-hamstring-strap-stretch"))
                .penalizesBy(1);
    }

    @Test
    void stretchWithOwnedOrNoEquipmentIsNotPenalized() {
        verifyThat(PlanConstraints::equipmentAvailable)
                .given(athleteOwning(Equipment.FOAM_ROLLER), stretchBlock(day(0), 0, "smr-calves-calf-stretch"),
                        stretchBlock(day(0), 1, "cat-cow"), slot(1, 0, "superman", 8))
                .penalizesBy(0);
    }

    @Test
    void outdoorOnlyExerciseForIndoorAthleteIsPenalized() {
        verifyThat(PlanConstraints::trainingSettingRespected)
                .given(athlete(), slot(5, 0, "forward-jump-squats", 8))
                .penalizesBy(1);
    }

    @Test
    void indoorExerciseWithOutdoorReplacementForOutdoorAthleteIsPenalized() {
        verifyThat(PlanConstraints::trainingSettingRespected)
                .given(outdoorAthlete(), slot(5, 0, "single-leg-jump-squats", 8))
                .penalizesBy(1);
    }

    @Test
    void exercisesMatchingTheTrainingSettingAreNotPenalized() {
        verifyThat(PlanConstraints::trainingSettingRespected)
                .given(outdoorAthlete(), slot(5, 0, "forward-jump-squats", 8), slot(5, 1, "superman", 8))
                .penalizesBy(0);
        verifyThat(PlanConstraints::trainingSettingRespected)
                .given(athlete(), slot(5, 0, "single-leg-jump-squats", 8), slot(5, 1, "superman", 8))
                .penalizesBy(0);
    }

    // ---------------------------------------------------------------- the strength ladder

    @Test
    void firstWeekSlotOffTheStartingRungsIsPenalized() {
        verifyThat(PlanConstraints::firstWeekStartsAtFirstPainFreeRungs)
                .given(athlete(), slot(1, 0, "single-leg-bridge", 8), slot(1, 1, "beetle", 8))
                .penalizesBy(1);
    }

    @Test
    void firstWeekSlotAboveTheLowestRepsIsPenalized() {
        verifyThat(PlanConstraints::firstWeekStartsAtFirstPainFreeRungs)
                .given(athlete(), slot(1, 0, "superman", 9), slot(1, 1, "single-leg-bridge", 10))
                .penalizesBy(2);
    }

    @Test
    void firstWeekAtTheStartingRungsAndLowestRepsIsNotPenalized() {
        verifyThat(PlanConstraints::firstWeekStartsAtFirstPainFreeRungs)
                .given(athlete(), slot(1, 0, "superman", 8), slot(1, 1, "beetle", 8),
                        slot(1, 2, "single-leg-balance", 8), slot(1, 3, "high-plank-leg-lifts", 8),
                        slot(2, 0, "single-leg-bridge", 10))
                .penalizesBy(0);
    }

    @Test
    void repsAboveTheRangeArePenalizedPerRep() {
        verifyThat(PlanConstraints::strengthDoseInRange)
                .given(athlete(), slot(2, 0, "superman", 14))
                .penalizesBy(2);
    }

    @Test
    void tooFewRepsAndWrongSetCountArePenalizedTogether() {
        verifyThat(PlanConstraints::strengthDoseInRange)
                .given(athlete(), StrengthSlot.fixed(2, 0, exercise("superman"), 2, 6))
                .penalizesBy(3);
    }

    @Test
    void doseWithinRangeIsNotPenalized() {
        verifyThat(PlanConstraints::strengthDoseInRange)
                .given(athlete(), slot(1, 0, "superman", 8), slot(1, 1, "beetle", 10), slot(1, 2, "single-leg-balance", 12))
                .penalizesBy(0);
    }

    @Test
    void repIncreaseBeyondTheAllowedStepIsPenalized() {
        verifyThat(PlanConstraints::repsBuildGradually)
                .given(athlete(), slot(1, 0, "superman", 8), slot(2, 0, "superman", 11))
                .penalizesBy(1);
    }

    @Test
    void losingRepsOnAKeptExerciseIsPenalizedPerRep() {
        verifyThat(PlanConstraints::repsBuildGradually)
                .given(athlete(), slot(1, 0, "superman", 11), slot(2, 0, "superman", 8))
                .penalizesBy(3);
    }

    @Test
    void repsBuildingWithinTheAllowedStepAreNotPenalized() {
        verifyThat(PlanConstraints::repsBuildGradually)
                .given(athlete(), slot(1, 0, "superman", 8), slot(2, 0, "superman", 10),
                        slot(1, 1, "beetle", 9), slot(2, 1, "beetle", 9),
                        // a swap is for the replacement rules, not this one
                        slot(2, 2, "single-leg-balance", 12), slot(3, 2, "single-leg-balance-reach", 8))
                .penalizesBy(0);
    }

    @Test
    void swapBeforeReachingTwelveIsPenalizedByMissingReps() {
        verifyThat(PlanConstraints::swapOnlyAfterWeekAtTwelve)
                .given(athlete(), slot(1, 0, "superman", 10), slot(2, 0, "beetle", 8))
                .penalizesBy(2);
    }

    @Test
    void swapAfterAWeekAtTwelveIsNotPenalized() {
        verifyThat(PlanConstraints::swapOnlyAfterWeekAtTwelve)
                .given(athlete(), slot(1, 0, "superman", 12), slot(2, 0, "beetle", 8),
                        slot(1, 1, "single-leg-balance", 9), slot(2, 1, "single-leg-balance", 10))
                .penalizesBy(0);
    }

    @Test
    void replacementOnAnEarlierRungIsPenalized() {
        verifyThat(PlanConstraints::replacementIsHarder)
                .given(athlete(), slot(1, 0, "beetle", 12), slot(2, 0, "superman", 8))
                .penalizesBy(1);
    }

    @Test
    void replacingAFullExerciseWithItsEasierVariantIsPenalized() {
        verifyThat(PlanConstraints::replacementIsHarder)
                .given(athlete(), slot(1, 0, "single-leg-balance-reach", 12), slot(2, 0, "single-leg-balance", 8))
                .penalizesBy(1);
    }

    @Test
    void laterRungOrFullVersionAsReplacementIsNotPenalized() {
        verifyThat(PlanConstraints::replacementIsHarder)
                .given(slot(1, 0, "superman", 12), slot(2, 0, "beetle", 8),
                        slot(1, 1, "single-leg-balance", 12), slot(2, 1, "single-leg-balance-reach", 8))
                .penalizesBy(0);
    }

    @Test
    void replacementStartingAboveTheLowestRepsIsPenalizedPerRep() {
        verifyThat(PlanConstraints::replacementStartsAtEight)
                .given(athlete(), slot(1, 0, "superman", 12), slot(2, 0, "beetle", 10))
                .penalizesBy(2);
    }

    @Test
    void replacementAtTheLowestRepsIsNotPenalized() {
        verifyThat(PlanConstraints::replacementStartsAtEight)
                .given(athlete(), slot(1, 0, "superman", 12), slot(2, 0, "beetle", 8),
                        slot(1, 1, "single-leg-balance", 9), slot(2, 1, "single-leg-balance", 10))
                .penalizesBy(0);
    }

    @Test
    void everySwapBeyondTheFirstInAWeekIsPenalized() {
        verifyThat(PlanConstraints::oneSwapPerWeek)
                .given(athlete(), slot(1, 0, "superman", 12), slot(1, 1, "beetle", 12), slot(1, 2, "single-leg-balance", 12),
                        slot(2, 0, "single-leg-bridge", 8), slot(2, 1, "low-side-plank-lifts", 8),
                        slot(2, 2, "quadruped-limb-raises", 8))
                .penalizesBy(2);
    }

    @Test
    void oneSwapInEachOfTwoWeeksIsNotPenalized() {
        verifyThat(PlanConstraints::oneSwapPerWeek)
                .given(slot(1, 0, "superman", 12), slot(1, 1, "beetle", 12),
                        slot(2, 0, "single-leg-bridge", 8), slot(2, 1, "beetle", 12),
                        slot(3, 0, "single-leg-bridge", 9), slot(3, 1, "low-side-plank-lifts", 8))
                .penalizesBy(0);
    }

    @Test
    void sameExerciseTwiceInAWeekIsPenalized() {
        verifyThat(PlanConstraints::noExerciseTwiceInASet)
                .given(slot(1, 0, "superman", 8), slot(1, 1, "beetle", 8), slot(1, 2, "superman", 8))
                .penalizesBy(1);
    }

    @Test
    void sameExerciseThreeTimesInAWeekIsPenalizedPerPair() {
        verifyThat(PlanConstraints::noExerciseTwiceInASet)
                .given(slot(1, 0, "superman", 8), slot(1, 1, "superman", 8), slot(1, 2, "superman", 8))
                .penalizesBy(3);
    }

    @Test
    void sameExerciseInDifferentWeeksIsNotPenalized() {
        verifyThat(PlanConstraints::noExerciseTwiceInASet)
                .given(slot(1, 0, "superman", 8), slot(1, 1, "beetle", 8), slot(2, 0, "superman", 9),
                        slot(2, 1, "beetle", 9))
                .penalizesBy(0);
    }

    @Test
    void changingTheSetInAnEasierWeekIsPenalized() {
        // week 4 is an easier week: superman gains reps and beetle is swapped
        verifyThat(PlanConstraints::strengthHoldsInCutbackWeeks)
                .given(athlete(), slot(3, 0, "superman", 10), slot(4, 0, "superman", 12),
                        slot(3, 1, "beetle", 12), slot(4, 1, "single-leg-bridge", 8))
                .penalizesBy(2);
    }

    @Test
    void holdingTheSetInAnEasierWeekIsNotPenalized() {
        verifyThat(PlanConstraints::strengthHoldsInCutbackWeeks)
                .given(athlete(), slot(3, 0, "superman", 10), slot(4, 0, "superman", 10), slot(5, 0, "superman", 12),
                        slot(2, 1, "beetle", 10), slot(3, 1, "beetle", 12))
                .penalizesBy(0);
    }

    // ---------------------------------------------------------------- the week's sessions

    @Test
    void weekWithTooFewStrengthSessionsIsPenalized() {
        verifyThat(PlanConstraints::strengthSessionsPerWeek)
                .given(athlete(), strength(0, day(0)), unscheduledStrength(1, 1))
                .penalizesBy(1);
    }

    @Test
    void weekWithTooManyStrengthSessionsIsPenalized() {
        verifyThat(PlanConstraints::strengthSessionsPerWeek)
                .given(athlete(), strength(0, day(0)), strength(1, day(2)), strength(2, day(4)),
                        strength(0, day(7)), strength(1, day(9)))
                .penalizesBy(1);
    }

    @Test
    void weeksWithTheAthletesStrengthSessionCountAreNotPenalized() {
        verifyThat(PlanConstraints::strengthSessionsPerWeek)
                .given(athlete(), strength(0, day(0)), strength(1, day(3)), strength(0, day(8)), strength(1, day(11)))
                .penalizesBy(0);
    }

    @Test
    void weekWithTooFewOrTooManyRunsIsPenalized() {
        verifyThat(PlanConstraints::runsPerWeek)
                .given(athlete(), running(1, 60, 90, 90, 30, 30, 2), running(2, 132, 60, 60, 33, 30, 4))
                .penalizesBy(2);
    }

    @Test
    void weekWithTheAthletesRunCountIsNotPenalized() {
        verifyThat(PlanConstraints::runsPerWeek)
                .given(athlete(), running(1, 90, 90, 90, 30, 30, 3))
                .penalizesBy(0);
    }

    @Test
    void easierWeekMayLeaveARunOutWhenItsRunsAreAtTheirShortest() {
        // three 20-minute runs are 60, more than 85% of the 66 before: one run fewer is the way to ease
        verifyThat(PlanConstraints::runsPerWeek)
                .given(athlete(), running(4, 46, 66, 66, 23, 22, 2))
                .penalizesBy(0);
    }

    @Test
    void easierWeekWithRoomToEaseKeepsEveryRun() {
        verifyThat(PlanConstraints::runsPerWeek)
                .given(athlete(), running(4, 80, 120, 120, 40, 40, 2))
                .penalizesBy(1);
    }

    @Test
    void strengthOnConsecutiveDaysIsPenalized() {
        verifyThat(PlanConstraints::noStrengthOnConsecutiveDays)
                .given(strength(0, day(2)), strength(1, day(3)))
                .penalizesBy(1);
    }

    @Test
    void strengthOnConsecutiveDaysAcrossAWeekBoundaryIsPenalized() {
        verifyThat(PlanConstraints::noStrengthOnConsecutiveDays)
                .given(strength(0, day(6)), strength(0, day(7)))
                .penalizesBy(1);
    }

    @Test
    void strengthThreeDaysInARowIsPenalizedPerNeighbouringPair() {
        verifyThat(PlanConstraints::noStrengthOnConsecutiveDays)
                .given(strength(0, day(0)), strength(1, day(1)), strength(2, day(2)))
                .penalizesBy(2);
    }

    @Test
    void twoStrengthSessionsOnOneDayArePenalized() {
        verifyThat(PlanConstraints::noStrengthOnConsecutiveDays)
                .given(strength(0, day(4)), strength(1, day(4)))
                .penalizesBy(1);
    }

    @Test
    void strengthWithADayBetweenIsNotPenalized() {
        verifyThat(PlanConstraints::noStrengthOnConsecutiveDays)
                .given(strength(0, day(0)), strength(1, day(2)), strength(2, day(4)), unscheduledStrength(1, 3))
                .penalizesBy(0);
    }

    @Test
    void sessionsOnAnUnavailableDayArePenalized() {
        Day noTime = day(1, 0);
        verifyThat(PlanConstraints::nothingOnUnavailableDays)
                .given(run(0, noTime, 30), stretchBlock(noTime, 0, "cat-cow"), run(1, day(2), 30))
                .penalizesBy(2);
    }

    @Test
    void sessionsOnAvailableDaysAreNotPenalized() {
        verifyThat(PlanConstraints::nothingOnUnavailableDays)
                .given(run(0, day(0), 30), strength(0, day(1)), stretchBlock(day(0), 0, "cat-cow"),
                        crossTraining(day(2), CrossTraining.YOGA), emptyStretchBlock(day(1, 0), 0))
                .penalizesBy(0);
    }

    @Test
    void dayOverItsMinutesIsPenalizedPerMinuteOverWithOneWarmUpForTheDay() {
        Day day = day(0, 60);
        // run 40 and strength 20 after one 5-minute warm-up: 65 minutes on a 60-minute day
        verifyThat(PlanConstraints::dayFitsAvailableMinutes)
                .given(athlete(), strengthWeek(1), run(0, day, 40), strength(0, day))
                .penalizesBy(5);
    }

    @Test
    void dayFilledExactlyIsNotPenalized() {
        Day day = day(0, 48);
        verifyThat(PlanConstraints::dayFitsAvailableMinutes)
                .given(athlete(), strengthWeek(1), run(0, day, 40), stretchBlock(day, 0, "cat-cow"),
                        emptyStretchBlock(day, 1),
                        emptyCrossTrainingBlock(day), stretchBlock(day(2, 3), 0, "cat-cow"))
                .penalizesBy(0);
    }

    @Test
    void warmUpsAFileAddsCountOnTheDay() {
        Day day = day(0, 48);
        Run run = run(0, day, 40);
        run.setExtraWarmupMinutes(5);
        verifyThat(PlanConstraints::dayFitsAvailableMinutes)
                .given(athlete(), strengthWeek(1), run, stretchBlock(day, 0, "cat-cow"))
                .penalizesBy(5);
    }

    @Test
    void warmUpIssueOfAPlanFileIsPenalized() {
        verifyThat(PlanConstraints::oneWarmUpADay)
                .given(new WarmUpIssue(day(0), "more than one warm-up"), run(0, day(0), 30))
                .penalizesBy(1);
    }

    @Test
    void planWithoutWarmUpIssuesIsNotPenalized() {
        verifyThat(PlanConstraints::oneWarmUpADay)
                .given(run(0, day(0), 30), strength(0, day(0)))
                .penalizesBy(0);
    }

    @Test
    void twoRunsOnOneDayArePenalized() {
        verifyThat(PlanConstraints::oneRunADay)
                .given(run(0, day(0), 30), run(1, day(0), 20), run(2, day(3), 30))
                .penalizesBy(1);
    }

    @Test
    void threeRunsOnOneDayArePenalizedPerPair() {
        verifyThat(PlanConstraints::oneRunADay)
                .given(run(0, day(0), 30), run(1, day(0), 20), run(2, day(0), 30))
                .penalizesBy(3);
    }

    @Test
    void runsOnDifferentDaysAreNotPenalized() {
        verifyThat(PlanConstraints::oneRunADay)
                .given(run(0, day(0), 30), run(1, day(1), 20), run(2, day(3), 30), unscheduledRun(1, 3))
                .penalizesBy(0);
    }

    @Test
    void runShorterThanTheShortestWorthItsWarmUpIsPenalizedPerMinute() {
        verifyThat(PlanConstraints::noJunkRuns)
                .given(athlete(), run(0, day(0), 15), run(1, day(2), 20), unscheduledRun(1, 2))
                .penalizesBy(5);
    }

    @Test
    void runsAtOrAboveTheShortestAreNotPenalized() {
        verifyThat(PlanConstraints::noJunkRuns)
                .given(athlete(), run(0, day(0), 20), run(1, day(2), 45))
                .penalizesBy(0);
    }

    @Test
    void longestRunOverTenPercentAboveTheLongestOfTheThirtyDaysBeforeIsPenalized() {
        verifyThat(PlanConstraints::runLengthCap)
                .given(running(2, 99, 90, 90, 36, 30, 3))
                .penalizesBy(3);
    }

    @Test
    void longestRunWithinTenPercentIsNotPenalized() {
        verifyThat(PlanConstraints::runLengthCap)
                .given(running(2, 99, 90, 90, 33, 30, 3))
                .penalizesBy(0);
    }

    @Test
    void weekRunningMoreThanTenPercentOverTheLastFullWeekIsPenalized() {
        verifyThat(PlanConstraints::weeklyRunVolumeCap)
                .given(athlete(), running(2, 105, 90, 90, 35, 33, 3))
                .penalizesBy(6);
    }

    @Test
    void weekAfterAnEasierWeekComparesWithTheWeekBeforeIt() {
        // week 5 follows an easier week of 80 minutes; the week before that ran 100, so 110 is within the cap
        verifyThat(PlanConstraints::weeklyRunVolumeCap)
                .given(athlete(), running(5, 110, 80, 100, 37, 36, 3))
                .penalizesBy(0);
    }

    @Test
    void weekAboveTheAthletesCeilingIsPenalizedPerMinute() {
        verifyThat(PlanConstraints::weeklyRunCeiling)
                .given(athlete(), running(6, 140, 130, 130, 47, 45, 3), running(7, 135, 140, 140, 45, 47, 3))
                .penalizesBy(5);
    }

    @Test
    void easierWeekOutsideSeventyToEightyFivePercentIsPenalizedPerMinute() {
        verifyThat(PlanConstraints::cutbackWeekEasesRunning)
                .given(athlete(), running(4, 95, 100, 100, 32, 34, 3), running(8, 63, 100, 100, 21, 34, 3))
                .penalizesBy(17);
    }

    @Test
    void easierWeekWithinTheRangeOrAtTheShortestRunsIsNotPenalized() {
        verifyThat(PlanConstraints::cutbackWeekEasesRunning)
                .given(athlete(), running(4, 80, 100, 100, 27, 34, 3), running(8, 60, 66, 66, 20, 22, 3),
                        running(3, 100, 100, 100, 34, 33, 3))
                .penalizesBy(0);
    }

    // ---------------------------------------------------------------- trade-offs: progression

    @Test
    void slotsAreRewardedForLadderRankAndReps() {
        // superman: rank 2, 8 reps -> 12; beetle: rank 4, 10 reps -> 26
        verifyThat(PlanConstraints::progressToHarderRungs)
                .given(athlete(), slot(1, 0, "superman", 8), slot(2, 0, "beetle", 10))
                .rewardsWith(38);
    }

    @Test
    void fullExerciseIsRewardedOneStepAboveItsEasierVariant() {
        verifyThat(PlanConstraints::progressToHarderRungs)
                .given(athlete(), slot(1, 0, "single-leg-balance", 8))
                .rewardsWith(30);
        verifyThat(PlanConstraints::progressToHarderRungs)
                .given(athlete(), slot(1, 0, "single-leg-balance-reach", 8))
                .rewardsWith(36);
    }

    @Test
    void slotWithoutAnExerciseIsNotRewarded() {
        StrengthSlot empty = new StrengthSlot(1, 0, 3);
        empty.setStep(ProgressionStep.HOLD);
        verifyThat(PlanConstraints::progressToHarderRungs)
                .given(athlete(), empty)
                .rewardsWith(0);
    }

    @Test
    void twoExercisesOfOneRegionInAWeekArePenalized() {
        verifyThat(PlanConstraints::mixedBodyRegions)
                .given(slot(3, 0, "superman", 12), slot(3, 1, "beetle", 12), slot(3, 2, "quadruped-limb-raises", 8))
                .penalizesBy(1);
    }

    @Test
    void threeExercisesOfOneRegionInAWeekArePenalizedPerPair() {
        verifyThat(PlanConstraints::mixedBodyRegions)
                .given(slot(5, 0, "beetle", 12), slot(5, 1, "high-plank-leg-lifts", 12),
                        slot(5, 2, "high-plank-limb-raises", 8))
                .penalizesBy(3);
    }

    @Test
    void weekOfDifferentRegionsIsNotPenalized() {
        verifyThat(PlanConstraints::mixedBodyRegions)
                .given(slot(1, 0, "superman", 8), slot(1, 1, "beetle", 8), slot(1, 2, "single-leg-balance", 8),
                        slot(1, 3, "single-leg-bridge", 8), slot(2, 0, "quadruped-limb-raises", 8))
                .penalizesBy(0);
    }

    // ---------------------------------------------------------------- trade-offs: the shape of the week

    @Test
    void runsOnConsecutiveDaysArePenalized() {
        verifyThat(PlanConstraints::runsNotBackToBack)
                .given(run(0, day(0), 30), run(1, day(1), 30), run(2, day(4), 30))
                .penalizesBy(1);
    }

    @Test
    void runsOnConsecutiveDaysAcrossAWeekBoundaryArePenalized() {
        verifyThat(PlanConstraints::runsNotBackToBack)
                .given(run(0, day(6), 30), run(0, day(7), 30))
                .penalizesBy(1);
    }

    @Test
    void runsThreeDaysInARowArePenalizedPerNeighbouringPair() {
        verifyThat(PlanConstraints::runsNotBackToBack)
                .given(run(0, day(0), 30), run(1, day(1), 30), run(2, day(2), 30))
                .penalizesBy(2);
    }

    @Test
    void runsWithADayBetweenAreNotPenalized() {
        verifyThat(PlanConstraints::runsNotBackToBack)
                .given(run(0, day(0), 30), run(1, day(2), 30), run(2, day(4), 30), unscheduledRun(1, 3))
                .penalizesBy(0);
    }

    @Test
    void runTheDayAfterStrengthIsPenalized() {
        verifyThat(PlanConstraints::noRunAfterStrength)
                .given(strength(0, day(1)), run(0, day(2), 30))
                .penalizesBy(1);
    }

    @Test
    void runBeforeOnOrTwoDaysAfterStrengthIsNotPenalized() {
        verifyThat(PlanConstraints::noRunAfterStrength)
                .given(strength(0, day(2)), run(0, day(1), 30), run(1, day(2), 30), run(2, day(4), 30))
                .penalizesBy(0);
    }

    @Test
    void weekWithWorkoutsOnAllSevenDaysIsPenalized() {
        verifyThat(PlanConstraints::restDayEachWeek)
                .given(strength(0, day(0)), strength(1, day(3)),
                        run(0, day(1), 30), run(1, day(4), 30), run(2, day(6), 30),
                        crossTraining(day(2), CrossTraining.SWIMMING), crossTraining(day(5), CrossTraining.YOGA))
                .penalizesBy(1);
    }

    @Test
    void weekWithOnlyStretchingOnOneDayIsNotPenalized() {
        verifyThat(PlanConstraints::restDayEachWeek)
                .given(strength(0, day(0)), strength(1, day(3)),
                        run(0, day(1), 30), run(1, day(4), 30), run(2, day(6), 30),
                        crossTraining(day(2), CrossTraining.SWIMMING), stretchBlock(day(5), 0, "cat-cow"),
                        emptyCrossTrainingBlock(day(5)))
                .penalizesBy(0);
    }

    @Test
    void sevenBusyDaysSpreadOverTwoWeeksAreNotPenalized() {
        verifyThat(PlanConstraints::restDayEachWeek)
                .given(run(0, day(3), 30), run(1, day(4), 30), run(2, day(5), 30), run(3, day(6), 30),
                        run(0, day(7), 30), run(1, day(8), 30), run(2, day(9), 30))
                .penalizesBy(0);
    }

    @Test
    void strengthSharingADayWithRunAndCrossTrainingIsPenalizedForEach() {
        verifyThat(PlanConstraints::strengthApartFromCardio)
                .given(strength(0, day(0)), run(0, day(0), 30), crossTraining(day(0), CrossTraining.CYCLING))
                .penalizesBy(2);
    }

    @Test
    void strengthWithOnlyStretchingOnItsDayIsNotPenalized() {
        verifyThat(PlanConstraints::strengthApartFromCardio)
                .given(strength(0, day(0)), stretchBlock(day(0), 0, "cat-cow"), emptyCrossTrainingBlock(day(0)),
                        run(0, day(1), 30), crossTraining(day(2), CrossTraining.CYCLING))
                .penalizesBy(0);
    }

    // ---------------------------------------------------------------- trade-offs: flexibility

    @Test
    void runWithoutStretchingOnItsDayIsPenalized() {
        verifyThat(PlanConstraints::flexibilityAfterEveryRun)
                .given(run(0, day(0), 30), stretchBlock(day(1), 0, "cat-cow"),
                        run(1, day(2), 30), stretchBlock(day(2), 0, "supine-twist"))
                .penalizesBy(1);
    }

    @Test
    void emptyStretchBlockDoesNotCountAsStretchingAfterARun() {
        verifyThat(PlanConstraints::flexibilityAfterEveryRun)
                .given(run(0, day(0), 30), emptyStretchBlock(day(0), 0), emptyStretchBlock(day(0), 1))
                .penalizesBy(1);
    }

    @Test
    void runsWithStretchingOnTheirDaysAreNotPenalized() {
        verifyThat(PlanConstraints::flexibilityAfterEveryRun)
                .given(run(0, day(0), 30), emptyStretchBlock(day(0), 0), stretchBlock(day(0), 1, "cat-cow"),
                        run(1, day(2), 30), stretchBlock(day(2), 0, "supine-twist"), unscheduledRun(1, 2))
                .penalizesBy(0);
    }

    @Test
    void eachDayWithStretchingIsRewardedOnce() {
        verifyThat(PlanConstraints::flexibilityOnMostDays)
                .given(stretchBlock(day(0), 0, "cat-cow"), stretchBlock(day(0), 1, "supine-twist"),
                        stretchBlock(day(2), 0, "cat-cow"), emptyStretchBlock(day(3), 0))
                .rewardsWith(2);
    }

    @Test
    void emptyStretchBlocksAreNotRewarded() {
        verifyThat(PlanConstraints::flexibilityOnMostDays)
                .given(emptyStretchBlock(day(0), 0), emptyStretchBlock(day(1), 0))
                .rewardsWith(0);
    }

    @Test
    void stretchesAreRewardedByTheFocusOfTheAreasTheyTarget() {
        // focus: low back 1, glutes 1, calves 3 (heel pain)
        verifyThat(PlanConstraints::stretchesMatchFindings)
                .given(athleteWithFocus(Map.of(BodyArea.LOWER_BACK, 1, BodyArea.GLUTES, 1, BodyArea.CALVES, 3)),
                        stretchBlock(day(0), 0, "lying-figure-4-stretch"),
                        stretchBlock(day(0), 1, "smr-calves-calf-stretch"),
                        stretchBlock(day(1), 0, "kneeling-hip-flexor-stretch"))
                .rewardsWith(5);
    }

    @Test
    void stretchesForAreasWithoutFocusAreNotRewarded() {
        verifyThat(PlanConstraints::stretchesMatchFindings)
                .given(athleteWithFocus(Map.of(BodyArea.LOWER_BACK, 1, BodyArea.GLUTES, 1)),
                        stretchBlock(day(0), 0, "kneeling-hip-flexor-stretch"),
                        stretchBlock(day(0), 1, "active-hamstring-strap-stretch"), emptyStretchBlock(day(1), 0))
                .rewardsWith(0);
    }

    @Test
    void sameStretchTwiceInAWeekIsPenalized() {
        verifyThat(PlanConstraints::stretchesVaried)
                .given(stretchBlock(day(0), 0, "cat-cow"), stretchBlock(day(3), 1, "cat-cow"),
                        stretchBlock(day(3), 0, "supine-twist"))
                .penalizesBy(1);
    }

    @Test
    void sameStretchThreeTimesInAWeekIsPenalizedPerPair() {
        verifyThat(PlanConstraints::stretchesVaried)
                .given(stretchBlock(day(0), 0, "cat-cow"), stretchBlock(day(2), 0, "cat-cow"),
                        stretchBlock(day(4), 0, "cat-cow"))
                .penalizesBy(3);
    }

    @Test
    void sameStretchTwiceInOneSessionCountsThreeTimes() {
        verifyThat(PlanConstraints::stretchesVaried)
                .given(stretchBlock(day(1), 0, "kneeling-hip-flexor-stretch"),
                        stretchBlock(day(1), 1, "kneeling-hip-flexor-stretch"))
                .penalizesBy(3);
    }

    @Test
    void differentStretchesOrTheSameInDifferentWeeksAreNotPenalized() {
        verifyThat(PlanConstraints::stretchesVaried)
                .given(stretchBlock(day(0), 0, "cat-cow"), stretchBlock(day(0), 1, "supine-twist"),
                        stretchBlock(day(7), 0, "cat-cow"), emptyStretchBlock(day(3), 0), emptyStretchBlock(day(4), 0))
                .penalizesBy(0);
    }

    @Test
    void findingWorkedOnFewerThanTwoDaysIsPenalizedPerMissingDay() {
        verifyThat(PlanConstraints::findingsCoveredTwiceAWeek)
                .given(FindingCoverage.of(1, BodyArea.CALVES, 0), FindingCoverage.of(1, BodyArea.HAMSTRINGS, 1),
                        FindingCoverage.of(2, BodyArea.CALVES, 2))
                .penalizesBy(3);
    }

    @Test
    void findingWorkedOnTwoDaysOrMoreIsNotPenalized() {
        verifyThat(PlanConstraints::findingsCoveredTwiceAWeek)
                .given(FindingCoverage.of(1, BodyArea.CALVES, 2), FindingCoverage.of(1, BodyArea.HIP_FLEXORS, 4))
                .penalizesBy(0);
    }

    @Test
    void runWithoutAStretchForAFindingIsPenalized() {
        verifyThat(PlanConstraints::findingStretchAfterEveryRun)
                .given(athleteWithFindings(BodyArea.CALVES), run(0, day(0), 30), stretchBlock(day(0), 0, "cat-cow"),
                        run(1, day(2), 30), stretchBlock(day(2), 0, "wall-calf-stretch"))
                .penalizesBy(1);
    }

    @Test
    void runsNeedNoFindingStretchWithoutFindings() {
        verifyThat(PlanConstraints::findingStretchAfterEveryRun)
                .given(athlete(), run(0, day(0), 30), stretchBlock(day(0), 0, "cat-cow"))
                .penalizesBy(0);
    }

    // ---------------------------------------------------------------- trade-offs: cross-training and running

    @Test
    void crossTrainingOnARunDayIsPenalized() {
        verifyThat(PlanConstraints::crossTrainingOnRunDay)
                .given(crossTraining(day(0), CrossTraining.SWIMMING), run(0, day(0), 30), run(1, day(0), 20),
                        crossTraining(day(1), CrossTraining.YOGA))
                .penalizesBy(1);
    }

    @Test
    void crossTrainingOnADayWithoutARunIsNotPenalized() {
        verifyThat(PlanConstraints::crossTrainingOnRunDay)
                .given(crossTraining(day(1), CrossTraining.SWIMMING), run(0, day(0), 30), unscheduledRun(1, 1),
                        emptyCrossTrainingBlock(day(0)))
                .penalizesBy(0);
    }

    @Test
    void crossTrainingOnADayWithoutRunOrStrengthIsRewarded() {
        verifyThat(PlanConstraints::activeRecoveryOnFreeDays)
                .given(run(0, day(0), 30), crossTraining(day(1), CrossTraining.CYCLING), strength(0, day(2)),
                        unscheduledStrength(1, 1), unscheduledRun(1, 1))
                .rewardsWith(1);
    }

    @Test
    void crossTrainingOnARunOrStrengthDayIsNotRewarded() {
        verifyThat(PlanConstraints::activeRecoveryOnFreeDays)
                .given(run(0, day(0), 30), crossTraining(day(0), CrossTraining.CYCLING),
                        strength(0, day(2)), crossTraining(day(2), CrossTraining.YOGA), emptyCrossTrainingBlock(day(3)))
                .rewardsWith(0);
    }

    @Test
    void sameCrossTrainingTwiceInAWeekIsPenalized() {
        verifyThat(PlanConstraints::crossTrainingVaried)
                .given(crossTraining(day(0), CrossTraining.SWIMMING), crossTraining(day(2), CrossTraining.SWIMMING),
                        crossTraining(day(4), CrossTraining.YOGA))
                .penalizesBy(1);
    }

    @Test
    void variedCrossTrainingIsNotPenalized() {
        verifyThat(PlanConstraints::crossTrainingVaried)
                .given(crossTraining(day(0), CrossTraining.SWIMMING), crossTraining(day(2), CrossTraining.CYCLING),
                        crossTraining(day(7), CrossTraining.SWIMMING), emptyCrossTrainingBlock(day(4)),
                        emptyCrossTrainingBlock(day(5)))
                .penalizesBy(0);
    }

    @Test
    void runningIsRewardedPerMinuteUpToTheTarget() {
        // the target is 135 a week: a 150-minute week earns 135
        verifyThat(PlanConstraints::easyRunVolume)
                .given(athlete(), running(1, 90, 90, 90, 30, 30, 3), running(6, 150, 140, 140, 50, 48, 3))
                .rewardsWith(225);
    }

    @Test
    void weekWithoutRunningIsNotRewarded() {
        verifyThat(PlanConstraints::easyRunVolume)
                .given(athlete(), running(1, 0, 90, 90, 0, 30, 0))
                .rewardsWith(0);
    }

    // ---------------------------------------------------------------- a plan made again from a log

    @Test
    void anExerciseLoggedWithPainIsPainfulFromItsWeekOn() {
        verifyThat(PlanConstraints::painfulExerciseNeverPlanned)
                .given(athleteLoggingPain(Map.of("beetle", 3)), slot(2, 1, "beetle", 10), slot(3, 1, "beetle", 12))
                .penalizesBy(1);
    }

    @Test
    void aReplacementForcedByPainMayBeEasierAndComeAnyWeek() {
        // beetle hurts from week 3: it is replaced by superman (an earlier rung) at 8, after a week at 10
        Athlete athlete = athleteLoggingPain(Map.of("beetle", 3));
        StrengthSlot before = slot(2, 1, "beetle", 10);
        StrengthSlot after = slot(3, 1, "superman", 8);
        verifyThat(PlanConstraints::replacementIsHarder).given(athlete, before, after).penalizesBy(0);
        verifyThat(PlanConstraints::swapOnlyAfterWeekAtTwelve).given(athlete, before, after)
                .penalizesBy(0);
        verifyThat(PlanConstraints::replacementIsHarder).given(athlete(), before, after).penalizesBy(1);
    }

    @Test
    void theWeekAfterAFlareStepsRepetitionsBackByOneStepAtMost() {
        verifyThat(PlanConstraints::repsBuildGradually)
                .given(athlete(), slot(2, 0, "superman", 12), slotIn(3, Easing.FLARE, 0, "superman", 10),
                        slot(2, 1, "beetle", 12), slotIn(3, Easing.FLARE, 1, "beetle", 12))
                .penalizesBy(0);
        // down 4 (one step is 2) and, in the other slot, up 1
        verifyThat(PlanConstraints::repsBuildGradually)
                .given(athlete(), slot(2, 0, "superman", 12), slotIn(3, Easing.FLARE, 0, "superman", 8),
                        slot(2, 1, "beetle", 10), slotIn(3, Easing.FLARE, 1, "beetle", 11))
                .penalizesBy(3);
    }

    @Test
    void theWeekAfterAFlareRunsSeventyToEightyPercentOfTheLastFullWeek() {
        verifyThat(PlanConstraints::flareWeekEasesRunning)
                .given(athlete(), running(2, Easing.FLARE, 100, 100, 100, 34, 34, 3),
                        running(5, Easing.FLARE, 60, 100, 100, 30, 34, 2))
                .penalizesBy(20 + 10);
    }

    @Test
    void aFlareWeekInRangeOrAtItsShortestRunsIsNotPenalized() {
        verifyThat(PlanConstraints::flareWeekEasesRunning)
                .given(athlete(), running(2, Easing.FLARE, 75, 100, 100, 25, 34, 3),
                        running(5, Easing.FLARE, 40, 48, 48, 20, 33, 2))
                .penalizesBy(0);
    }

    @Test
    void aFlareWeekMayLeaveRunsOutWhileTheyAreAtTheirShortest() {
        verifyThat(PlanConstraints::runsPerWeek)
                .given(athlete(), running(2, Easing.FLARE, 40, 48, 48, 20, 33, 2),
                        running(3, Easing.NONE, 40, 48, 48, 20, 33, 2))
                .penalizesBy(1);
    }

    @Test
    void afterAMissedWeekTheLastCompletedWeekIsTheMostAWeekMayRun() {
        verifyThat(PlanConstraints::weeklyRunVolumeCap)
                .given(athlete(), running(3, Easing.REPEAT, 95, 0, 90, 32, 30, 3),
                        running(6, Easing.NONE, 95, 90, 90, 32, 30, 3))
                .penalizesBy(5);
    }

    @Test
    void aWeekMayAlwaysRunTheAthletesRunsAtTheirShortest() {
        // the last full week ran 40 minutes (logged), so +10% is 44, but three runs of 20 may follow
        verifyThat(PlanConstraints::weeklyRunVolumeCap)
                .given(athlete(), running(2, Easing.NONE, 60, 40, 40, 20, 20, 3))
                .penalizesBy(0);
    }

    @Test
    void daysThatAlreadyHappenedAreNotJudged() {
        Day pastNoTime = new Day(START, 0, 1, 0, true);
        Day pastDay = new Day(START.plusDays(1), 1, 1, 20, true);
        verifyThat(PlanConstraints::nothingOnUnavailableDays)
                .given(run(0, pastNoTime, 30))
                .penalizesBy(0);
        verifyThat(PlanConstraints::dayFitsAvailableMinutes)
                .given(athlete(), strengthWeek(1), run(0, pastDay, 60))
                .penalizesBy(0);
    }

    @Test
    void everySessionThatMovesOrChangesAgainstThePlanBeforeIsPenalized() {
        Run moved = run(0, day(2), 30);
        moved.setPreviousDay(day(1));
        Run stayed = run(1, day(4), 30);
        stayed.setPreviousDay(day(4));
        Run isNew = run(2, day(6), 30);
        StretchBlock changed = stretchBlock(day(0), 0, "cat-cow");
        changed.setPreviousStretch("supine-twist");
        StretchBlock added = stretchBlock(day(1), 0, "cat-cow");
        added.setPreviousStretch("");
        verifyThat(PlanConstraints::planStaysAsItWas)
                .given(moved, stayed, isNew, changed, added)
                .penalizesBy(3);
    }

    // ---------------------------------------------------------------- fixtures

    /** One rule's verification, with the entities given belonging to an athlete as in a plan. */
    private interface Verification {
        SingleConstraintAssertion given(Object... facts);
    }

    /**
     * Verifies one rule. As in a plan ({@code TrainingPlan.setEntities}), each run, slot and stretch block given
     * belongs to the athlete given with them, or to the usual athlete when none is.
     */
    private Verification verifyThat(BiFunction<PlanConstraints, ConstraintFactory, Constraint> rule) {
        return facts -> {
            Athlete athlete = Arrays.stream(facts).filter(Athlete.class::isInstance).map(Athlete.class::cast)
                    .findFirst().orElseGet(PlanConstraintsTest::athlete);
            for (Object fact : facts) {
                if (fact instanceof Run run) {
                    run.setAthlete(athlete);
                } else if (fact instanceof StretchBlock block) {
                    block.setAthlete(athlete);
                } else if (fact instanceof StrengthSlot slot) {
                    slot.setAthlete(athlete);
                }
            }
            return verifier.verifyThat(rule).given(facts);
        };
    }

    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final int WARMUP_MINUTES = 5;
    private static final int STRENGTH_CONTENT_MINUTES = 20;
    private static final int STRETCH_MINUTES = 3;
    private static final int CROSS_TRAINING_MINUTES = 30;
    private static final int DAY_MINUTES = 90;
    /** 3 runs a week, easy run 30 min, shortest run 20 min, target 135 min a week, an easier week every 4th. */
    private static final RunningLoad RUNNING = new RunningLoad(3, 30, 20, 135, 4, 3);

    /** Indoors, nothing painful, no equipment, general back care; 2 strength sessions and 3 runs a week. */
    private static Athlete athlete() {
        return athlete(Set.of(), false, Set.of(), false, Map.of(BodyArea.LOWER_BACK, 1, BodyArea.GLUTES, 1),
                Set.of());
    }

    private static Athlete athleteFindingPainful(String... exerciseIds) {
        return athlete(Set.of(exerciseIds), false, Set.of(), false, Map.of(), Set.of());
    }

    private static Athlete athleteWithHeelPain() {
        return athlete(Set.of(), true, Set.of(), false, Map.of(BodyArea.CALVES, 3), Set.of(BodyArea.CALVES));
    }

    private static Athlete athleteOwning(Equipment... equipment) {
        return athlete(Set.of(), false, Set.of(equipment), false, Map.of(), Set.of());
    }

    private static Athlete outdoorAthlete() {
        return athlete(Set.of(), false, Set.of(), true, Map.of(), Set.of());
    }

    private static Athlete athleteWithFocus(Map<BodyArea, Integer> focus) {
        return athlete(Set.of(), false, Set.of(Equipment.values()), false, focus, Set.of());
    }

    private static Athlete athleteWithFindings(BodyArea... findings) {
        return athlete(Set.of(), false, Set.of(Equipment.values()), false, Map.of(), Set.of(findings));
    }

    private static Athlete athlete(Set<String> painful, boolean heelPain, Set<Equipment> equipment, boolean outdoors,
            Map<BodyArea, Integer> focus, Set<BodyArea> findings) {
        return new Athlete("test-athlete", painful, heelPain, equipment, outdoors, focus, findings, 2,
                CATALOG.strengthDose(), 2, List.of(1, 2, 3, 4), WARMUP_MINUTES, RUNNING, Map.of());
    }

    /** The usual athlete, with exercises logged as painful from the given weeks (a plan made again). */
    private static Athlete athleteLoggingPain(Map<String, Integer> painfulFromWeek) {
        return new Athlete("test-athlete", Set.of(), false, Set.of(), false, Map.of(), Set.of(), 2,
                CATALOG.strengthDose(), 2, List.of(1, 2, 3, 4), WARMUP_MINUTES, RUNNING, painfulFromWeek);
    }

    private static Exercise exercise(String id) {
        return CATALOG.get(id);
    }

    /** A day of the plan (index from 0; week 1 is days 0-6) with the usual time. */
    private static Day day(int index) {
        return day(index, DAY_MINUTES);
    }

    private static Day day(int index, int availableMinutes) {
        return new Day(START.plusDays(index), index, index / 7 + 1, availableMinutes);
    }

    private static Week week(int number) {
        List<Day> days = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            days.add(day((number - 1) * 7 + d));
        }
        return new Week(number, days, RUNNING.isCutbackWeek(number));
    }

    /** A strength slot at the catalog's 3 sets. */
    private static StrengthSlot slot(int week, int position, String exerciseId, int reps) {
        StrengthSlot slot = StrengthSlot.fixed(week, position, exercise(exerciseId), CATALOG.strengthDose().sets(),
                reps);
        slot.placeIn(week(week));
        return slot;
    }

    /** A strength slot in a week eased as given (after a flare, say). */
    private static StrengthSlot slotIn(int week, Easing easing, int position, String exerciseId, int reps) {
        StrengthSlot slot = StrengthSlot.fixed(week, position, exercise(exerciseId), CATALOG.strengthDose().sets(),
                reps);
        slot.placeIn(new Week(week, week(week).availableDays(), easing, false));
        return slot;
    }

    /** A week whose strength set takes 20 minutes: the day rule reads a strength session's minutes from it. */
    private static StrengthWeek strengthWeek(int number) {
        return StrengthWeek.of(number, STRENGTH_CONTENT_MINUTES * 60);
    }

    /** The index-th strength session of the day's week, on that day, with 20 minutes of content. */
    private static StrengthSession strength(int index, Day day) {
        return StrengthSession.of(week(day.week()), index, day, strengthWeek(day.week()));
    }

    private static StrengthSession unscheduledStrength(int weekNumber, int index) {
        return StrengthSession.of(week(weekNumber), index, null, strengthWeek(weekNumber));
    }

    /** The index-th run of the day's week, on that day, of the given length. */
    private static Run run(int index, Day day, int minutes) {
        return Run.fixed(week(day.week()), index, day, minutes);
    }

    private static Run unscheduledRun(int weekNumber, int index) {
        return new Run(week(weekNumber), index);
    }

    /** A week's running: its minutes, the week before's, the reference of the 10% rule, longest runs, run count. */
    private static RunningWeek running(int week, int volume, int previous, int reference, int longest,
            int longestBefore, int runs) {
        return running(week, RUNNING.isCutbackWeek(week) ? Easing.CUTBACK : Easing.NONE, volume, previous, reference,
                longest, longestBefore, runs);
    }

    private static RunningWeek running(int week, Easing easing, int volume, int previous, int reference, int longest,
            int longestBefore, int runs) {
        return RunningWeek.of(week, easing,
                new RunningWeek.Figures(volume, previous, reference, longest, longestBefore, runs));
    }

    private static StretchBlock stretchBlock(Day day, int order, String exerciseId) {
        return StretchBlock.of(day, order, new Stretch(exercise(exerciseId), STRETCH_MINUTES));
    }

    private static StretchBlock emptyStretchBlock(Day day, int order) {
        return new StretchBlock(day, order);
    }

    private static CrossTrainingBlock crossTraining(Day day, CrossTraining activity) {
        return CrossTrainingBlock.of(day, CROSS_TRAINING_MINUTES, activity);
    }

    private static CrossTrainingBlock emptyCrossTrainingBlock(Day day) {
        return new CrossTrainingBlock(day, CROSS_TRAINING_MINUTES);
    }
}
