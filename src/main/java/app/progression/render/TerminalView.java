package app.progression.render;

import app.progression.plan.PlanDocument;
import app.progression.plan.PlanDocument.DayPlan;
import app.progression.plan.PlanDocument.ExercisePlan;
import app.progression.plan.PlanDocument.SessionPlan;
import app.progression.plan.PlanDocument.WeekSummary;
import app.progression.plan.PlanDocuments;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The plan as text that stays within 80 columns: a header, then each week day by day. */
public final class TerminalView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE dd MMM", Locale.ENGLISH);
    /** As wide as a day's label ("  Mon 04 Jan  "), so a day's later sessions line up under its first. */
    private static final String INDENT = " ".repeat(14);

    private TerminalView() {
    }

    public static String render(PlanDocument plan) {
        StringBuilder out = new StringBuilder();
        wrap(out, "", "Plan for " + plan.athleteName() + " (" + plan.athleteId() + "): " + plan.weeks()
                + " weeks from " + plan.startDate() + ", score " + plan.score()
                + (plan.feasible() ? ", every hard rule met." : ", HARD RULES BROKEN."));
        wrap(out, "", "Runs are " + PlanDocuments.EASY_PACE + ". Warm up before every strength session and run.");
        for (String warning : plan.warnings()) {
            wrap(out, "  ", "! " + warning);
        }
        for (WeekSummary week : plan.weekSummaries()) {
            out.append('\n');
            wrap(out, "", "Week " + week.week() + ": strength set " + String.join(", ", week.strengthSet())
                    + "; " + week.runMinutes() + " min running");
            for (DayPlan day : plan.days()) {
                if (day.week() == week.week()) {
                    renderDay(out, day);
                }
            }
        }
        return out.toString();
    }

    private static void renderDay(StringBuilder out, DayPlan day) {
        String label = "  " + DAY.format(day.date()) + "  ";
        if (day.sessions().isEmpty()) {
            out.append(label).append(day.availableMinutes() > 0 ? "rest" : "rest (not available)").append('\n');
            return;
        }
        boolean first = true;
        for (SessionPlan session : day.sessions()) {
            wrap(out, first ? label : INDENT, describe(session));
            first = false;
        }
    }

    static String describe(SessionPlan session) {
        String minutes = session.minutes() + " min" + (session.warmupMinutes() == null ? ""
                : " + " + session.warmupMinutes() + " warm-up");
        return switch (session.kind()) {
            case STRENGTH -> "Strength " + minutes + ": " + exercises(session.exercises());
            case EASY_RUN -> "Easy run " + minutes;
            case FLEXIBILITY -> "Flexibility " + minutes + ": " + exercises(session.exercises());
            case CROSS_TRAINING -> "Cross-training " + minutes + ": "
                    + session.activity().name().toLowerCase(Locale.ROOT);
        };
    }

    /** "superman 3x8, cat-cow 1x10, kneeling-hip-flexor-stretch 4x20s/side" */
    public static String exercises(List<ExercisePlan> exercises) {
        return exercises.stream().map(TerminalView::dose).collect(Collectors.joining(", "));
    }

    static String dose(ExercisePlan exercise) {
        String amount = exercise.reps() != null ? exercise.sets() + "x" + exercise.reps()
                : exercise.sets() + "x" + exercise.holdSeconds() + "s";
        return exercise.id() + " " + amount + (Boolean.TRUE.equals(exercise.perSide()) ? "/side" : "");
    }

    /** Wraps {@code text}, later lines hanging two columns under the first. */
    static void wrap(StringBuilder out, String firstPrefix, String text) {
        TextLayout.wrap(out, firstPrefix, " ".repeat(Math.min(firstPrefix.length() + 2, 20)), text);
    }
}
