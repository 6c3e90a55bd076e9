package app.progression.plan;

import app.progression.catalog.Exercise;
import app.progression.domain.CrossTrainingBlock;
import app.progression.domain.Day;
import app.progression.domain.Easing;
import app.progression.domain.Run;
import app.progression.domain.RunningLoad;
import app.progression.domain.RunningWeek;
import app.progression.domain.SessionKind;
import app.progression.domain.StrengthSession;
import app.progression.domain.StrengthSlot;
import app.progression.domain.StretchBlock;
import app.progression.domain.TrainingPlan;
import app.progression.plan.PlanDocument.DayPlan;
import app.progression.plan.PlanDocument.ExercisePlan;
import app.progression.plan.PlanDocument.SessionPlan;
import app.progression.plan.PlanDocument.WeekSummary;
import app.progression.profile.Profile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The model as the document athletes and apps read: one direction of the mapping between the two ({@link PlanReader}
 * is the other). Each day lists its sessions in the order they are done (the run, strength, cross-training,
 * stretching) and the first run or strength session carries the day's one warm-up.
 */
public final class PlanDocuments {

    public static final String EASY_PACE = "easy, conversational: you can talk in full sentences";

    private PlanDocuments() {
    }

    public static PlanDocument from(TrainingPlan plan, Profile profile, List<String> warnings) {
        List<String> allWarnings = new ArrayList<>(warnings);
        allWarnings.addAll(cutbackWarnings(plan));
        Set<String> tested = new HashSet<>();
        List<DayPlan> days = new ArrayList<>();
        for (Day day : plan.getDays()) {
            days.add(new DayPlan(day.date(), day.week(), day.dayOfWeek(), day.availableMinutes(),
                    sessionsOn(plan, day, tested)));
        }
        List<WeekSummary> summaries = new ArrayList<>();
        for (int week = 1; week <= plan.getWeekCount(); week++) {
            summaries.add(summary(plan, week, days));
        }
        return new PlanDocument(profile.athleteId(), profile.athleteName(), profile.startDate(), profile.weeks(),
                plan.getScore() != null && plan.getScore().isFeasible(), String.valueOf(plan.getScore()),
                List.copyOf(allWarnings), profile.findings(), summaries, days, madeWith(plan));
    }

    /** The weights and catalog a plan is made with, as its file records them. */
    public static PlanDocument.MadeWith madeWith(TrainingPlan plan) {
        return new PlanDocument.MadeWith(plan.getWeights().byRule(), plan.getCatalog().fingerprint());
    }

    /**
     * The day's sessions in the order done. {@code tested} holds the exercises the athlete has already met; an
     * exercise that joins the strength set after week 1 is marked to be tried first in its first session.
     */
    private static List<SessionPlan> sessionsOn(TrainingPlan plan, Day day, Set<String> tested) {
        List<SessionPlan> sessions = new ArrayList<>();
        int warmup = plan.getAthlete().warmupMinutes();
        for (Run run : plan.getRuns()) {
            if (run.isScheduled() && day.equals(run.getDay())) {
                sessions.add(new SessionPlan(SessionKind.EASY_RUN, run.getMinutes(), sessions.isEmpty() ? warmup : 0,
                        EASY_PACE, null, null));
            }
        }
        for (StrengthSession session : plan.getStrengthSessions()) {
            if (session.isScheduled() && day.equals(session.getDay())) {
                sessions.add(new SessionPlan(SessionKind.STRENGTH, session.getContentMinutes(),
                        sessions.isEmpty() ? warmup : 0, null, null, strengthSet(plan, day.week(), tested)));
            }
        }
        for (CrossTrainingBlock block : plan.getCrossTrainingBlocks()) {
            if (block.isScheduled() && day.equals(block.getDay())) {
                sessions.add(new SessionPlan(SessionKind.CROSS_TRAINING, block.getMinutes(), null, null,
                        block.getActivity(), null));
            }
        }
        List<StretchBlock> blocks = plan.getStretchBlocks().stream()
                .filter(block -> block.isScheduled() && day.equals(block.getDay()))
                .sorted(Comparator.comparingInt(StretchBlock::getOrder))
                .toList();
        if (!blocks.isEmpty()) {
            sessions.add(new SessionPlan(SessionKind.FLEXIBILITY,
                    blocks.stream().mapToInt(StretchBlock::getTotalMinutes).sum(), null, null, null,
                    blocks.stream().map(block -> stretch(block.getStretch().exercise())).toList()));
        }
        return sessions;
    }

    private static List<ExercisePlan> strengthSet(TrainingPlan plan, int week, Set<String> tested) {
        List<ExercisePlan> set = new ArrayList<>();
        for (StrengthSlot slot : slotsOf(plan, week)) {
            String id = slot.getExercise().id();
            boolean testFirst = week > 1 && !tested.contains(id);
            set.add(new ExercisePlan(id, slot.getExercise().name(), slot.getSets(), slot.getReps(), null,
                    slot.getExercise().perSide() ? true : null, testFirst ? true : null));
        }
        for (Exercise addOn : plan.getAddOns()) {
            set.add(new ExercisePlan(addOn.id(), addOn.name(), plan.getAthlete().dose().sets(), addOn.fixedReps(),
                    null, addOn.perSide() ? true : null, null));
        }
        slotsOf(plan, week).forEach(slot -> tested.add(slot.getExercise().id()));
        return set;
    }

    private static List<StrengthSlot> slotsOf(TrainingPlan plan, int week) {
        return plan.getStrengthSlots().stream()
                .filter(slot -> slot.getWeek() == week && slot.getExercise() != null)
                .sorted(Comparator.comparingInt(StrengthSlot::getPosition))
                .toList();
    }

    private static ExercisePlan stretch(Exercise exercise) {
        return new ExercisePlan(exercise.id(), exercise.name(), exercise.sets(),
                exercise.reps() > 0 ? exercise.reps() : null,
                exercise.holdSeconds() > 0 ? exercise.holdSeconds() : null,
                exercise.perSide() ? true : null, null);
    }

    /**
     * A running target below the athlete's running before the plan (the plan aims at the target from week 1, so
     * it runs less than before), and easier weeks that could not ease as far as usual, because their runs were
     * already at their shortest.
     */
    private static List<String> cutbackWarnings(TrainingPlan plan) {
        List<String> warnings = new ArrayList<>();
        RunningLoad load = plan.getRunningLoad();
        if (load.runsPerWeek() > 0 && load.targetWeeklyMinutes() < load.weekBeforeMinutes()) {
            warnings.add("The weekly running target (" + load.targetWeeklyMinutes() + " min) is less than the "
                    + load.weekBeforeMinutes() + " min a week run before the plan (" + load.runsPerWeek() + " runs of "
                    + load.easyRunMinutes() + " min): the plan aims at the target, not at more running.");
        }
        for (RunningWeek week : plan.getRunningWeeks()) {
            int previous = week.getFigures().previousVolume();
            if (!week.isCutback() || previous == 0 || week.getVolume() == 0) {
                continue;
            }
            int percent = week.getVolume() * 100 / previous;
            if (week.getRunCount() < load.runsPerWeek()) {
                warnings.add("Week " + week.getNumber() + " is an easier (cutback) week with one run fewer: its runs "
                        + "were already at their shortest (" + load.shortestRunMinutes() + " min).");
            } else if (week.getVolume() > RunningLoad.cutbackMost(previous)) {
                warnings.add("Week " + week.getNumber() + " is an easier (cutback) week, but its runs are already "
                        + "at their shortest (" + load.shortestRunMinutes() + " min), so it runs " + percent
                        + "% of week " + (week.getNumber() - 1) + " rather than 70-85%.");
            }
        }
        return warnings;
    }

    private static WeekSummary summary(TrainingPlan plan, int week, List<DayPlan> days) {
        List<String> set = slotsOf(plan, week).stream().map(slot -> slot.getExercise().id()).toList();
        Easing easing = plan.getWeeks().get(week - 1).easing();
        return counted(new WeekSummary(week, easing != Easing.NONE, set, 0, 0, 0, 0, 0,
                easing == Easing.NONE ? null : easing), days);
    }

    /**
     * {@code summary} with its session counts and running minutes counted again from {@code days}; a session the
     * log says was missed does not count, and a run counts the minutes logged for it.
     */
    public static WeekSummary counted(WeekSummary summary, List<DayPlan> days) {
        int runMinutes = 0;
        int strength = 0;
        int runs = 0;
        int flexibilityDays = 0;
        int cross = 0;
        for (DayPlan day : days) {
            if (day.week() != summary.week()) {
                continue;
            }
            for (SessionPlan session : day.sessions()) {
                if (session.logged() != null && session.logged().missed()) {
                    continue;
                }
                switch (session.kind()) {
                    case STRENGTH -> strength++;
                    case EASY_RUN -> {
                        runs++;
                        runMinutes += session.logged() != null && session.logged().minutes() != null
                                ? session.logged().minutes() : session.minutes();
                    }
                    case FLEXIBILITY -> flexibilityDays++;
                    case CROSS_TRAINING -> cross++;
                }
            }
        }
        return new WeekSummary(summary.week(), summary.cutback(), summary.strengthSet(), runMinutes, strength, runs,
                flexibilityDays, cross, summary.easing());
    }
}
