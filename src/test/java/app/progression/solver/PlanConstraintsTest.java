package app.progression.solver;

import app.progression.catalog.BodyArea;
import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.catalog.Equipment;
import app.progression.catalog.Exercise;
import app.progression.domain.Athlete;
import app.progression.domain.CrossTrainingBlock;
import app.progression.domain.Day;
import app.progression.domain.PastRun;
import app.progression.domain.ProgressionStep;
import app.progression.domain.Run;
import app.progression.domain.StrengthSession;
import app.progression.domain.StrengthSlot;
import app.progression.domain.Stretch;
import app.progression.domain.StretchBlock;
import app.progression.domain.TrainingPlan;
import app.progression.domain.Week;
import app.progression.profile.CrossTraining;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/**
 * One rule at a time: for every constraint a case where it fires (with the exact match weight) and one where it
 * does not. The verifier reports match weights, so no {@code ConstraintWeights} fact is needed (checked: giving one
 * with a changed weight does not change the result).
 */
class PlanConstraintsTest {

    private static final Catalog CATALOG = CatalogLoader.builtIn();

    private final ConstraintVerifier<PlanConstraints, TrainingPlan> verifier = ConstraintVerifier.build(
            new PlanConstraints(), TrainingPlan.class, StrengthSlot.class, StrengthSession.class, Run.class,
            StretchBlock.class, CrossTrainingBlock.class);

    // ---------------------------------------------------------------- what may be planned at all

    @Test
    void painfulStrengthExerciseIsPenalized() {
        verifier.verifyThat(PlanConstraints::painfulExerciseNeverPlanned)
                .given(athleteFindingPainful("superman"), slot(1, 0, "superman", 8), slot(1, 1, "beetle", 8))
                .penalizesBy(1);
    }

    @Test
    void painfulStretchIsPenalized() {
        verifier.verifyThat(PlanConstraints::painfulExerciseNeverPlanned)
                .given(athleteFindingPainful("cat-cow"), stretchBlock(day(0), 0, "cat-cow"))
                .penalizesBy(1);
    }

    @Test
    void painFreeExercisesAreNotPenalized() {
        verifier.verifyThat(PlanConstraints::painfulExerciseNeverPlanned)
                .given(athleteFindingPainful("superman"), slot(1, 0, "beetle", 8), stretchBlock(day(0), 0, "cat-cow"),
                        emptyStretchBlock(day(1), 0))
                .penalizesBy(0);
    }

    @Test
    void stretchNeedingEquipmentTheAthleteLacksIsPenalized() {
        verifier.verifyThat(PlanConstraints::equipmentAvailable)
                .given(athleteOwning(Equipment.STRAP), stretchBlock(day(0), 0, "smr-calves-calf-stretch"),
                        stretchBlock(day(0), 1, "active-hamstring-strap-stretch"))
                .penalizesBy(1);
    }

    @Test
    void stretchWithOwnedOrNoEquipmentIsNotPenalized() {
        verifier.verifyThat(PlanConstraints::equipmentAvailable)
                .given(athleteOwning(Equipment.FOAM_ROLLER), stretchBlock(day(0), 0, "smr-calves-calf-stretch"),
                        stretchBlock(day(0), 1, "cat-cow"), slot(1, 0, "superman", 8))
                .penalizesBy(0);
    }

    @Test
    void outdoorOnlyExerciseForIndoorAthleteIsPenalized() {
        verifier.verifyThat(PlanConstraints::trainingSettingRespected)
                .given(athlete(), slot(5, 0, "forward-jump-squats", 8))
                .penalizesBy(1);
    }

    @Test
    void indoorExerciseWithOutdoorReplacementForOutdoorAthleteIsPenalized() {
        verifier.verifyThat(PlanConstraints::trainingSettingRespected)
                .given(outdoorAthlete(), slot(5, 0, "single-leg-jump-squats", 8))
                .penalizesBy(1);
    }

    @Test
    void exercisesMatchingTheTrainingSettingAreNotPenalized() {
        verifier.verifyThat(PlanConstraints::trainingSettingRespected)
                .given(outdoorAthlete(), slot(5, 0, "forward-jump-squats", 8), slot(5, 1, "superman", 8))
                .penalizesBy(0);
        verifier.verifyThat(PlanConstraints::trainingSettingRespected)
                .given(athlete(), slot(5, 0, "single-leg-jump-squats", 8), slot(5, 1, "superman", 8))
                .penalizesBy(0);
    }

    // ---------------------------------------------------------------- the strength ladder

    @Test
    void firstWeekSlotOffTheStartingRungsIsPenalized() {
        verifier.verifyThat(PlanConstraints::firstWeekStartsAtFirstPainFreeRungs)
                .given(athlete(), slot(1, 0, "single-leg-bridge", 8), slot(1, 1, "beetle", 8))
                .penalizesBy(1);
    }

    @Test
    void firstWeekSlotAboveTheLowestRepsIsPenalized() {
        verifier.verifyThat(PlanConstraints::firstWeekStartsAtFirstPainFreeRungs)
                .given(athlete(), slot(1, 0, "superman", 9), slot(1, 1, "single-leg-bridge", 10))
                .penalizesBy(2);
    }

    @Test
    void firstWeekAtTheStartingRungsAndLowestRepsIsNotPenalized() {
        verifier.verifyThat(PlanConstraints::firstWeekStartsAtFirstPainFreeRungs)
                .given(athlete(), slot(1, 0, "superman", 8), slot(1, 1, "beetle", 8),
                        slot(1, 2, "single-leg-balance", 8), slot(1, 3, "high-plank-leg-lifts", 8),
                        slot(2, 0, "single-leg-bridge", 10))
                .penalizesBy(0);
    }

    @Test
    void repsAboveTheRangeArePenalizedPerRep() {
        verifier.verifyThat(PlanConstraints::strengthDoseInRange)
                .given(athlete(), slot(2, 0, "superman", 14))
                .penalizesBy(2);
    }

    @Test
    void tooFewRepsAndWrongSetCountArePenalizedTogether() {
        verifier.verifyThat(PlanConstraints::strengthDoseInRange)
                .given(athlete(), StrengthSlot.of(2, 0, exercise("superman"), 2, 6))
                .penalizesBy(3);
    }

    @Test
    void doseWithinRangeIsNotPenalized() {
        verifier.verifyThat(PlanConstraints::strengthDoseInRange)
                .given(athlete(), slot(1, 0, "superman", 8), slot(1, 1, "beetle", 10), slot(1, 2, "single-leg-balance", 12))
                .penalizesBy(0);
    }

    @Test
    void repIncreaseBeyondTheAllowedStepIsPenalized() {
        verifier.verifyThat(PlanConstraints::repsBuildGradually)
                .given(athlete(), slot(1, 0, "superman", 8), slot(2, 0, "superman", 11))
                .penalizesBy(1);
    }

    @Test
    void losingRepsOnAKeptExerciseIsPenalizedPerRep() {
        verifier.verifyThat(PlanConstraints::repsBuildGradually)
                .given(athlete(), slot(1, 0, "superman", 11), slot(2, 0, "superman", 8))
                .penalizesBy(3);
    }

    @Test
    void repsBuildingWithinTheAllowedStepAreNotPenalized() {
        verifier.verifyThat(PlanConstraints::repsBuildGradually)
                .given(athlete(), slot(1, 0, "superman", 8), slot(2, 0, "superman", 10),
                        slot(1, 1, "beetle", 9), slot(2, 1, "beetle", 9),
                        // a swap is for the replacement rules, not this one
                        slot(2, 2, "single-leg-balance", 12), slot(3, 2, "single-leg-balance-reach", 8))
                .penalizesBy(0);
    }

    @Test
    void swapBeforeReachingTwelveIsPenalizedByMissingReps() {
        verifier.verifyThat(PlanConstraints::swapOnlyAfterWeekAtTwelve)
                .given(athlete(), slot(1, 0, "superman", 10), slot(2, 0, "beetle", 8))
                .penalizesBy(2);
    }

    @Test
    void swapAfterAWeekAtTwelveIsNotPenalized() {
        verifier.verifyThat(PlanConstraints::swapOnlyAfterWeekAtTwelve)
                .given(athlete(), slot(1, 0, "superman", 12), slot(2, 0, "beetle", 8),
                        slot(1, 1, "single-leg-balance", 9), slot(2, 1, "single-leg-balance", 10))
                .penalizesBy(0);
    }

    @Test
    void replacementOnAnEarlierRungIsPenalized() {
        verifier.verifyThat(PlanConstraints::replacementIsHarder)
                .given(slot(1, 0, "beetle", 12), slot(2, 0, "superman", 8))
                .penalizesBy(1);
    }

    @Test
    void replacingAFullExerciseWithItsEasierVariantIsPenalized() {
        verifier.verifyThat(PlanConstraints::replacementIsHarder)
                .given(slot(1, 0, "single-leg-balance-reach", 12), slot(2, 0, "single-leg-balance", 8))
                .penalizesBy(1);
    }

    @Test
    void laterRungOrFullVersionAsReplacementIsNotPenalized() {
        verifier.verifyThat(PlanConstraints::replacementIsHarder)
                .given(slot(1, 0, "superman", 12), slot(2, 0, "beetle", 8),
                        slot(1, 1, "single-leg-balance", 12), slot(2, 1, "single-leg-balance-reach", 8))
                .penalizesBy(0);
    }

    @Test
    void replacementStartingAboveTheLowestRepsIsPenalizedPerRep() {
        verifier.verifyThat(PlanConstraints::replacementStartsAtEight)
                .given(athlete(), slot(1, 0, "superman", 12), slot(2, 0, "beetle", 10))
                .penalizesBy(2);
    }

    @Test
    void replacementAtTheLowestRepsIsNotPenalized() {
        verifier.verifyThat(PlanConstraints::replacementStartsAtEight)
                .given(athlete(), slot(1, 0, "superman", 12), slot(2, 0, "beetle", 8),
                        slot(1, 1, "single-leg-balance", 9), slot(2, 1, "single-leg-balance", 10))
                .penalizesBy(0);
    }

    @Test
    void everySwapBeyondTheFirstInAWeekIsPenalized() {
        verifier.verifyThat(PlanConstraints::oneSwapPerWeek)
                .given(slot(1, 0, "superman", 12), slot(1, 1, "beetle", 12), slot(1, 2, "single-leg-balance", 12),
                        slot(2, 0, "single-leg-bridge", 8), slot(2, 1, "low-side-plank-lifts", 8),
                        slot(2, 2, "quadruped-limb-raises", 8))
                .penalizesBy(2);
    }

    @Test
    void oneSwapInEachOfTwoWeeksIsNotPenalized() {
        verifier.verifyThat(PlanConstraints::oneSwapPerWeek)
                .given(slot(1, 0, "superman", 12), slot(1, 1, "beetle", 12),
                        slot(2, 0, "single-leg-bridge", 8), slot(2, 1, "beetle", 12),
                        slot(3, 0, "single-leg-bridge", 9), slot(3, 1, "low-side-plank-lifts", 8))
                .penalizesBy(0);
    }

    @Test
    void sameExerciseTwiceInAWeekIsPenalized() {
        verifier.verifyThat(PlanConstraints::noExerciseTwiceInASet)
                .given(slot(1, 0, "superman", 8), slot(1, 1, "beetle", 8), slot(1, 2, "superman", 8))
                .penalizesBy(1);
    }

    @Test
    void sameExerciseThreeTimesInAWeekIsPenalizedPerPair() {
        verifier.verifyThat(PlanConstraints::noExerciseTwiceInASet)
                .given(slot(1, 0, "superman", 8), slot(1, 1, "superman", 8), slot(1, 2, "superman", 8))
                .penalizesBy(3);
    }

    @Test
    void sameExerciseInDifferentWeeksIsNotPenalized() {
        verifier.verifyThat(PlanConstraints::noExerciseTwiceInASet)
                .given(slot(1, 0, "superman", 8), slot(1, 1, "beetle", 8), slot(2, 0, "superman", 9),
                        slot(2, 1, "beetle", 9))
                .penalizesBy(0);
    }

    // ---------------------------------------------------------------- the week's sessions

    @Test
    void weekWithTooFewStrengthSessionsIsPenalized() {
        verifier.verifyThat(PlanConstraints::strengthSessionsPerWeek)
                .given(athlete(), strength(0, day(0)), unscheduledStrength(1, 1))
                .penalizesBy(1);
    }

    @Test
    void weekWithTooManyStrengthSessionsIsPenalized() {
        verifier.verifyThat(PlanConstraints::strengthSessionsPerWeek)
                .given(athlete(), strength(0, day(0)), strength(1, day(2)), strength(2, day(4)),
                        strength(0, day(7)), strength(1, day(9)))
                .penalizesBy(1);
    }

    @Test
    void weeksWithTheAthletesStrengthSessionCountAreNotPenalized() {
        verifier.verifyThat(PlanConstraints::strengthSessionsPerWeek)
                .given(athlete(), strength(0, day(0)), strength(1, day(3)), strength(0, day(8)), strength(1, day(11)))
                .penalizesBy(0);
    }

    @Test
    void weekWithTooFewRunsIsPenalized() {
        verifier.verifyThat(PlanConstraints::runsPerWeek)
                .given(athlete(), run(0, day(0), 30), run(1, day(2), 30), unscheduledRun(1, 2))
                .penalizesBy(1);
    }

    @Test
    void weekWithTheAthletesRunCountIsNotPenalized() {
        verifier.verifyThat(PlanConstraints::runsPerWeek)
                .given(athlete(), run(0, day(0), 30), run(1, day(2), 30), run(2, day(4), 30))
                .penalizesBy(0);
    }

    @Test
    void strengthOnConsecutiveDaysIsPenalized() {
        verifier.verifyThat(PlanConstraints::noStrengthOnConsecutiveDays)
                .given(strength(0, day(2)), strength(1, day(3)))
                .penalizesBy(1);
    }

    @Test
    void strengthOnConsecutiveDaysAcrossAWeekBoundaryIsPenalized() {
        verifier.verifyThat(PlanConstraints::noStrengthOnConsecutiveDays)
                .given(strength(0, day(6)), strength(0, day(7)))
                .penalizesBy(1);
    }

    @Test
    void strengthThreeDaysInARowIsPenalizedPerNeighbouringPair() {
        verifier.verifyThat(PlanConstraints::noStrengthOnConsecutiveDays)
                .given(strength(0, day(0)), strength(1, day(1)), strength(2, day(2)))
                .penalizesBy(2);
    }

    @Test
    void twoStrengthSessionsOnOneDayArePenalized() {
        verifier.verifyThat(PlanConstraints::noStrengthOnConsecutiveDays)
                .given(strength(0, day(4)), strength(1, day(4)))
                .penalizesBy(1);
    }

    @Test
    void strengthWithADayBetweenIsNotPenalized() {
        verifier.verifyThat(PlanConstraints::noStrengthOnConsecutiveDays)
                .given(strength(0, day(0)), strength(1, day(2)), strength(2, day(4)), unscheduledStrength(1, 3))
                .penalizesBy(0);
    }

    @Test
    void sessionsOnAnUnavailableDayArePenalized() {
        Day noTime = day(1, 0);
        verifier.verifyThat(PlanConstraints::nothingOnUnavailableDays)
                .given(run(0, noTime, 30), stretchBlock(noTime, 0, "cat-cow"), run(1, day(2), 30))
                .penalizesBy(2);
    }

    @Test
    void sessionsOnAvailableDaysAreNotPenalized() {
        verifier.verifyThat(PlanConstraints::nothingOnUnavailableDays)
                .given(run(0, day(0), 30), strength(0, day(1)), stretchBlock(day(0), 0, "cat-cow"),
                        crossTraining(day(2), CrossTraining.YOGA), emptyStretchBlock(day(1, 0), 0))
                .penalizesBy(0);
    }

    @Test
    void dayOverItsAvailableMinutesIsPenalizedPerMinuteOver() {
        Day day = day(0, 45);
        // run 5 + 40, stretch 3: 48 minutes on a 45-minute day
        verifier.verifyThat(PlanConstraints::dayFitsAvailableMinutes)
                .given(run(0, day, 40), stretchBlock(day, 0, "cat-cow"))
                .penalizesBy(3);
    }

    @Test
    void dayIncludingStrengthWarmUpAndContentOverItsMinutesIsPenalized() {
        Day day = day(0, 60);
        // run 5 + 40, strength 5 + 20: 70 minutes on a 60-minute day
        verifier.verifyThat(PlanConstraints::dayFitsAvailableMinutes)
                .given(run(0, day, 40), strength(0, day))
                .penalizesBy(10);
    }

    @Test
    void dayFilledExactlyIsNotPenalized() {
        Day day = day(0, 48);
        verifier.verifyThat(PlanConstraints::dayFitsAvailableMinutes)
                .given(run(0, day, 40), stretchBlock(day, 0, "cat-cow"), emptyStretchBlock(day, 1),
                        emptyCrossTrainingBlock(day), run(1, day(2, 0), 30))
                .penalizesBy(0);
    }

    @Test
    void runLongerThanTenPercentOverTheLongestRecentRunIsPenalized() {
        verifier.verifyThat(PlanConstraints::runLengthCap)
                .given(new PastRun(-2, 30), run(0, day(3), 34))
                .penalizesBy(1);
    }

    @Test
    void runLengthCapComparesWithTheLongestOfTheRecentRuns() {
        verifier.verifyThat(PlanConstraints::runLengthCap)
                .given(new PastRun(-3, 20), new PastRun(-1, 30), run(0, day(2), 40))
                .penalizesBy(7);
    }

    @Test
    void runLengthCapComparesWithEarlierPlannedRuns() {
        verifier.verifyThat(PlanConstraints::runLengthCap)
                .given(new PastRun(-1, 30), run(0, day(0), 30), run(1, day(2), 35))
                .penalizesBy(2);
    }

    @Test
    void runLengthCapIgnoresRunsMoreThanThirtyDaysBefore() {
        // the 60-minute run on day -2 is 31 days before day 29; only the 30-minute run on day 20 counts
        verifier.verifyThat(PlanConstraints::runLengthCap)
                .given(new PastRun(-2, 60), run(0, day(20), 30), run(1, day(29), 34))
                .penalizesBy(1);
    }

    @Test
    void runWithinTenPercentOfTheLongestRecentRunIsNotPenalized() {
        verifier.verifyThat(PlanConstraints::runLengthCap)
                .given(new PastRun(-1, 40), new PastRun(-4, 20), run(0, day(29), 44), run(1, day(2), 30))
                .penalizesBy(0);
    }

    @Test
    void weekRunningMoreThanTenPercentOverTheWeekBeforeIsPenalized() {
        // 60 minutes before the plan, 70 in week 1: 4 over the cap of 66
        verifier.verifyThat(PlanConstraints::weeklyRunVolumeCap)
                .given(new PastRun(-1, 30), new PastRun(-4, 30), run(0, day(0), 35), run(1, day(3), 35))
                .penalizesBy(4);
    }

    @Test
    void weeklyRunVolumeOverrunIsRoundedUpToWholeMinutes() {
        // 60 then 67: one minute over the cap of 66 (a tenth over would also count as a whole minute)
        verifier.verifyThat(PlanConstraints::weeklyRunVolumeCap)
                .given(new PastRun(-1, 30), new PastRun(-4, 30), run(0, day(0), 35), run(1, day(3), 32))
                .penalizesBy(1);
    }

    @Test
    void laterWeekRunningMoreThanTenPercentOverItsPredecessorIsPenalized() {
        verifier.verifyThat(PlanConstraints::weeklyRunVolumeCap)
                .given(new PastRun(-1, 30), new PastRun(-4, 30), run(0, day(0), 30), run(1, day(3), 30),
                        run(0, day(7), 35), run(1, day(10), 35))
                .penalizesBy(4);
    }

    @Test
    void weeklyRunVolumeWithinTenPercentIsNotPenalized() {
        verifier.verifyThat(PlanConstraints::weeklyRunVolumeCap)
                .given(new PastRun(-1, 30), new PastRun(-4, 30), run(0, day(0), 33), run(1, day(3), 33),
                        run(0, day(7), 30), run(1, day(10), 30), unscheduledRun(2, 2))
                .penalizesBy(0);
    }

    @Test
    void twoRunsOnOneDayArePenalized() {
        verifier.verifyThat(PlanConstraints::oneRunADay)
                .given(run(0, day(0), 30), run(1, day(0), 20), run(2, day(3), 30))
                .penalizesBy(1);
    }

    @Test
    void threeRunsOnOneDayArePenalizedPerPair() {
        verifier.verifyThat(PlanConstraints::oneRunADay)
                .given(run(0, day(0), 30), run(1, day(0), 20), run(2, day(0), 30))
                .penalizesBy(3);
    }

    @Test
    void runsOnDifferentDaysAreNotPenalized() {
        verifier.verifyThat(PlanConstraints::oneRunADay)
                .given(run(0, day(0), 30), run(1, day(1), 20), run(2, day(3), 30), unscheduledRun(1, 3))
                .penalizesBy(0);
    }

    // ---------------------------------------------------------------- trade-offs: progression

    @Test
    void slotsAreRewardedForLadderRankAndReps() {
        // superman: rank 2, 8 reps -> 12; beetle: rank 4, 10 reps -> 26
        verifier.verifyThat(PlanConstraints::progressToHarderRungs)
                .given(athlete(), slot(1, 0, "superman", 8), slot(2, 0, "beetle", 10))
                .rewardsWith(38);
    }

    @Test
    void fullExerciseIsRewardedOneStepAboveItsEasierVariant() {
        verifier.verifyThat(PlanConstraints::progressToHarderRungs)
                .given(athlete(), slot(1, 0, "single-leg-balance", 8))
                .rewardsWith(30);
        verifier.verifyThat(PlanConstraints::progressToHarderRungs)
                .given(athlete(), slot(1, 0, "single-leg-balance-reach", 8))
                .rewardsWith(36);
    }

    @Test
    void slotWithoutAnExerciseIsNotRewarded() {
        StrengthSlot empty = new StrengthSlot(1, 0, 3);
        empty.setStep(ProgressionStep.HOLD);
        verifier.verifyThat(PlanConstraints::progressToHarderRungs)
                .given(athlete(), empty)
                .rewardsWith(0);
    }

    @Test
    void twoExercisesOfOneRegionInAWeekArePenalized() {
        verifier.verifyThat(PlanConstraints::mixedBodyRegions)
                .given(slot(3, 0, "superman", 12), slot(3, 1, "beetle", 12), slot(3, 2, "quadruped-limb-raises", 8))
                .penalizesBy(1);
    }

    @Test
    void threeExercisesOfOneRegionInAWeekArePenalizedPerPair() {
        verifier.verifyThat(PlanConstraints::mixedBodyRegions)
                .given(slot(5, 0, "beetle", 12), slot(5, 1, "high-plank-leg-lifts", 12),
                        slot(5, 2, "high-plank-limb-raises", 8))
                .penalizesBy(3);
    }

    @Test
    void weekOfDifferentRegionsIsNotPenalized() {
        verifier.verifyThat(PlanConstraints::mixedBodyRegions)
                .given(slot(1, 0, "superman", 8), slot(1, 1, "beetle", 8), slot(1, 2, "single-leg-balance", 8),
                        slot(1, 3, "single-leg-bridge", 8), slot(2, 0, "quadruped-limb-raises", 8))
                .penalizesBy(0);
    }

    // ---------------------------------------------------------------- trade-offs: the shape of the week

    @Test
    void runsOnConsecutiveDaysArePenalized() {
        verifier.verifyThat(PlanConstraints::runsNotBackToBack)
                .given(run(0, day(0), 30), run(1, day(1), 30), run(2, day(4), 30))
                .penalizesBy(1);
    }

    @Test
    void runsOnConsecutiveDaysAcrossAWeekBoundaryArePenalized() {
        verifier.verifyThat(PlanConstraints::runsNotBackToBack)
                .given(run(0, day(6), 30), run(0, day(7), 30))
                .penalizesBy(1);
    }

    @Test
    void runsThreeDaysInARowArePenalizedPerNeighbouringPair() {
        verifier.verifyThat(PlanConstraints::runsNotBackToBack)
                .given(run(0, day(0), 30), run(1, day(1), 30), run(2, day(2), 30))
                .penalizesBy(2);
    }

    @Test
    void runsWithADayBetweenAreNotPenalized() {
        verifier.verifyThat(PlanConstraints::runsNotBackToBack)
                .given(run(0, day(0), 30), run(1, day(2), 30), run(2, day(4), 30), unscheduledRun(1, 3))
                .penalizesBy(0);
    }

    @Test
    void runTheDayAfterStrengthIsPenalized() {
        verifier.verifyThat(PlanConstraints::noRunAfterStrength)
                .given(strength(0, day(1)), run(0, day(2), 30))
                .penalizesBy(1);
    }

    @Test
    void runBeforeOnOrTwoDaysAfterStrengthIsNotPenalized() {
        verifier.verifyThat(PlanConstraints::noRunAfterStrength)
                .given(strength(0, day(2)), run(0, day(1), 30), run(1, day(2), 30), run(2, day(4), 30))
                .penalizesBy(0);
    }

    @Test
    void weekWithWorkoutsOnAllSevenDaysIsPenalized() {
        verifier.verifyThat(PlanConstraints::restDayEachWeek)
                .given(strength(0, day(0)), strength(1, day(3)),
                        run(0, day(1), 30), run(1, day(4), 30), run(2, day(6), 30),
                        crossTraining(day(2), CrossTraining.SWIMMING), crossTraining(day(5), CrossTraining.YOGA))
                .penalizesBy(1);
    }

    @Test
    void weekWithOnlyStretchingOnOneDayIsNotPenalized() {
        verifier.verifyThat(PlanConstraints::restDayEachWeek)
                .given(strength(0, day(0)), strength(1, day(3)),
                        run(0, day(1), 30), run(1, day(4), 30), run(2, day(6), 30),
                        crossTraining(day(2), CrossTraining.SWIMMING), stretchBlock(day(5), 0, "cat-cow"),
                        emptyCrossTrainingBlock(day(5)))
                .penalizesBy(0);
    }

    @Test
    void sevenBusyDaysSpreadOverTwoWeeksAreNotPenalized() {
        verifier.verifyThat(PlanConstraints::restDayEachWeek)
                .given(run(0, day(3), 30), run(1, day(4), 30), run(2, day(5), 30), run(3, day(6), 30),
                        run(0, day(7), 30), run(1, day(8), 30), run(2, day(9), 30))
                .penalizesBy(0);
    }

    @Test
    void strengthSharingADayWithRunAndCrossTrainingIsPenalizedForEach() {
        verifier.verifyThat(PlanConstraints::strengthApartFromCardio)
                .given(strength(0, day(0)), run(0, day(0), 30), crossTraining(day(0), CrossTraining.CYCLING))
                .penalizesBy(2);
    }

    @Test
    void strengthWithOnlyStretchingOnItsDayIsNotPenalized() {
        verifier.verifyThat(PlanConstraints::strengthApartFromCardio)
                .given(strength(0, day(0)), stretchBlock(day(0), 0, "cat-cow"), emptyCrossTrainingBlock(day(0)),
                        run(0, day(1), 30), crossTraining(day(2), CrossTraining.CYCLING))
                .penalizesBy(0);
    }

    // ---------------------------------------------------------------- trade-offs: flexibility

    @Test
    void runWithoutStretchingOnItsDayIsPenalized() {
        verifier.verifyThat(PlanConstraints::flexibilityAfterEveryRun)
                .given(run(0, day(0), 30), stretchBlock(day(1), 0, "cat-cow"),
                        run(1, day(2), 30), stretchBlock(day(2), 0, "supine-twist"))
                .penalizesBy(1);
    }

    @Test
    void emptyStretchBlockDoesNotCountAsStretchingAfterARun() {
        verifier.verifyThat(PlanConstraints::flexibilityAfterEveryRun)
                .given(run(0, day(0), 30), emptyStretchBlock(day(0), 0), emptyStretchBlock(day(0), 1))
                .penalizesBy(1);
    }

    @Test
    void runsWithStretchingOnTheirDaysAreNotPenalized() {
        verifier.verifyThat(PlanConstraints::flexibilityAfterEveryRun)
                .given(run(0, day(0), 30), emptyStretchBlock(day(0), 0), stretchBlock(day(0), 1, "cat-cow"),
                        run(1, day(2), 30), stretchBlock(day(2), 0, "supine-twist"), unscheduledRun(1, 2))
                .penalizesBy(0);
    }

    @Test
    void eachDayWithStretchingIsRewardedOnce() {
        verifier.verifyThat(PlanConstraints::flexibilityOnMostDays)
                .given(stretchBlock(day(0), 0, "cat-cow"), stretchBlock(day(0), 1, "supine-twist"),
                        stretchBlock(day(2), 0, "cat-cow"), emptyStretchBlock(day(3), 0))
                .rewardsWith(2);
    }

    @Test
    void emptyStretchBlocksAreNotRewarded() {
        verifier.verifyThat(PlanConstraints::flexibilityOnMostDays)
                .given(emptyStretchBlock(day(0), 0), emptyStretchBlock(day(1), 0))
                .rewardsWith(0);
    }

    @Test
    void stretchesAreRewardedByTheFocusOfTheAreasTheyTarget() {
        // focus: low back 1, glutes 1, calves 3 (heel pain)
        verifier.verifyThat(PlanConstraints::stretchesMatchFindings)
                .given(athleteWithFocus(Map.of(BodyArea.LOWER_BACK, 1, BodyArea.GLUTES, 1, BodyArea.CALVES, 3)),
                        stretchBlock(day(0), 0, "lying-figure-4-stretch"),
                        stretchBlock(day(0), 1, "smr-calves-calf-stretch"),
                        stretchBlock(day(1), 0, "kneeling-hip-flexor-stretch"))
                .rewardsWith(5);
    }

    @Test
    void stretchesForAreasWithoutFocusAreNotRewarded() {
        verifier.verifyThat(PlanConstraints::stretchesMatchFindings)
                .given(athleteWithFocus(Map.of(BodyArea.LOWER_BACK, 1, BodyArea.GLUTES, 1)),
                        stretchBlock(day(0), 0, "kneeling-hip-flexor-stretch"),
                        stretchBlock(day(0), 1, "active-hamstring-strap-stretch"), emptyStretchBlock(day(1), 0))
                .rewardsWith(0);
    }

    @Test
    void sameStretchTwiceInAWeekIsPenalized() {
        verifier.verifyThat(PlanConstraints::stretchesVaried)
                .given(stretchBlock(day(0), 0, "cat-cow"), stretchBlock(day(3), 1, "cat-cow"),
                        stretchBlock(day(3), 0, "supine-twist"))
                .penalizesBy(1);
    }

    @Test
    void sameStretchThreeTimesInAWeekIsPenalizedPerPair() {
        verifier.verifyThat(PlanConstraints::stretchesVaried)
                .given(stretchBlock(day(0), 0, "cat-cow"), stretchBlock(day(2), 0, "cat-cow"),
                        stretchBlock(day(4), 0, "cat-cow"))
                .penalizesBy(3);
    }

    @Test
    void sameStretchTwiceInOneSessionCountsThreeTimes() {
        verifier.verifyThat(PlanConstraints::stretchesVaried)
                .given(stretchBlock(day(1), 0, "kneeling-hip-flexor-stretch"),
                        stretchBlock(day(1), 1, "kneeling-hip-flexor-stretch"))
                .penalizesBy(3);
    }

    @Test
    void differentStretchesOrTheSameInDifferentWeeksAreNotPenalized() {
        verifier.verifyThat(PlanConstraints::stretchesVaried)
                .given(stretchBlock(day(0), 0, "cat-cow"), stretchBlock(day(0), 1, "supine-twist"),
                        stretchBlock(day(7), 0, "cat-cow"), emptyStretchBlock(day(3), 0), emptyStretchBlock(day(4), 0))
                .penalizesBy(0);
    }

    // ---------------------------------------------------------------- trade-offs: cross-training and running

    @Test
    void crossTrainingOnARunDayIsPenalized() {
        verifier.verifyThat(PlanConstraints::crossTrainingOnRunDay)
                .given(crossTraining(day(0), CrossTraining.SWIMMING), run(0, day(0), 30), run(1, day(0), 20),
                        crossTraining(day(1), CrossTraining.YOGA))
                .penalizesBy(1);
    }

    @Test
    void crossTrainingOnADayWithoutARunIsNotPenalized() {
        verifier.verifyThat(PlanConstraints::crossTrainingOnRunDay)
                .given(crossTraining(day(1), CrossTraining.SWIMMING), run(0, day(0), 30), unscheduledRun(1, 1),
                        emptyCrossTrainingBlock(day(0)))
                .penalizesBy(0);
    }

    @Test
    void crossTrainingOnADayWithoutRunOrStrengthIsRewarded() {
        verifier.verifyThat(PlanConstraints::activeRecoveryOnFreeDays)
                .given(run(0, day(0), 30), crossTraining(day(1), CrossTraining.CYCLING), strength(0, day(2)),
                        unscheduledStrength(1, 1), unscheduledRun(1, 1))
                .rewardsWith(1);
    }

    @Test
    void crossTrainingOnARunOrStrengthDayIsNotRewarded() {
        verifier.verifyThat(PlanConstraints::activeRecoveryOnFreeDays)
                .given(run(0, day(0), 30), crossTraining(day(0), CrossTraining.CYCLING),
                        strength(0, day(2)), crossTraining(day(2), CrossTraining.YOGA), emptyCrossTrainingBlock(day(3)))
                .rewardsWith(0);
    }

    @Test
    void sameCrossTrainingTwiceInAWeekIsPenalized() {
        verifier.verifyThat(PlanConstraints::crossTrainingVaried)
                .given(crossTraining(day(0), CrossTraining.SWIMMING), crossTraining(day(2), CrossTraining.SWIMMING),
                        crossTraining(day(4), CrossTraining.YOGA))
                .penalizesBy(1);
    }

    @Test
    void variedCrossTrainingIsNotPenalized() {
        verifier.verifyThat(PlanConstraints::crossTrainingVaried)
                .given(crossTraining(day(0), CrossTraining.SWIMMING), crossTraining(day(2), CrossTraining.CYCLING),
                        crossTraining(day(7), CrossTraining.SWIMMING), emptyCrossTrainingBlock(day(4)),
                        emptyCrossTrainingBlock(day(5)))
                .penalizesBy(0);
    }

    @Test
    void scheduledRunsAreRewardedByTheirMinutes() {
        verifier.verifyThat(PlanConstraints::easyRunVolume)
                .given(run(0, day(0), 30), run(1, day(2), 25), unscheduledRun(1, 2))
                .rewardsWith(55);
    }

    @Test
    void unscheduledRunsAreNotRewarded() {
        verifier.verifyThat(PlanConstraints::easyRunVolume)
                .given(unscheduledRun(1, 0), unscheduledRun(1, 1))
                .rewardsWith(0);
    }

    // ---------------------------------------------------------------- fixtures

    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final int WARMUP_MINUTES = 5;
    private static final int STRENGTH_CONTENT_MINUTES = 20;
    private static final int STRETCH_MINUTES = 3;
    private static final int CROSS_TRAINING_MINUTES = 30;
    private static final int DAY_MINUTES = 90;

    /** Indoors, nothing painful, no equipment, general back care; 2 strength sessions and 3 runs a week. */
    private static Athlete athlete() {
        return athlete(Set.of(), Set.of(), false, Map.of(BodyArea.LOWER_BACK, 1, BodyArea.GLUTES, 1));
    }

    private static Athlete athleteFindingPainful(String... exerciseIds) {
        return athlete(Set.of(exerciseIds), Set.of(), false, Map.of());
    }

    private static Athlete athleteOwning(Equipment... equipment) {
        return athlete(Set.of(), Set.of(equipment), false, Map.of());
    }

    private static Athlete outdoorAthlete() {
        return athlete(Set.of(), Set.of(), true, Map.of());
    }

    private static Athlete athleteWithFocus(Map<BodyArea, Integer> focus) {
        return athlete(Set.of(), Set.of(Equipment.values()), false, focus);
    }

    private static Athlete athlete(Set<String> painful, Set<Equipment> equipment, boolean outdoors,
            Map<BodyArea, Integer> focus) {
        return new Athlete("test-athlete", painful, equipment, outdoors, focus, 2, 3, CATALOG.strengthDose(), 2,
                List.of(1, 2, 3, 4));
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
        return new Week(number, days);
    }

    /** A strength slot at the catalog's 3 sets. */
    private static StrengthSlot slot(int week, int position, String exerciseId, int reps) {
        return StrengthSlot.of(week, position, exercise(exerciseId), CATALOG.strengthDose().sets(), reps);
    }

    /** The index-th strength session of the day's week, on that day: 5 minutes warm-up and 20 of content. */
    private static StrengthSession strength(int index, Day day) {
        StrengthSession session = unscheduledStrength(day.week(), index);
        session.setDay(day);
        return session;
    }

    private static StrengthSession unscheduledStrength(int weekNumber, int index) {
        StrengthSession session = new StrengthSession(week(weekNumber), index, WARMUP_MINUTES, 0);
        session.setContentMinutes(STRENGTH_CONTENT_MINUTES);
        return session;
    }

    /** The index-th run of the day's week, on that day, with 5 minutes of warm-up. */
    private static Run run(int index, Day day, int minutes) {
        Run run = new Run(week(day.week()), index, WARMUP_MINUTES);
        run.setDay(day);
        run.setMinutes(minutes);
        return run;
    }

    private static Run unscheduledRun(int weekNumber, int index) {
        Run run = new Run(week(weekNumber), index, WARMUP_MINUTES);
        run.setMinutes(30);
        return run;
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
