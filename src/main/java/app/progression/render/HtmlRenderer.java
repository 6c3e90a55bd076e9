package app.progression.render;

import static app.progression.render.Html.anchor;
import static app.progression.render.Html.esc;

import app.progression.catalog.Catalog;
import app.progression.catalog.Exercise;
import app.progression.catalog.ExerciseKind;
import app.progression.domain.SessionKind;
import app.progression.plan.PlanDocument;
import app.progression.plan.PlanDocument.DayPlan;
import app.progression.plan.PlanDocument.ExercisePlan;
import app.progression.plan.PlanDocument.SessionPlan;
import app.progression.plan.PlanDocument.WeekSummary;
import app.progression.plan.PlanDocuments;
import java.util.List;
import java.util.Map;

/**
 * The plan as one self-contained, printable HTML page for the athlete: when to stop, what the self-tests found and
 * which stretches answer it, any warnings, a chart of the progression, each week as seven days, and how to do
 * every exercise. Styles ({@link HtmlStyles}) and the chart ({@link ProgressionChart}) are inline; the page loads
 * nothing (its content security policy forbids it), so it works offline, from an e-mail, or printed.
 */
public final class HtmlRenderer {

    private HtmlRenderer() {
    }

    public static String render(PlanDocument plan, Catalog catalog) {
        StringBuilder out = new StringBuilder(64 * 1024);
        List<DayPlan> days = plan.days();
        String title = "Training plan for " + PlanText.athleteName(plan);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"generator\" content=\"progression\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>").append(esc(title + ", " + plan.weeks() + " weeks from "
                        + PlanText.LONG_DATE.format(plan.startDate()))).append("</title>\n")
                .append("<style>\n").append(HtmlStyles.CSS).append("</style>\n</head>\n<body>\n");

        out.append("<header>\n<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">")
                .append(PlanText.plural(plan.weeks(), "week")).append(", ")
                .append(esc(PlanText.LONG_DATE.format(days.get(0).date()))).append(" \u2013 ")
                .append(esc(PlanText.LONG_DATE.format(days.get(days.size() - 1).date())))
                .append("</p>\n<p class=\"rules\"><strong>Every run is easy.</strong> Pace: ")
                .append(esc(PlanDocuments.EASY_PACE)).append(".");
        if (PlanText.hasWarmups(plan) && !catalog.warmUp().isEmpty()) {
            out.append(" <strong>Warm-up</strong> where a session shows one: ")
                    .append(esc(PlanText.warmUpLine(catalog))).append(".");
        }
        out.append("</p>\n</header>\n");

        stopIfItHurts(out);
        findings(out, plan, catalog);
        warnings(out, plan);
        out.append("<main>\n");
        ProgressionChart.section(out, plan, catalog);
        for (WeekSummary week : plan.weekSummaries()) {
            week(out, plan, week, catalog);
        }
        howTo(out, plan, catalog);
        out.append("</main>\n<footer><p>").append(esc(AthleteNotes.STOP_IF_IT_HURTS))
                .append(" Made with progression.</p></footer>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void stopIfItHurts(StringBuilder out) {
        out.append("<section class=\"stop\" aria-labelledby=\"stop-title\">\n<h2 id=\"stop-title\">Stop if it hurts</h2>\n")
                .append("<p><strong>").append(esc(AthleteNotes.STOP_IF_IT_HURTS)).append("</strong></p>\n<p>")
                .append(esc(AthleteNotes.SEE_A_CLINICIAN)).append("</p>\n</section>\n");
    }

    private static void findings(StringBuilder out, PlanDocument plan, Catalog catalog) {
        List<AthleteNotes.Finding> findings = AthleteNotes.findings(plan, catalog);
        if (findings.isEmpty()) {
            return;
        }
        Map<String, String> names = AthleteNotes.names(plan, catalog);
        out.append("<section class=\"findings\" aria-labelledby=\"findings-title\">\n")
                .append("<h2 id=\"findings-title\">What your self-tests found</h2>\n<ul>\n");
        for (AthleteNotes.Finding finding : findings) {
            out.append("<li><strong>").append(esc(finding.label())).append("</strong>: ");
            if (finding.servedBy().isEmpty()) {
                out.append(esc(finding.nothingServesIt()));
            } else {
                out.append(esc(finding.servedByWhat())).append(" for it: ");
                for (int i = 0; i < finding.servedBy().size(); i++) {
                    String id = finding.servedBy().get(i);
                    out.append(i == 0 ? "" : ", ").append("<a href=\"#").append(anchor(id)).append("\">")
                            .append(esc(names.get(id))).append("</a>");
                }
            }
            if (finding.tip() != null) {
                out.append("; ").append(esc(finding.tip()));
            }
            out.append(".</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private static void warnings(StringBuilder out, PlanDocument plan) {
        if (plan.feasible() && PlanText.warnings(plan).isEmpty()) {
            return;
        }
        out.append("<section class=\"warnings\" aria-labelledby=\"warnings-title\">\n")
                .append("<h2 id=\"warnings-title\"><span class=\"icon\" aria-hidden=\"true\">!</span> ")
                .append("Read before you start</h2>\n<ul>\n");
        if (!plan.feasible()) {
            out.append("<li class=\"broken\"><strong>").append(esc(AthleteNotes.NEEDS_A_SECOND_LOOK))
                    .append("</strong></li>\n");
        }
        for (String warning : PlanText.warnings(plan)) {
            out.append("<li>").append(esc(warning)).append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private static void week(StringBuilder out, PlanDocument plan, WeekSummary week, Catalog catalog) {
        List<DayPlan> days = PlanText.daysOf(plan, week.week());
        out.append("<section class=\"week").append(week.cutback() ? " easier-week" : "").append("\" id=\"week-")
                .append(week.week()).append("\">\n<h2>Week ").append(week.week());
        if (!days.isEmpty()) {
            out.append(" <span class=\"dates\">").append(esc(PlanText.dateRange(days))).append("</span>");
        }
        if (week.cutback()) {
            out.append(" <span class=\"easier\">Easier week</span>");
        }
        out.append("</h2>\n<p class=\"summary\">");
        if (week.cutback()) {
            out.append("<strong>").append(esc(PlanText.capitalize(AthleteNotes.easierWeek(week))))
                    .append(".</strong> ");
        }
        out.append(week.runMinutes()).append(" min running in ").append(PlanText.plural(week.runs(), "run"))
                .append(" \u00b7 ").append(PlanText.plural(week.strengthSessions(), "strength session"));
        if (week.flexibilityDays() > 0) {
            out.append(" \u00b7 stretching on ").append(PlanText.plural(week.flexibilityDays(), "day"));
        }
        if (week.crossTrainingSessions() > 0) {
            out.append(" \u00b7 ").append(PlanText.plural(week.crossTrainingSessions(), "cross-training session"));
        }
        out.append("</p>\n<ol class=\"grid\">\n");
        for (DayPlan day : days) {
            boolean rest = day.sessions().isEmpty();
            out.append("<li class=\"day").append(rest ? " rest" : "").append("\">\n<div class=\"date\">")
                    .append(esc(PlanText.SHORT_DAY.format(day.date()))).append("</div>\n");
            if (rest) {
                out.append("<p class=\"rest-note\">").append(day.availableMinutes() > 0 ? "Rest" : "Rest (not available)")
                        .append("</p>\n");
            }
            for (SessionPlan session : day.sessions()) {
                session(out, day, session, catalog);
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n</section>\n");
    }

    /** A session, with a tick box and (strength) a pain score that only paper shows: there they can be filled in. */
    private static void session(StringBuilder out, DayPlan day, SessionPlan session, Catalog catalog) {
        out.append("<div class=\"session ").append(cssKind(session.kind())).append("\">\n<div class=\"what\">")
                .append("<span class=\"tick\" aria-hidden=\"true\"></span>")
                .append(esc(PlanText.title(session))).append("</div>\n<div class=\"time\">")
                .append(esc(PlanText.minutes(session)));
        if (PlanText.followsTheWarmUp(day, session)) {
            out.append(" \u00b7 ").append(esc(AthleteNotes.ALREADY_WARM));
        }
        out.append("</div>\n");
        if (session.kind() == SessionKind.EASY_RUN) {
            out.append("<div class=\"pace\">Easy pace: talk in full sentences</div>\n");
        }
        List<ExercisePlan> exercises = PlanText.exercises(session);
        if (!exercises.isEmpty()) {
            out.append("<ul>\n");
            for (ExercisePlan exercise : exercises) {
                boolean fresh = AthleteNotes.isTestFirst(exercise);
                out.append(fresh ? "<li class=\"new\">" : "<li>").append("<a href=\"#").append(anchor(exercise.id()))
                        .append("\">").append(esc(PlanText.name(exercise, catalog))).append("</a> <span class=\"dose\">")
                        .append(esc(unbroken(PlanText.dose(exercise)))).append("</span>");
                if (fresh) {
                    out.append(" <strong class=\"new-mark\">").append(esc(PlanText.capitalize(AthleteNotes.TEST_FIRST)))
                            .append("</strong>");
                }
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        if (session.kind() == SessionKind.STRENGTH) {
            out.append("<div class=\"pain\">Pain 0\u201310: <span class=\"blank\"></span></div>\n");
        }
        out.append("</div>\n");
    }

    private static void howTo(StringBuilder out, PlanDocument plan, Catalog catalog) {
        Map<String, String> entries = PlanText.howToEntries(plan, catalog);
        if (entries.isEmpty()) {
            return;
        }
        Map<String, Integer> newIn = AthleteNotes.newExercises(plan);
        out.append("<section class=\"howto\" id=\"how-to\">\n<h2>How to do each exercise</h2>\n<div class=\"cards\">\n");
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            String id = entry.getKey();
            Exercise exercise = catalog.find(id).orElse(null);
            out.append("<article id=\"").append(anchor(id)).append("\">\n<h3>").append(esc(entry.getValue()))
                    .append("</h3>\n<p class=\"kind\">").append(esc(kindOf(exercise, catalog))).append("</p>\n");
            if (newIn.containsKey(id)) {
                out.append("<p class=\"new-mark\">").append(esc(AthleteNotes.newInWeek(newIn.get(id)))).append("</p>\n");
            }
            out.append("<p>");
            if (PlanText.hasHowTo(id, catalog)) {
                out.append(esc(exercise.howTo()));
            } else {
                out.append("<em>The catalog has no how-to for <code>").append(esc(id))
                        .append("</code>; ask your coach, or render with the catalog the plan was made with "
                                + "(--catalog).</em>");
            }
            out.append("</p>\n</article>\n");
        }
        out.append("</div>\n</section>\n");
    }

    private static String kindOf(Exercise exercise, Catalog catalog) {
        if (exercise == null || exercise.kind() == null) {
            return "Exercise";
        }
        String side = exercise.perSide() ? ", each side" : "";
        if (exercise.kind() == ExerciseKind.STRENGTH) {
            return exercise.rung() != null ? "Strength, step " + exercise.rung() + " of the ladder" + side
                    : "Strength, added to the set" + side;
        }
        if (exercise.kind() == ExerciseKind.WARM_UP) {
            return "Warm-up";
        }
        boolean inWarmUp = catalog.warmUp().stream().anyMatch(item -> item.id().equals(exercise.id()));
        return (exercise.holdSeconds() > 0 ? "Stretch or release" : "Mobility") + side
                + (inWarmUp ? "; also in the warm-up" : "");
    }

    /** "3 × 8 per side" with the sets and repetitions kept on one line: a narrow cell must not split them. */
    private static String unbroken(String dose) {
        return dose.replace(" " + PlanText.TIMES + " ", "\u00a0" + PlanText.TIMES + "\u00a0");
    }

    private static String cssKind(SessionKind kind) {
        return switch (kind) {
            case STRENGTH -> "strength";
            case EASY_RUN -> "run";
            case FLEXIBILITY -> "flexibility";
            case CROSS_TRAINING -> "cross";
        };
    }
}
