package app.progression.plan;

import app.progression.catalog.Exercise;
import app.progression.domain.CrossTrainingBlock;
import app.progression.domain.Day;
import app.progression.domain.Run;
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
import java.util.List;

/** Turns a solved plan into the document athletes and apps read. */
public final class PlanDocuments {

    public static final String EASY_PACE = "easy, conversational: you can talk in full sentences";

    private PlanDocuments() {
    }

    public static PlanDocument from(TrainingPlan plan, Profile profile, List<String> warnings) {
        List<DayPlan> days = new ArrayList<>();
        for (Day day : plan.getDays()) {
            days.add(new DayPlan(day.date(), day.week(), day.dayOfWeek(), day.availableMinutes(), sessionsOn(plan, day)));
        }
        List<WeekSummary> summaries = new ArrayList<>();
        for (int week = 1; week <= plan.getWeekCount(); week++) {
            summaries.add(summary(plan, profile.isCutbackWeek(week), week, days));
        }
        return new PlanDocument(profile.athleteId(), profile.athleteName(), profile.startDate(), profile.weeks(),
                plan.getScore() != null && plan.getScore().isFeasible(), String.valueOf(plan.getScore()),
                List.copyOf(warnings), profile.findings(), summaries, days);
    }

    private static List<SessionPlan> sessionsOn(TrainingPlan plan, Day day) {
        List<SessionPlan> sessions = new ArrayList<>();
        for (StrengthSession session : plan.getStrengthSessions()) {
            if (day.equals(session.getDay())) {
                sessions.add(new SessionPlan(SessionKind.STRENGTH, session.getContentMinutes(),
                        session.getWarmupMinutes(), null, null, strengthSet(plan, day.week())));
            }
        }
        for (Run run : plan.getRuns()) {
            if (day.equals(run.getDay())) {
                sessions.add(new SessionPlan(SessionKind.EASY_RUN, run.getMinutes(), run.getWarmupMinutes(),
                        EASY_PACE, null, null));
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
        for (CrossTrainingBlock block : plan.getCrossTrainingBlocks()) {
            if (block.isScheduled() && day.equals(block.getDay())) {
                sessions.add(new SessionPlan(SessionKind.CROSS_TRAINING, block.getMinutes(), null, null,
                        block.getActivity(), null));
            }
        }
        return sessions;
    }

    private static List<ExercisePlan> strengthSet(TrainingPlan plan, int week) {
        List<ExercisePlan> set = new ArrayList<>();
        plan.getStrengthSlots().stream()
                .filter(slot -> slot.getWeek() == week)
                .sorted(Comparator.comparingInt(StrengthSlot::getPosition))
                .forEach(slot -> set.add(strength(slot.getExercise(), slot.getSets(), slot.getReps())));
        for (Exercise addOn : plan.getAddOns()) {
            set.add(strength(addOn, plan.getAthlete().dose().sets(), addOn.fixedReps()));
        }
        return set;
    }

    private static ExercisePlan strength(Exercise exercise, int sets, int reps) {
        return new ExercisePlan(exercise.id(), exercise.name(), sets, reps, null, exercise.perSide() ? true : null, null);
    }

    private static ExercisePlan stretch(Exercise exercise) {
        return new ExercisePlan(exercise.id(), exercise.name(), exercise.sets(),
                exercise.reps() > 0 ? exercise.reps() : null,
                exercise.holdSeconds() > 0 ? exercise.holdSeconds() : null,
                exercise.perSide() ? true : null, null);
    }

    private static WeekSummary summary(TrainingPlan plan, boolean cutback, int week, List<DayPlan> days) {
        List<String> set = plan.getStrengthSlots().stream()
                .filter(slot -> slot.getWeek() == week)
                .sorted(Comparator.comparingInt(StrengthSlot::getPosition))
                .map(slot -> slot.getExercise().id())
                .toList();
        int runMinutes = 0;
        int strength = 0;
        int runs = 0;
        int flexibilityDays = 0;
        int cross = 0;
        for (DayPlan day : days) {
            if (day.week() != week) {
                continue;
            }
            for (SessionPlan session : day.sessions()) {
                switch (session.kind()) {
                    case STRENGTH -> strength++;
                    case EASY_RUN -> {
                        runs++;
                        runMinutes += session.minutes();
                    }
                    case FLEXIBILITY -> flexibilityDays++;
                    case CROSS_TRAINING -> cross++;
                }
            }
        }
        return new WeekSummary(week, cutback, set, runMinutes, strength, runs, flexibilityDays, cross);
    }
}
