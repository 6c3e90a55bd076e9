package app.progression.solver;

import app.progression.catalog.Catalog;
import app.progression.catalog.Exercise;
import app.progression.domain.ConstraintWeights;
import app.progression.domain.ConstraintWeights.RuleInfo;
import app.progression.domain.Day;
import app.progression.domain.FullStrengthDay;
import app.progression.domain.Ladder;
import app.progression.domain.RunningLoad;
import app.progression.domain.TrainingPlan;
import app.progression.domain.Week;
import app.progression.solver.WeekPatterns.Pattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;

/**
 * Says whether any plan can meet the hard rules, before solving, and why not.
 *
 * <p>The lightest plan of a profile holds the starting strength set at its lowest repetitions and every run at the
 * shortest allowed length: it keeps every progression and running-load rule (an easier week with runs at their
 * shortest is as easy as it can be). So a plan exists exactly when every week can place its strength sessions (a
 * day apart, across weeks too, off the dates a team's coach is full) and its runs (one a day) on available days
 * where each day's sessions and one warm-up fit its minutes. Which days a week can use is the same every week apart
 * from the coach's full dates, so a walk over the weeks that remembers whether the last day held strength decides
 * it. Weeks late enough for a swap to a quicker exercise are checked with the quickest set any week could hold,
 * so that the pre-check never refuses a profile that has a plan.
 */
public final class Feasibility {

    private static final String RUNS = ConstraintWeights.RUNS_PER_WEEK;
    private static final String SPACING = ConstraintWeights.NO_STRENGTH_ON_CONSECUTIVE_DAYS;
    private static final String FIT = ConstraintWeights.DAY_FITS_AVAILABLE_MINUTES;
    private static final String JUNK = ConstraintWeights.NO_JUNK_RUNS;
    private static final String COACH = ConstraintWeights.COACH_CAPACITY;

    private Feasibility() {
    }

    /** Reasons that make every plan break a hard rule; empty when a plan exists. */
    public static List<String> precheck(TrainingPlan problem) {
        return new Check(problem).reasons();
    }

    /** The hard rules a solved plan breaks, each with what it protects and how often it is broken. */
    public static List<String> brokenHardRules(ScoreExplanation<TrainingPlan, HardSoftLongScore> explanation) {
        Map<String, RuleInfo> rules = ConstraintWeights.rules().stream()
                .collect(Collectors.toMap(RuleInfo::id, rule -> rule));
        List<String> broken = new ArrayList<>();
        for (ConstraintMatchTotal<HardSoftLongScore> total : explanation.getConstraintMatchTotalMap().values()) {
            if (total.getScore().hardScore() < 0) {
                RuleInfo rule = rules.get(total.getConstraintName());
                broken.add(rule.id() + " (broken " + total.getConstraintMatchCount() + " time(s), "
                        + total.getScore().hardScore() + " hard): " + rule.protects());
            }
        }
        broken.sort(null);
        return broken;
    }

    /** One profile's check: its days as block days 0-6, and the lightest sessions it can plan. */
    private static final class Check {

        private final TrainingPlan problem;
        private final RunningLoad load;
        private final int strength;
        private final int warmup;
        private final int[] dayMinutes = new int[7];
        private final String[] dayNames = new String[7];
        private final int available;
        private final int firstSetMinutes;
        private final int quickestSetMinutes;
        private final int firstSwapWeek;

        Check(TrainingPlan problem) {
            this.problem = problem;
            this.load = problem.getRunningLoad();
            this.strength = problem.getStrengthSessions().isEmpty() ? 0 : problem.getAthlete().strengthSessionsPerWeek();
            this.warmup = problem.getAthlete().warmupMinutes();
            int mask = 0;
            for (Day day : problem.getDays().subList(0, 7)) {
                dayMinutes[day.index()] = day.availableMinutes();
                dayNames[day.index()] = day.dayOfWeek().name();
                mask |= day.isAvailable() ? 1 << day.index() : 0;
            }
            this.available = mask;
            Catalog catalog = problem.getCatalog();
            Ladder ladder = problem.getLadder();
            int sets = problem.getAthlete().dose().sets();
            int minReps = problem.getAthlete().dose().minReps();
            int addOns = problem.getStrengthSessions().isEmpty() ? 0
                    : problem.getStrengthSessions().get(0).getAddOnSeconds();
            int first = addOns;
            for (Exercise start : ladder.startingEntries()) {
                first += Math.min(catalog.strengthSeconds(start, sets, minReps),
                        catalog.strengthSeconds(ladder.fullVersionOf(start), sets, minReps));
            }
            this.firstSetMinutes = Catalog.ceilMinutes(first);
            this.quickestSetMinutes = Catalog.ceilMinutes(addOns + catalog.ladder().stream()
                    .filter(problem.getAthlete()::canDo)
                    .mapToInt(exercise -> catalog.strengthSeconds(exercise, sets, minReps))
                    .sorted().limit(ladder.startingEntries().size()).sum());
            int dose = problem.getAthlete().dose().maxReps() - minReps;
            int perWeek = problem.getAthlete().maxRepIncreasePerWeek();
            this.firstSwapWeek = 2 + (dose + perWeek - 1) / perWeek;
        }

        List<String> reasons() {
            List<String> reasons = new ArrayList<>();
            int runs = load.runsPerWeek();
            int shortest = load.shortestRunMinutes();
            if (runs > Integer.bitCount(available)) {
                reasons.add(RUNS + ": " + runs + " runs a week need " + runs + " available days (one run a day), but "
                        + "only " + Integer.bitCount(available) + " are available (" + days(available) + ").");
            }
            int spaced = mostSpaced(available);
            if (strength > spaced) {
                reasons.add(SPACING + ": " + strength + " strength sessions a week need " + strength + " available "
                        + "days with a day off between them (across weeks too), but the available days ("
                        + days(available) + ") allow at most " + spaced + ".");
            } else if (strength > mostSpaced(daysFitting(firstSetMinutes))) {
                reasons.add(FIT + ": a first-week strength session takes " + (firstSetMinutes + warmup) + " minutes "
                        + "with its warm-up; too few days have that long (" + days(daysFitting(firstSetMinutes))
                        + ") for " + strength + " session(s) a day apart.");
            }
            if (runs > 0 && runs <= Integer.bitCount(available)
                    && Integer.bitCount(daysFitting(shortest)) < runs) {
                reasons.add(JUNK + " and " + RUNS + ": no run is shorter than " + shortest + " minutes (the shortest "
                        + "worth its warm-up), so " + runs + " runs need " + runs + " days of at least "
                        + (shortest + warmup) + " minutes with the warm-up; only "
                        + (daysFitting(shortest) == 0 ? "none" : days(daysFitting(shortest))) + " have that long.");
            }
            if (reasons.isEmpty() && !walkExists()) {
                reasons.add(weekByWeekReason(runs, shortest));
            }
            return reasons;
        }

        /** Whether some pattern for every week, one after the other, meets every rule. */
        private boolean walkExists() {
            Set<Boolean> endsWithStrength = Set.of(false);
            for (Week week : problem.getWeeks()) {
                Set<Boolean> next = new HashSet<>();
                for (Pattern pattern : patterns(week)) {
                    for (boolean before : endsWithStrength) {
                        if (!(before && pattern.strengthOn(0))) {
                            next.add(pattern.strengthOn(6));
                        }
                    }
                    if (next.size() == 2) {
                        break;
                    }
                }
                if (next.isEmpty()) {
                    return false;
                }
                endsWithStrength = next;
            }
            return true;
        }

        private final Map<String, List<Pattern>> cache = new HashMap<>();

        /** The patterns that fit a week with its lightest sessions; an easier week may hold one run fewer. */
        private List<Pattern> patterns(Week week) {
            int full = fullDays(week);
            int setMinutes = week.number() >= firstSwapWeek ? quickestSetMinutes : firstSetMinutes;
            boolean oneRunFewer = week.cutback() && load.runsPerWeek() >= 2;
            return cache.computeIfAbsent(full + "/" + setMinutes + "/" + oneRunFewer, key -> {
                List<Pattern> fitting = new ArrayList<>();
                for (int runs = load.runsPerWeek(); runs >= (oneRunFewer ? load.runsPerWeek() - 1
                        : load.runsPerWeek()); runs--) {
                    for (Pattern pattern : WeekPatterns.all(strength, runs, available & ~full, available)) {
                        if (WeekPatterns.fits(pattern, dayMinutes, setMinutes, load.shortestRunMinutes(), warmup)) {
                            fitting.add(pattern);
                        }
                    }
                }
                return fitting;
            });
        }

        private int fullDays(Week week) {
            int mask = 0;
            for (FullStrengthDay full : problem.getFullStrengthDays()) {
                for (Day day : week.availableDays()) {
                    if (day.date().equals(full.date())) {
                        mask |= 1 << (day.index() - week.firstDayIndex());
                    }
                }
            }
            return mask;
        }

        private String weekByWeekReason(int runs, int shortest) {
            Week first = problem.getWeeks().get(0);
            if (patterns(first).isEmpty() || problem.getWeeks().size() == 1) {
                return FIT + ": " + strength + " strength session(s) of " + firstSetMinutes + " minutes (a day apart) "
                        + "and " + runs + " run(s) of at least " + shortest + " minutes, with one " + warmup
                        + "-minute warm-up on each day that has either, do not fit together into the available "
                        + "minutes (" + minutesByDay() + ") in any arrangement.";
            }
            if (!problem.getFullStrengthDays().isEmpty()) {
                return COACH + ": the dates the coach is already full leave some week no arrangement of "
                        + strength + " strength session(s) and " + runs + " run(s) that fits ("
                        + minutesByDay() + ").";
            }
            return SPACING + ": every arrangement of a week that fits puts strength on both its first day ("
                    + dayNames[0] + ") and its last (" + dayNames[6] + "), which are consecutive days from one week "
                    + "to the next.";
        }

        private int daysFitting(int sessionMinutes) {
            int mask = 0;
            for (int day = 0; day < 7; day++) {
                if (dayMinutes[day] >= sessionMinutes + warmup) {
                    mask |= 1 << day;
                }
            }
            return mask & available;
        }

        /** The most of {@code days} that can hold strength with none two in a row, within and across weeks. */
        private int mostSpaced(int days) {
            boolean wraps = problem.getWeekCount() > 1;
            int best = 0;
            for (int mask = days; ; mask = (mask - 1) & days) {
                boolean spaced = (mask & mask >> 1) == 0 && !(wraps && (mask & 1) != 0 && (mask & 1 << 6) != 0);
                if (spaced) {
                    best = Math.max(best, Integer.bitCount(mask));
                }
                if (mask == 0) {
                    return best;
                }
            }
        }

        private String days(int mask) {
            List<String> names = new ArrayList<>();
            for (int day = 0; day < 7; day++) {
                if ((mask & 1 << day) != 0) {
                    names.add(dayNames[day]);
                }
            }
            return names.isEmpty() ? "none" : String.join(", ", names);
        }

        private String minutesByDay() {
            List<String> parts = new ArrayList<>();
            for (int day = 0; day < 7; day++) {
                if ((available & 1 << day) != 0) {
                    parts.add(dayNames[day] + " " + dayMinutes[day]);
                }
            }
            return String.join(", ", parts);
        }
    }

}
