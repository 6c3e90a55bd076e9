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
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The plan as Markdown for a chat or a club site: a short header with when to stop and what the self-tests found,
 * one table per week with a row per session, and how to do each exercise at the end. Tables are GitHub-flavoured
 * (the kind most chats and site builders render); cell text is escaped so that a name with a pipe or an asterisk
 * cannot break the table.
 */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    public static String render(PlanDocument plan, Catalog catalog) {
        StringBuilder out = new StringBuilder();
        out.append("# Training plan for ").append(escape(PlanText.athleteName(plan))).append("\n\n");
        out.append(plan.weeks()).append(" weeks from ").append(PlanText.LONG_DATE.format(plan.startDate()))
                .append(". Every run is ").append(escape(PlanDocuments.EASY_PACE)).append(".");
        if (PlanText.hasWarmups(plan) && !catalog.warmUp().isEmpty()) {
            out.append(" A session with a warm-up starts with it: ").append(escape(PlanText.warmUpLine(catalog)))
                    .append(".");
        }
        out.append("\n\n> **Stop if it hurts.** ").append(escape(AthleteNotes.stopLine())).append('\n');
        findings(out, plan, catalog);
        if (!plan.feasible()) {
            out.append("\n> **Warning:** ").append(escape(AthleteNotes.NEEDS_A_SECOND_LOOK)).append('\n');
        }
        for (String warning : PlanText.warnings(plan)) {
            out.append("\n> **Warning:** ").append(escape(warning)).append('\n');
        }
        for (WeekSummary week : plan.weekSummaries()) {
            week(out, plan, week, catalog);
        }
        howTo(out, plan, catalog);
        return out.toString();
    }

    private static void findings(StringBuilder out, PlanDocument plan, Catalog catalog) {
        List<AthleteNotes.Finding> findings = AthleteNotes.findings(plan, catalog);
        if (findings.isEmpty()) {
            return;
        }
        Map<String, String> names = AthleteNotes.names(plan, catalog);
        out.append("\n## What your self-tests found\n\n");
        for (AthleteNotes.Finding finding : findings) {
            out.append("- **").append(escape(finding.label())).append("**: ")
                    .append(escape(finding.servedByText(names)));
            if (finding.tip() != null) {
                out.append("; ").append(escape(finding.tip()));
            }
            out.append(".\n");
        }
    }

    private static void week(StringBuilder out, PlanDocument plan, WeekSummary week, Catalog catalog) {
        List<DayPlan> days = PlanText.daysOf(plan, week.week());
        out.append("\n## Week ").append(week.week());
        if (!days.isEmpty()) {
            out.append(" (").append(PlanText.dateRange(days)).append(")");
        }
        if (week.cutback()) {
            out.append(": easier week");
        }
        out.append("\n\n");
        if (week.cutback()) {
            out.append("This is ").append(AthleteNotes.easierWeek(week)).append(". ");
        }
        out.append(week.runMinutes()).append(" min running in ").append(PlanText.plural(week.runs(), "run"))
                .append(", ").append(PlanText.plural(week.strengthSessions(), "strength session")).append(".\n\n");
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
                String time = PlanText.minutes(session)
                        + (PlanText.followsTheWarmUp(day, session) ? ", " + AthleteNotes.ALREADY_WARM : "");
                out.append("| ").append(first ? date : "").append(" | ")
                        .append(escape(PlanText.title(session))).append(" | ")
                        .append(escape(time)).append(" | ")
                        .append(exercises(session, catalog)).append(" |\n");
                first = false;
            }
        }
    }

    private static String exercises(SessionPlan session, Catalog catalog) {
        if (session.kind() == SessionKind.EASY_RUN) {
            return session.pace() == null ? "" : "at an easy pace";
        }
        List<ExercisePlan> exercises = PlanText.exercises(session);
        return exercises.stream()
                .map(e -> escape(PlanText.name(e, catalog)) + " " + escape(PlanText.dose(e))
                        + (AthleteNotes.isTestFirst(e) ? " (**" + escape(AthleteNotes.TEST_FIRST) + "**)" : ""))
                .collect(Collectors.joining("; "));
    }

    private static void howTo(StringBuilder out, PlanDocument plan, Catalog catalog) {
        Map<String, String> entries = PlanText.howToEntries(plan, catalog);
        if (entries.isEmpty()) {
            return;
        }
        Map<String, Integer> newIn = AthleteNotes.newExercises(plan);
        out.append("\n## How to do each exercise\n\n");
        entries.forEach((id, name) -> {
            out.append("- **").append(escape(name)).append("**: ");
            if (newIn.containsKey(id)) {
                out.append("**").append(escape(AthleteNotes.newInWeek(newIn.get(id)))).append("** ");
            }
            out.append(escape(PlanText.howTo(id, catalog))).append('\n');
        });
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
