package app.progression.solver;

import app.progression.domain.ConstraintWeights;
import app.progression.domain.Day;
import app.progression.domain.FullStrengthDay;
import app.progression.domain.GroupRunDay;
import app.progression.domain.ProgressionStep;
import app.progression.domain.Run;
import app.progression.domain.RunningLoad;
import app.progression.domain.StrengthSession;
import app.progression.domain.StrengthSlot;
import app.progression.domain.TrainingPlan;
import app.progression.domain.Week;
import app.progression.solver.WeekPatterns.Pattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * Builds a first plan the way a coach drafts one: the strength set progresses as fast as the rules allow, then each
 * week gets the arrangement of strength days and run days that fits its minutes and reads best (runs apart, no run
 * the day after strength, strength on its own day, room for the runs, group runs), judged with the rules' own
 * weights and against the week before. Local search then improves on it with the full score. Only weeks nothing is
 * decided in yet are drafted, so a plan being re-planned keeps what it has.
 */
public class WeekShapeConstruction implements CustomPhaseCommand<TrainingPlan> {

    @Override
    public void changeWorkingSolution(ScoreDirector<TrainingPlan> scoreDirector) {
        TrainingPlan plan = scoreDirector.getWorkingSolution();
        progressFast(scoreDirector, plan);
        if (!placeWeeks(scoreDirector, plan, true)) {
            // Some week cannot hold the longer sessions of a fast progression: hold the strength set instead.
            holdEverything(scoreDirector, plan);
            placeWeeks(scoreDirector, plan, false);
        }
    }

    /**
     * Every undecided step adds as many repetitions as allowed, or advances once the top is reached; week 1 starts
     * each rung at its full exercise.
     */
    private static void progressFast(ScoreDirector<TrainingPlan> scoreDirector, TrainingPlan plan) {
        ProgressionStep biggest = plan.getProgressionSteps().stream()
                .max(Comparator.comparingInt(ProgressionStep::repIncrease)).orElse(ProgressionStep.HOLD);
        int maxReps = plan.getAthlete().dose().maxReps();
        List<StrengthSlot> slots = plan.getStrengthSlots();
        for (int week = 1; week <= plan.getWeekCount(); week++) {
            for (StrengthSlot slot : slots) {
                if (slot.getWeek() != week || slot.getStep() != null) {
                    continue;
                }
                // In week 1, ADVANCE starts a rung at its full exercise rather than its easier variant (both are
                // pain-free for this athlete, or the ladder would not offer them).
                StrengthSlot before = week == 1 ? null : slotAt(slots, week - 1, slot.getPosition());
                ProgressionStep step = before == null || before.getReps() != null && before.getReps() == maxReps
                        ? ProgressionStep.ADVANCE : biggest;
                setStep(scoreDirector, slot, step);
            }
            scoreDirector.triggerVariableListeners();
        }
    }

    private static void holdEverything(ScoreDirector<TrainingPlan> scoreDirector, TrainingPlan plan) {
        for (StrengthSlot slot : plan.getStrengthSlots()) {
            if (!slot.isPinned() && slot.getWeek() > 1 && slot.getStep() != ProgressionStep.HOLD) {
                setStep(scoreDirector, slot, ProgressionStep.HOLD);
            }
        }
        scoreDirector.triggerVariableListeners();
    }

    private static void setStep(ScoreDirector<TrainingPlan> scoreDirector, StrengthSlot slot, ProgressionStep step) {
        scoreDirector.beforeVariableChanged(slot, "step");
        slot.setStep(step);
        scoreDirector.afterVariableChanged(slot, "step");
    }

    private static StrengthSlot slotAt(List<StrengthSlot> slots, int week, int position) {
        for (StrengthSlot slot : slots) {
            if (slot.getWeek() == week && slot.getPosition() == position) {
                return slot;
            }
        }
        return null;
    }

    /**
     * Gives each undrafted week its best-reading pattern: the weekly rhythm that reads best when every week repeats
     * it, where it fits, else the best pattern after the week before. Returns false when some week has no pattern
     * that fits (it is then left to the general construction heuristic when {@code mayFail} is false).
     */
    private static boolean placeWeeks(ScoreDirector<TrainingPlan> scoreDirector, TrainingPlan plan, boolean mayFail) {
        Shape shape = new Shape(plan);
        Pattern rhythm = null;
        Pattern before = null;
        for (Week week : plan.getWeeks()) {
            List<StrengthSession> sessions = plan.getStrengthSessions().stream()
                    .filter(session -> session.getWeekNumber() == week.number() && !session.isPinned()).toList();
            List<Run> runs = plan.getRuns().stream().filter(run -> run.getWeekNumber() == week.number() && !run.isPinned())
                    .toList();
            boolean undrafted = sessions.stream().allMatch(session -> session.getDay() == null)
                    && runs.stream().allMatch(run -> run.getDay() == null);
            if (!undrafted || sessions.size() + runs.size() == 0) {
                before = shape.patternOf(week);
                continue;
            }
            int strengthMinutes = sessions.isEmpty() ? 0 : sessions.get(0).getTotalMinutes();
            if (rhythm == null) {
                rhythm = shape.best(week, sessions.size(), runs.size(), strengthMinutes, null, true);
            }
            Pattern best = rhythm != null && shape.fits(week, rhythm, strengthMinutes) && (before == null
                    || rhythm.canFollow(before)) ? rhythm
                    : shape.best(week, sessions.size(), runs.size(), strengthMinutes, before, false);
            if (best == null) {
                if (mayFail) {
                    return false;
                }
                before = null;
                continue;
            }
            assign(scoreDirector, sessions, shape.days(week, best.strengthDays()));
            assign(scoreDirector, runs, shape.days(week, best.runDays()));
            scoreDirector.triggerVariableListeners();
            before = best;
        }
        return true;
    }

    private static void assign(ScoreDirector<TrainingPlan> scoreDirector, List<?> entities, List<Day> days) {
        for (int i = 0; i < entities.size(); i++) {
            Object entity = entities.get(i);
            Day day = days.get(i);
            scoreDirector.beforeVariableChanged(entity, "day");
            if (entity instanceof Run run) {
                run.setDay(day);
            } else {
                ((StrengthSession) entity).setDay(day);
            }
            scoreDirector.afterVariableChanged(entity, "day");
        }
    }

    /** How well a week's pattern reads, in the rules' own weights; lower is better. */
    private static final class Shape {

        private final TrainingPlan plan;
        private final RunningLoad load;
        private final int warmup;
        private final int backToBack;
        private final int runAfterStrength;
        private final int strengthWithRun;
        private final int groupRun;
        private final int runMinute;
        private final Set<java.time.DayOfWeek> groupDays;
        private final Set<java.time.LocalDate> fullDates;
        private final int longestStrength;

        Shape(TrainingPlan plan) {
            this.plan = plan;
            this.load = plan.getRunningLoad();
            this.warmup = plan.getAthlete().warmupMinutes();
            ConstraintWeights weights = plan.getWeights();
            this.backToBack = weights.weight(ConstraintWeights.RUNS_NOT_BACK_TO_BACK);
            this.runAfterStrength = weights.weight(ConstraintWeights.NO_RUN_AFTER_STRENGTH);
            this.strengthWithRun = weights.weight(ConstraintWeights.STRENGTH_APART_FROM_CARDIO);
            this.groupRun = weights.weight(ConstraintWeights.RUNS_ON_GROUP_DAYS);
            this.runMinute = weights.weight(ConstraintWeights.EASY_RUN_VOLUME);
            this.groupDays = plan.getGroupRunDays().stream().map(GroupRunDay::dayOfWeek).collect(Collectors.toSet());
            this.fullDates = plan.getFullStrengthDays().stream().map(FullStrengthDay::date)
                    .collect(Collectors.toSet());
            this.longestStrength = plan.getStrengthSessions().stream().mapToInt(StrengthSession::getTotalMinutes)
                    .max().orElse(0);
        }

        /**
         * The best pattern that fits the week, or null when none does; a {@code repeating} pattern is judged as the
         * week before itself, the way it reads when every week has it.
         */
        Pattern best(Week week, int strength, int runs, int strengthMinutes, Pattern before, boolean repeating) {
            int[] minutes = minutes(week);
            int allowedForStrength = 0;
            int available = 0;
            for (Day day : week.availableDays()) {
                int d = day.index() - week.firstDayIndex();
                available |= 1 << d;
                if (!fullDates.contains(day.date())) {
                    allowedForStrength |= 1 << d;
                }
            }
            // A repeating rhythm is judged for the whole plan: the runs at the target's length, strength at its longest.
            int desiredRun = runs == 0 ? 0 : Math.max(load.shortestRunMinutes(),
                    (repeating ? load.targetWeeklyMinutes() : expectedVolume(week)) / runs);
            int judgedStrength = repeating ? longestStrength : strengthMinutes;
            Pattern best = null;
            double bestCost = Double.MAX_VALUE;
            for (Pattern pattern : WeekPatterns.all(strength, runs, allowedForStrength, available)) {
                if (repeating && plan.getWeekCount() > 1 && !pattern.canFollow(pattern)
                        || before != null && !pattern.canFollow(before)
                        || !WeekPatterns.fits(pattern, minutes, strengthMinutes, load.shortestRunMinutes(), warmup)) {
                    continue;
                }
                double cost = cost(week, pattern, repeating ? pattern : before, minutes, judgedStrength,
                        desiredRun);
                if (cost < bestCost) {
                    best = pattern;
                    bestCost = cost;
                }
            }
            return best;
        }

        boolean fits(Week week, Pattern pattern, int strengthMinutes) {
            for (Day day : week.availableDays()) {
                if (pattern.strengthOn(day.index() - week.firstDayIndex()) && fullDates.contains(day.date())) {
                    return false;
                }
            }
            return WeekPatterns.fits(pattern, minutes(week), strengthMinutes, load.shortestRunMinutes(), warmup);
        }

        private int[] minutes(Week week) {
            int[] minutes = new int[7];
            for (Day day : week.availableDays()) {
                minutes[day.index() - week.firstDayIndex()] = day.availableMinutes();
            }
            return minutes;
        }

        private double cost(Week week, Pattern pattern, Pattern before, int[] minutes, int strengthMinutes,
                int desiredRun) {
            double cost = pattern.equals(before) ? -0.5 : 0; // the same weekly rhythm reads best
            for (int d = 0; d < 7; d++) {
                boolean run = pattern.runOn(d);
                boolean strength = pattern.strengthOn(d);
                boolean runBefore = d == 0 ? before != null && before.runOn(6) : pattern.runOn(d - 1);
                boolean strengthBefore = d == 0 ? before != null && before.strengthOn(6) : pattern.strengthOn(d - 1);
                if (run) {
                    cost += (runBefore ? backToBack : 0) + (strengthBefore ? runAfterStrength : 0)
                            + (strength ? strengthWithRun : 0);
                    int room = minutes[d] - warmup - (strength ? strengthMinutes : 0);
                    cost += Math.max(0, desiredRun - room) * runMinute;
                    if (groupDays.contains(plan.getDays().get(week.firstDayIndex() + d).dayOfWeek())) {
                        cost -= groupRun;
                    }
                }
            }
            return cost;
        }

        /** Roughly what the running model will ask of the week: 10% a week toward the target, less when easier. */
        private int expectedVolume(Week week) {
            int volume = load.weekBeforeMinutes();
            for (int w = 1; w <= week.number(); w++) {
                volume = load.isCutbackWeek(w) ? RunningLoad.cutbackMost(volume)
                        : Math.min(load.targetWeeklyMinutes(), RunningLoad.tenPercentMore(volume));
            }
            return volume;
        }

        List<Day> days(Week week, int mask) {
            List<Day> days = new ArrayList<>();
            for (Day day : week.availableDays()) {
                if ((mask & 1 << (day.index() - week.firstDayIndex())) != 0) {
                    days.add(day);
                }
            }
            return days;
        }

        /** The pattern a week already has (decided or pinned), to judge the next week against. */
        Pattern patternOf(Week week) {
            int strength = 0;
            int runs = 0;
            for (StrengthSession session : plan.getStrengthSessions()) {
                if (session.getWeekNumber() == week.number() && session.getDay() != null) {
                    strength |= 1 << (session.getDay().index() - week.firstDayIndex());
                }
            }
            for (Run run : plan.getRuns()) {
                if (run.getWeekNumber() == week.number() && run.getDay() != null) {
                    runs |= 1 << (run.getDay().index() - week.firstDayIndex());
                }
            }
            return new Pattern(strength, runs);
        }
    }
}
