package app.progression.domain;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * How much each rule matters, one weight per constraint, set at run time (a coach's weights file, a profile's
 * {@code weights}). The field's {@link Rule} says what the rule protects; this class is the list of rules.
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

    @ConstraintWeight("painful-exercise-never-planned")
    @Rule(protects = "An exercise the athlete cannot do slowly, without pain and with good form is never "
            + "planned.", safety = true)
    private HardSoftLongScore painfulExerciseNeverPlanned = HardSoftLongScore.ofHard(1);

    @ConstraintWeight("equipment-available")
    @Rule(protects = "Nothing is planned that needs equipment the athlete does not have.", safety = true)
    private HardSoftLongScore equipmentAvailable = HardSoftLongScore.ofHard(1);

    @ConstraintWeight("training-setting-respected")
    @Rule(protects = "Outdoor-only exercises go to athletes who train outdoors, and replace their indoor version "
            + "for them.")
    private HardSoftLongScore trainingSettingRespected = HardSoftLongScore.ofHard(1);

    @ConstraintWeight("first-week-starts-at-first-pain-free-rungs")
    @Rule(protects = "Week 1 is the first four pain-free rungs of the ladder at the lowest repetitions.")
    private HardSoftLongScore firstWeekStartsAtFirstPainFreeRungs = HardSoftLongScore.ofHard(1);

    @ConstraintWeight("strength-dose-in-range")
    @Rule(protects = "Every strength exercise is done at 3 sets of 8-12 repetitions.")
    private HardSoftLongScore strengthDoseInRange = HardSoftLongScore.ofHard(1);

    @ConstraintWeight("reps-build-gradually")
    @Rule(protects = "An exercise kept from last week never loses repetitions and gains at most the allowed "
            + "increase.")
    private HardSoftLongScore repsBuildGradually = HardSoftLongScore.ofHard(1);

    @ConstraintWeight("swap-only-after-week-at-twelve")
    @Rule(protects = "An exercise leaves the set only after a week at the top of its repetition range.")
    private HardSoftLongScore swapOnlyAfterWeekAtTwelve = HardSoftLongScore.ofHard(1);

    @ConstraintWeight("replacement-is-harder")
    @Rule(protects = "What replaces an exercise is harder: a later rung, or the full version of an easier "
            + "variant.")
    private HardSoftLongScore replacementIsHarder = HardSoftLongScore.ofHard(1);

    @ConstraintWeight("replacement-starts-at-eight")
    @Rule(protects = "A new exercise starts at the lowest repetitions.")
    private HardSoftLongScore replacementStartsAtEight = HardSoftLongScore.ofHard(1);

    @ConstraintWeight("one-swap-per-week")
    @Rule(protects = "At most one exercise of the strength set changes from one week to the next.")
    private HardSoftLongScore oneSwapPerWeek = HardSoftLongScore.ofHard(1);

    @ConstraintWeight("no-exercise-twice-in-a-set")
    @Rule(protects = "A week's strength set holds four different exercises.")
    private HardSoftLongScore noExerciseTwiceInASet = HardSoftLongScore.ofHard(1);

    @ConstraintWeight("strength-sessions-per-week")
    @Rule(protects = "Every week has the athlete's number of strength sessions.")
    private HardSoftLongScore strengthSessionsPerWeek = HardSoftLongScore.ofHard(1);

    @ConstraintWeight("runs-per-week")
    @Rule(protects = "Every week has the athlete's number of easy runs.")
    private HardSoftLongScore runsPerWeek = HardSoftLongScore.ofHard(1);

    @ConstraintWeight("no-strength-on-consecutive-days")
    @Rule(protects = "Strength work never falls on two days in a row, across week boundaries too, so the back "
            + "recovers.", safety = true)
    private HardSoftLongScore noStrengthOnConsecutiveDays = HardSoftLongScore.ofHard(1);

    @ConstraintWeight("nothing-on-unavailable-days")
    @Rule(protects = "Nothing is planned on a day the athlete has no time.")
    private HardSoftLongScore nothingOnUnavailableDays = HardSoftLongScore.ofHard(1);

    @ConstraintWeight("day-fits-available-minutes")
    @Rule(protects = "A day's sessions, warm-ups included, fit the minutes the athlete has that day.")
    private HardSoftLongScore dayFitsAvailableMinutes = HardSoftLongScore.ofHard(1);

    @ConstraintWeight("run-length-cap")
    @Rule(protects = "No run is longer than 110% of the longest run of the 30 days before it.", safety = true)
    private HardSoftLongScore runLengthCap = HardSoftLongScore.ofHard(1);

    @ConstraintWeight("weekly-run-volume-cap")
    @Rule(protects = "A week's running minutes exceed the previous week's by at most 10%.", safety = true)
    private HardSoftLongScore weeklyRunVolumeCap = HardSoftLongScore.ofHard(1);

    @ConstraintWeight("one-run-a-day")
    @Rule(protects = "At most one run on a day.")
    private HardSoftLongScore oneRunADay = HardSoftLongScore.ofHard(1);

    @ConstraintWeight("progress-to-harder-rungs")
    @Rule(protects = "The strength set moves on to harder pain-free rungs over the weeks instead of standing "
            + "still.")
    private HardSoftLongScore progressToHarderRungs = HardSoftLongScore.ofSoft(1);

    @ConstraintWeight("mixed-body-regions")
    @Rule(protects = "Each week's strength set works different body regions.")
    private HardSoftLongScore mixedBodyRegions = HardSoftLongScore.ofSoft(20);

    @ConstraintWeight("runs-not-back-to-back")
    @Rule(protects = "Runs are not on consecutive days.")
    private HardSoftLongScore runsNotBackToBack = HardSoftLongScore.ofSoft(30);

    @ConstraintWeight("no-run-after-strength")
    @Rule(protects = "No run on the day after a strength session.")
    private HardSoftLongScore noRunAfterStrength = HardSoftLongScore.ofSoft(20);

    @ConstraintWeight("rest-day-each-week")
    @Rule(protects = "Every week keeps at least one day without strength, running or cross-training.")
    private HardSoftLongScore restDayEachWeek = HardSoftLongScore.ofSoft(50);

    @ConstraintWeight("strength-apart-from-cardio")
    @Rule(protects = "Strength sessions do not share a day with a run or cross-training.")
    private HardSoftLongScore strengthApartFromCardio = HardSoftLongScore.ofSoft(10);

    @ConstraintWeight("flexibility-after-every-run")
    @Rule(protects = "Every run is followed by flexibility work on the same day.")
    private HardSoftLongScore flexibilityAfterEveryRun = HardSoftLongScore.ofSoft(30);

    @ConstraintWeight("flexibility-on-most-days")
    @Rule(protects = "Most available days have some flexibility work.")
    private HardSoftLongScore flexibilityOnMostDays = HardSoftLongScore.ofSoft(10);

    @ConstraintWeight("stretches-match-findings")
    @Rule(protects = "Stretches target what the self-tests found (tight hip flexors, tight hamstrings, heel "
            + "pain), and the low back and glutes.")
    private HardSoftLongScore stretchesMatchFindings = HardSoftLongScore.ofSoft(4);

    @ConstraintWeight("stretches-varied")
    @Rule(protects = "A week uses different stretches rather than one over and over; the same stretch twice in "
            + "one session counts three times.")
    private HardSoftLongScore stretchesVaried = HardSoftLongScore.ofSoft(8);

    @ConstraintWeight("cross-training-on-run-day")
    @Rule(protects = "Cross-training goes on days without a run.")
    private HardSoftLongScore crossTrainingOnRunDay = HardSoftLongScore.ofSoft(30);

    @ConstraintWeight("active-recovery-on-free-days")
    @Rule(protects = "Days without running or strength get low-impact active recovery from the athlete's own "
            + "list.")
    private HardSoftLongScore activeRecoveryOnFreeDays = HardSoftLongScore.ofSoft(10);

    @ConstraintWeight("cross-training-varied")
    @Rule(protects = "A week's cross-training varies between the athlete's activities.")
    private HardSoftLongScore crossTrainingVaried = HardSoftLongScore.ofSoft(3);

    @ConstraintWeight("easy-run-volume")
    @Rule(protects = "Easy runs keep and build the athlete's running time within the caps.")
    private HardSoftLongScore easyRunVolume = HardSoftLongScore.ofSoft(1);

    @ConstraintWeight("runs-on-group-days")
    @Rule(protects = "Easy runs go on the team's group-run days when the athlete is available then (team batches "
            + "only).")
    private HardSoftLongScore runsOnGroupDays = HardSoftLongScore.ofSoft(25);

    @ConstraintWeight("coach-capacity")
    @Rule(protects = "No strength session on a date the coach already supervises as many athletes as they can "
            + "(team batches only).")
    private HardSoftLongScore coachCapacity = HardSoftLongScore.ofHard(1);

    /** Every rule, in the order above (hard rules first). */
    public static List<RuleInfo> rules() {
        List<RuleInfo> rules = new ArrayList<>();
        ConstraintWeights defaults = new ConstraintWeights();
        for (Field field : weightFields()) {
            HardSoftLongScore weight = defaults.get(field);
            boolean hard = weight.hardScore() != 0;
            Rule rule = field.getAnnotation(Rule.class);
            rules.add(new RuleInfo(field.getAnnotation(ConstraintWeight.class).value(), hard,
                    levelOf(weight, hard), rule.safety(), rule.protects()));
        }
        return rules;
    }

    /** Sets the weight of the rule {@code id}, keeping it at its level (hard or soft). */
    public void set(String id, int weight) {
        for (Field field : weightFields()) {
            if (field.getAnnotation(ConstraintWeight.class).value().equals(id)) {
                boolean hard = isHardByDefault(field);
                setField(field, hard ? HardSoftLongScore.ofHard(weight) : HardSoftLongScore.ofSoft(weight));
                return;
            }
        }
        throw new IllegalArgumentException("No rule " + id);
    }

    /** The weight of rule {@code id} at its level, as a coach gives it. */
    public int weight(String id) {
        HardSoftLongScore weight = weightOf(id);
        return levelOf(weight, weight.hardScore() != 0 || isHardByDefault(fieldOf(id)));
    }

    private static int levelOf(HardSoftLongScore weight, boolean hard) {
        return Math.toIntExact(hard ? weight.hardScore() : weight.softScore());
    }

    private static Field fieldOf(String id) {
        for (Field field : weightFields()) {
            if (field.getAnnotation(ConstraintWeight.class).value().equals(id)) {
                return field;
            }
        }
        throw new IllegalArgumentException("No rule " + id);
    }

    public HardSoftLongScore weightOf(String id) {
        for (Field field : weightFields()) {
            if (field.getAnnotation(ConstraintWeight.class).value().equals(id)) {
                return get(field);
            }
        }
        throw new IllegalArgumentException("No rule " + id);
    }

    private static boolean isHardByDefault(Field field) {
        return new ConstraintWeights().get(field).hardScore() != 0;
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
