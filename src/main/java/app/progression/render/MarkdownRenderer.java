package app.progression.render;

import app.progression.catalog.Catalog;
import app.progression.domain.SessionKind;
import app.progression.plan.PlanDocument;
import app.progression.plan.PlanDocument.DayPlan;
import app.progression.plan.PlanDocument.ExercisePlan;
import app.progression.plan.PlanDocument.SessionPlan;
import app.progression.plan.PlanDocument.WeekSummary;
import app.progression.plan.PlanDocuments;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The plan as Markdown for a chat or a club site: a short header, then one table per week with a row per session.
 * Tables are GitHub-flavoured (the kind most chats and site builders render); cell text is escaped so that a
 * name with a pipe or an asterisk cannot break the table.
 */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    public static String render(PlanDocument plan, Catalog catalog) {
        StringBuilder out = new StringBuilder();
        out.append("# Training plan for ").append(escape(PlanText.athleteName(plan))).append("\n\n");
        out.append(plan.weeks()).append(" weeks from ").append(PlanText.LONG_DATE.format(plan.startDate()))
                .append(". Every run is easy: ").append(escape(PlanDocuments.EASY_PACE)).append(".");
        if (PlanText.hasWarmups(plan) && !catalog.warmUp().isEmpty()) {
            out.append(" Warm up before strength and runs: ").append(escape(PlanText.warmUpLine(catalog)))
                    .append(".");
        }
        out.append("\n");
        if (!plan.feasible()) {
            out.append("\n> **Warning:** this plan breaks some hard rules; check it with a coach before you "
                    + "follow it.\n");
        }
        for (String warning : PlanText.warnings(plan)) {
            out.append("\n> **Warning:** ").append(escape(warning)).append('\n');
        }
        for (WeekSummary week : plan.weekSummaries()) {
            List<DayPlan> days = PlanText.daysOf(plan, week.week());
            out.append("\n## Week ").append(week.week());
            if (!days.isEmpty()) {
                out.append(" (").append(PlanText.dateRange(days)).append(")");
            }
            out.append("\n\n");
            out.append(week.runMinutes()).append(" min running in ").append(week.runs()).append(week.runs() == 1
                    ? " run" : " runs").append(", ").append(week.strengthSessions()).append(" strength ")
                    .append(week.strengthSessions() == 1 ? "session" : "sessions").append(".\n\n");
            out.append("| Day | Session | Time | Exercises |\n");
            out.append("| --- | --- | --- | --- |\n");
            for (DayPlan day : days) {
                String date = PlanText.SHORT_DAY.format(day.date());
                if (day.sessions().isEmpty()) {
                    out.append("| ").append(date).append(" | Rest | | |\n");
                    continue;
                }
                boolean first = true;
                for (SessionPlan session : day.sessions()) {
                    out.append("| ").append(first ? date : "").append(" | ")
                            .append(escape(PlanText.title(session))).append(" | ")
                            .append(escape(PlanText.minutes(session))).append(" | ")
                            .append(exercises(session, catalog)).append(" |\n");
                    first = false;
                }
            }
        }
        return out.toString();
    }

    private static String exercises(SessionPlan session, Catalog catalog) {
        if (session.kind() == SessionKind.EASY_RUN) {
            return session.pace() == null ? "" : "at an easy pace";
        }
        List<ExercisePlan> exercises = PlanText.exercises(session);
        return exercises.stream()
                .map(e -> escape(PlanText.name(e, catalog)) + " " + escape(PlanText.dose(e)))
                .collect(Collectors.joining("; "));
    }

    /** Makes text safe inside a table cell: no pipes, no line breaks, no accidental emphasis or HTML. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '|', '\\', '*', '_', '`', '[', ']', '<', '>', '#' -> out.append('\\').append(c);
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
