package app.progression.domain;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * Every rule of a plan, declared once: its id (used by the constraint and by weights files), its level and default
 * weight, whether it is a safety rule, and what it protects in a coach's words. The weights are set at run time (a
 * coach's weights file, a profile's {@code weights}) and reach OptaPlanner as its constraint configuration.
 */
@ConstraintConfiguration
public class ConstraintWeights {

    /**
     * The largest weight a coach may give. Scores are sums of long integers; with weights up to this and the bounded
     * minutes and counts of a plan (at most 52 weeks), no sum comes near overflowing.
     */
    public static final int MAX_WEIGHT = 1_000_000;

    /** One rule as the command line and the explanation show it. */
    public record RuleInfo(String id, boolean hard, int defaultWeight, boolean safety, String protects) {
    }

    public static final String PAINFUL_EXERCISE_NEVER_PLANNED = "painful-exercise-never-planned";
    @ConstraintWeight(PAINFUL_EXERCISE_NEVER_PLANNED)
    @Rule(protects = "An exercise the athlete cannot do slowly, without pain and with good form is "
            + "never planned; with heel pain, neither is jumping; nor, when a plan is made again, an exercise "
            + "logged with pain of 3 or more.", safety = true)
    private HardSoftLongScore painfulExerciseNeverPlanned = HardSoftLongScore.ofHard(1);

    public static final String EQUIPMENT_AVAILABLE = "equipment-available";
    @ConstraintWeight(EQUIPMENT_AVAILABLE)
    @Rule(protects = "Nothing is planned that needs equipment the athlete does not have.", safety = true)
    private HardSoftLongScore equipmentAvailable = HardSoftLongScore.ofHard(1);

    public static final String TRAINING_SETTING_RESPECTED = "training-setting-respected";
    @ConstraintWeight(TRAINING_SETTING_RESPECTED)
    @Rule(protects = "Outdoor-only exercises go to athletes who train outdoors, and replace their "
            + "indoor version for them.")
    private HardSoftLongScore trainingSettingRespected = HardSoftLongScore.ofHard(1);

    public static final String FIRST_WEEK_STARTS_AT_FIRST_PAIN_FREE_RUNGS = "first-week-starts-at-first-pain-free-rungs";
    @ConstraintWeight(FIRST_WEEK_STARTS_AT_FIRST_PAIN_FREE_RUNGS)
    @Rule(protects = "Week 1 is the first four pain-free rungs of the ladder at the lowest "
            + "repetitions.")
    private HardSoftLongScore firstWeekStartsAtFirstPainFreeRungs = HardSoftLongScore.ofHard(1);

    public static final String STRENGTH_DOSE_IN_RANGE = "strength-dose-in-range";
    @ConstraintWeight(STRENGTH_DOSE_IN_RANGE)
    @Rule(protects = "Every strength exercise is done at 3 sets of 8-12 repetitions.")
    private HardSoftLongScore strengthDoseInRange = HardSoftLongScore.ofHard(1);

    public static final String REPS_BUILD_GRADUALLY = "reps-build-gradually";
    @ConstraintWeight(REPS_BUILD_GRADUALLY)
    @Rule(protects = "An exercise kept from last week never loses repetitions and gains at most the "
            + "allowed increase; the week after a flare steps back by that much at most.")
    private HardSoftLongScore repsBuildGradually = HardSoftLongScore.ofHard(1);

    public static final String SWAP_ONLY_AFTER_WEEK_AT_TWELVE = "swap-only-after-week-at-twelve";
    @ConstraintWeight(SWAP_ONLY_AFTER_WEEK_AT_TWELVE)
    @Rule(protects = "An exercise leaves the set only after a week at the top of its repetition range "
            + "(unless it was logged as painful).")
    private HardSoftLongScore swapOnlyAfterWeekAtTwelve = HardSoftLongScore.ofHard(1);

    public static final String REPLACEMENT_IS_HARDER = "replacement-is-harder";
    @ConstraintWeight(REPLACEMENT_IS_HARDER)
    @Rule(protects = "What replaces an exercise is harder: a later rung, or the full version of an "
            + "easier variant; what replaces an exercise logged as painful may be easier.")
    private HardSoftLongScore replacementIsHarder = HardSoftLongScore.ofHard(1);

    public static final String REPLACEMENT_STARTS_AT_EIGHT = "replacement-starts-at-eight";
    @ConstraintWeight(REPLACEMENT_STARTS_AT_EIGHT)
    @Rule(protects = "A new exercise starts at the lowest repetitions.")
    private HardSoftLongScore replacementStartsAtEight = HardSoftLongScore.ofHard(1);

    public static final String ONE_SWAP_PER_WEEK = "one-swap-per-week";
    @ConstraintWeight(ONE_SWAP_PER_WEEK)
    @Rule(protects = "At most one exercise of the strength set changes from one week to the next.")
    private HardSoftLongScore oneSwapPerWeek = HardSoftLongScore.ofHard(1);

    public static final String NO_EXERCISE_TWICE_IN_A_SET = "no-exercise-twice-in-a-set";
    @ConstraintWeight(NO_EXERCISE_TWICE_IN_A_SET)
    @Rule(protects = "A week's strength set holds four different exercises.")
    private HardSoftLongScore noExerciseTwiceInASet = HardSoftLongScore.ofHard(1);

    public static final String STRENGTH_HOLDS_IN_CUTBACK_WEEKS = "strength-holds-in-cutback-weeks";
    @ConstraintWeight(STRENGTH_HOLDS_IN_CUTBACK_WEEKS)
    @Rule(protects = "An easier (cutback) week, or one repeating the load before a missed week, keeps the "
            + "previous week's strength set and repetitions.")
    private HardSoftLongScore strengthHoldsInCutbackWeeks = HardSoftLongScore.ofHard(1);

    public static final String STRENGTH_SESSIONS_PER_WEEK = "strength-sessions-per-week";
    @ConstraintWeight(STRENGTH_SESSIONS_PER_WEEK)
    @Rule(protects = "Every week has the athlete's number of strength sessions.")
    private HardSoftLongScore strengthSessionsPerWeek = HardSoftLongScore.ofHard(1);

    public static final String RUNS_PER_WEEK = "runs-per-week";
    @ConstraintWeight(RUNS_PER_WEEK)
    @Rule(protects = "Every week has the athlete's number of easy runs; an easier week may drop one (the "
            + "week after a flare as many as it takes) while its runs are at their shortest.")
    private HardSoftLongScore runsPerWeek = HardSoftLongScore.ofHard(1);

    public static final String NO_STRENGTH_ON_CONSECUTIVE_DAYS = "no-strength-on-consecutive-days";
    @ConstraintWeight(NO_STRENGTH_ON_CONSECUTIVE_DAYS)
    @Rule(protects = "Strength work never falls on two days in a row, across week boundaries too, so "
            + "the back recovers.", safety = true)
    private HardSoftLongScore noStrengthOnConsecutiveDays = HardSoftLongScore.ofHard(1);

    public static final String NOTHING_ON_UNAVAILABLE_DAYS = "nothing-on-unavailable-days";
    @ConstraintWeight(NOTHING_ON_UNAVAILABLE_DAYS)
    @Rule(protects = "Nothing is planned on a day the athlete has no time.")
    private HardSoftLongScore nothingOnUnavailableDays = HardSoftLongScore.ofHard(1);

    public static final String DAY_FITS_AVAILABLE_MINUTES = "day-fits-available-minutes";
    @ConstraintWeight(DAY_FITS_AVAILABLE_MINUTES)
    @Rule(protects = "A day's sessions and its warm-up fit the minutes the athlete has that day.")
    private HardSoftLongScore dayFitsAvailableMinutes = HardSoftLongScore.ofHard(1);

    public static final String ONE_WARM_UP_A_DAY = "one-warm-up-a-day";
    @ConstraintWeight(ONE_WARM_UP_A_DAY)
    @Rule(protects = "A day with a run or strength starts with one warm-up; the easy run comes before "
            + "strength and stretching comes last.")
    private HardSoftLongScore oneWarmUpADay = HardSoftLongScore.ofHard(1);

    public static final String NO_JUNK_RUNS = "no-junk-runs";
    @ConstraintWeight(NO_JUNK_RUNS)
    @Rule(protects = "No run is shorter than the athlete's minimum run (or their easy run, if that is "
            + "shorter): a run must be worth its warm-up.")
    private HardSoftLongScore noJunkRuns = HardSoftLongScore.ofHard(1);

    public static final String RUN_LENGTH_CAP = "run-length-cap";
    @ConstraintWeight(RUN_LENGTH_CAP)
    @Rule(protects = "A week's longest run is at most 110% of the longest run of the 30 days before "
            + "the week, so long runs never compound.", safety = true)
    private HardSoftLongScore runLengthCap = HardSoftLongScore.ofHard(1);

    public static final String WEEKLY_RUN_VOLUME_CAP = "weekly-run-volume-cap";
    @ConstraintWeight(WEEKLY_RUN_VOLUME_CAP)
    @Rule(protects = "A week's running exceeds the previous full week's by at most 10% (after an "
            + "easier week, the week before it counts; after a missed week, it repeats the last completed one); "
            + "the athlete's runs at their shortest are always allowed.", safety = true)
    private HardSoftLongScore weeklyRunVolumeCap = HardSoftLongScore.ofHard(1);

    public static final String WEEKLY_RUN_CEILING = "weekly-run-ceiling";
    @ConstraintWeight(WEEKLY_RUN_CEILING)
    @Rule(protects = "No week runs more than the athlete's running target (or their running before the "
            + "plan, if that was more).")
    private HardSoftLongScore weeklyRunCeiling = HardSoftLongScore.ofHard(1);

    public static final String CUTBACK_WEEK_EASES_RUNNING = "cutback-week-eases-running";
    @ConstraintWeight(CUTBACK_WEEK_EASES_RUNNING)
    @Rule(protects = "Every easier (cutback) week runs 70-85% of the week before, or as little as the "
            + "shortest runs allow.")
    private HardSoftLongScore cutbackWeekEasesRunning = HardSoftLongScore.ofHard(1);

    public static final String FLARE_WEEK_EASES_RUNNING = "flare-week-eases-running";
    @ConstraintWeight(FLARE_WEEK_EASES_RUNNING)
    @Rule(protects = "The week after a logged flare of the back runs 70-80% of the last full week, or as little as "
            + "the shortest runs allow.")
    private HardSoftLongScore flareWeekEasesRunning = HardSoftLongScore.ofHard(1);

    public static final String ONE_RUN_A_DAY = "one-run-a-day";
    @ConstraintWeight(ONE_RUN_A_DAY)
    @Rule(protects = "At most one run on a day.")
    private HardSoftLongScore oneRunADay = HardSoftLongScore.ofHard(1);

    public static final String PROGRESS_TO_HARDER_RUNGS = "progress-to-harder-rungs";
    @ConstraintWeight(PROGRESS_TO_HARDER_RUNGS)
    @Rule(protects = "The strength set moves on to harder pain-free rungs over the weeks instead of "
            + "standing still.")
    private HardSoftLongScore progressToHarderRungs = HardSoftLongScore.ofSoft(1);

    public static final String MIXED_BODY_REGIONS = "mixed-body-regions";
    @ConstraintWeight(MIXED_BODY_REGIONS)
    @Rule(protects = "Each week's strength set works different body regions.")
    private HardSoftLongScore mixedBodyRegions = HardSoftLongScore.ofSoft(20);

    public static final String RUNS_NOT_BACK_TO_BACK = "runs-not-back-to-back";
    @ConstraintWeight(RUNS_NOT_BACK_TO_BACK)
    @Rule(protects = "Runs are not on consecutive days.")
    private HardSoftLongScore runsNotBackToBack = HardSoftLongScore.ofSoft(30);

    public static final String NO_RUN_AFTER_STRENGTH = "no-run-after-strength";
    @ConstraintWeight(NO_RUN_AFTER_STRENGTH)
    @Rule(protects = "No run on the day after a strength session.")
    private HardSoftLongScore noRunAfterStrength = HardSoftLongScore.ofSoft(20);

    public static final String REST_DAY_EACH_WEEK = "rest-day-each-week";
    @ConstraintWeight(REST_DAY_EACH_WEEK)
    @Rule(protects = "Every week keeps at least one day without strength, running or cross-training.")
    private HardSoftLongScore restDayEachWeek = HardSoftLongScore.ofSoft(50);

    public static final String STRENGTH_APART_FROM_CARDIO = "strength-apart-from-cardio";
    @ConstraintWeight(STRENGTH_APART_FROM_CARDIO)
    @Rule(protects = "Strength sessions do not share a day with a run or cross-training.")
    private HardSoftLongScore strengthApartFromCardio = HardSoftLongScore.ofSoft(10);

    public static final String FLEXIBILITY_AFTER_EVERY_RUN = "flexibility-after-every-run";
    @ConstraintWeight(FLEXIBILITY_AFTER_EVERY_RUN)
    @Rule(protects = "Every run is followed by flexibility work on the same day.")
    private HardSoftLongScore flexibilityAfterEveryRun = HardSoftLongScore.ofSoft(30);

    public static final String FLEXIBILITY_ON_MOST_DAYS = "flexibility-on-most-days";
    @ConstraintWeight(FLEXIBILITY_ON_MOST_DAYS)
    @Rule(protects = "Most available days have some flexibility work.")
    private HardSoftLongScore flexibilityOnMostDays = HardSoftLongScore.ofSoft(10);

    public static final String FINDINGS_COVERED_TWICE_A_WEEK = "findings-covered-twice-a-week";
    @ConstraintWeight(FINDINGS_COVERED_TWICE_A_WEEK)
    @Rule(protects = "Each self-test finding (tight hip flexors, tight hamstrings, heel pain) gets a "
            + "stretch or release on at least two days a week.")
    private HardSoftLongScore findingsCoveredTwiceAWeek = HardSoftLongScore.ofSoft(40);

    public static final String FINDING_STRETCH_AFTER_EVERY_RUN = "finding-stretch-after-every-run";
    @ConstraintWeight(FINDING_STRETCH_AFTER_EVERY_RUN)
    @Rule(protects = "With a self-test finding, every run is followed by a stretch for a finding.")
    private HardSoftLongScore findingStretchAfterEveryRun = HardSoftLongScore.ofSoft(20);

    public static final String STRETCHES_MATCH_FINDINGS = "stretches-match-findings";
    @ConstraintWeight(STRETCHES_MATCH_FINDINGS)
    @Rule(protects = "Stretches target what the self-tests found, and the low back and glutes.")
    private HardSoftLongScore stretchesMatchFindings = HardSoftLongScore.ofSoft(4);

    public static final String STRETCHES_VARIED = "stretches-varied";
    @ConstraintWeight(STRETCHES_VARIED)
    @Rule(protects = "A week uses different stretches rather than one over and over; the same stretch "
            + "twice in one session counts three times.")
    private HardSoftLongScore stretchesVaried = HardSoftLongScore.ofSoft(8);

    public static final String CROSS_TRAINING_ON_RUN_DAY = "cross-training-on-run-day";
    @ConstraintWeight(CROSS_TRAINING_ON_RUN_DAY)
    @Rule(protects = "Cross-training goes on days without a run.")
    private HardSoftLongScore crossTrainingOnRunDay = HardSoftLongScore.ofSoft(30);

    public static final String ACTIVE_RECOVERY_ON_FREE_DAYS = "active-recovery-on-free-days";
    @ConstraintWeight(ACTIVE_RECOVERY_ON_FREE_DAYS)
    @Rule(protects = "Days without running or strength get low-impact active recovery from the "
            + "athlete's own list.")
    private HardSoftLongScore activeRecoveryOnFreeDays = HardSoftLongScore.ofSoft(10);

    public static final String CROSS_TRAINING_VARIED = "cross-training-varied";
    @ConstraintWeight(CROSS_TRAINING_VARIED)
    @Rule(protects = "A week's cross-training varies between the athlete's activities.")
    private HardSoftLongScore crossTrainingVaried = HardSoftLongScore.ofSoft(3);

    public static final String PLAN_STAYS_AS_IT_WAS = "plan-stays-as-it-was";
    @ConstraintWeight(PLAN_STAYS_AS_IT_WAS)
    @Rule(protects = "A plan made again from a log changes only what it must: every session that moves or changes "
            + "against the plan the athlete had counts against it.")
    private HardSoftLongScore planStaysAsItWas = HardSoftLongScore.ofSoft(30);

    public static final String EASY_RUN_VOLUME = "easy-run-volume";
    @ConstraintWeight(EASY_RUN_VOLUME)
    @Rule(protects = "Easy runs keep and build the athlete's running time within the caps, up to their "
            + "weekly target.")
    private HardSoftLongScore easyRunVolume = HardSoftLongScore.ofSoft(1);

    public static final String RUNS_ON_GROUP_DAYS = "runs-on-group-days";
    @ConstraintWeight(RUNS_ON_GROUP_DAYS)
    @Rule(protects = "Easy runs go on the team's group-run days when the athlete is available then "
            + "(team batches only).")
    private HardSoftLongScore runsOnGroupDays = HardSoftLongScore.ofSoft(25);

    public static final String COACH_CAPACITY = "coach-capacity";
    @ConstraintWeight(COACH_CAPACITY)
    @Rule(protects = "No strength session on a date the coach already supervises as many athletes as "
            + "they can (team batches only).")
    private HardSoftLongScore coachCapacity = HardSoftLongScore.ofHard(1);

    /** Every rule, in the order above. */
    public static List<RuleInfo> rules() {
        List<RuleInfo> rules = new ArrayList<>();
        ConstraintWeights defaults = new ConstraintWeights();
        for (Field field : weightFields()) {
            HardSoftLongScore weight = defaults.get(field);
            boolean hard = weight.hardScore() != 0;
            Rule rule = field.getAnnotation(Rule.class);
            rules.add(new RuleInfo(idOf(field), hard, levelOf(weight, hard), rule.safety(), rule.protects()));
        }
        return rules;
    }

    /** Every rule's weight at its level, as a coach gives it, in the order the rules are declared. */
    public Map<String, Integer> byRule() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (RuleInfo rule : rules()) {
            weights.put(rule.id(), weight(rule.id()));
        }
        return weights;
    }

    /** Sets the weight of the rule {@code id}, keeping it at its level (hard or soft). */
    public void set(String id, int weight) {
        Field field = fieldOf(id);
        setField(field, isHardByDefault(field) ? HardSoftLongScore.ofHard(weight) : HardSoftLongScore.ofSoft(weight));
    }

    /** The weight of rule {@code id} at its level, as a coach gives it. */
    public int weight(String id) {
        Field field = fieldOf(id);
        return levelOf(get(field), isHardByDefault(field));
    }

    public HardSoftLongScore weightOf(String id) {
        return get(fieldOf(id));
    }

    private static int levelOf(HardSoftLongScore weight, boolean hard) {
        return Math.toIntExact(hard ? weight.hardScore() : weight.softScore());
    }

    private static boolean isHardByDefault(Field field) {
        return new ConstraintWeights().get(field).hardScore() != 0;
    }

    private static String idOf(Field field) {
        return field.getAnnotation(ConstraintWeight.class).value();
    }

    private static Field fieldOf(String id) {
        for (Field field : weightFields()) {
            if (idOf(field).equals(id)) {
                return field;
            }
        }
        throw new IllegalArgumentException("No rule " + id);
    }

    private static List<Field> weightFields() {
        List<Field> fields = new ArrayList<>();
        for (Field field : ConstraintWeights.class.getDeclaredFields()) {
            if (field.isAnnotationPresent(ConstraintWeight.class)) {
                fields.add(field);
            }
        }
        return fields;
    }

    private HardSoftLongScore get(Field field) {
        try {
            return (HardSoftLongScore) field.get(this);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private void setField(Field field, HardSoftLongScore value) {
        try {
            field.set(this, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
