package app.progression.render;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plan as one self-contained, printable HTML page: a header with any warnings, a chart of the progression,
 * each week as a calendar row of seven days, and how to do every exercise. Styles and the chart are inline; the
 * page loads nothing (its content security policy forbids it), so it works offline, from an e-mail, or printed.
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
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");

        out.append("<header>\n<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">")
                .append(plan.weeks()).append(plan.weeks() == 1 ? " week, " : " weeks, ")
                .append(esc(PlanText.LONG_DATE.format(days.get(0).date()))).append(" \u2013 ")
                .append(esc(PlanText.LONG_DATE.format(days.get(days.size() - 1).date())))
                .append(" \u00b7 athlete <code>").append(esc(plan.athleteId())).append("</code>");
        if (plan.score() != null) {
            out.append(" \u00b7 score ").append(esc(plan.score()));
        }
        out.append("</p>\n<p class=\"rules\"><strong>Every run is easy:</strong> ")
                .append(esc(PlanDocuments.EASY_PACE)).append(".");
        if (PlanText.hasWarmups(plan) && !catalog.warmUp().isEmpty()) {
            out.append(" <strong>Warm up</strong> before strength and runs: ")
                    .append(esc(PlanText.warmUpLine(catalog))).append(".");
        }
        out.append("</p>\n</header>\n");

        warnings(out, plan);
        out.append("<main>\n");
        chart(out, plan, catalog);
        for (WeekSummary week : plan.weekSummaries()) {
            week(out, plan, week, catalog);
        }
        howTo(out, plan, catalog);
        out.append("</main>\n<footer><p>Stop an exercise that brings sharp pain, or pain, numbness or tingling that "
                + "spreads into a leg, and ask your physiotherapist or doctor before going on. Made with "
                + "progression.</p></footer>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void warnings(StringBuilder out, PlanDocument plan) {
        if (plan.feasible() && PlanText.warnings(plan).isEmpty()) {
            return;
        }
        out.append("<section class=\"warnings\" aria-labelledby=\"warnings-title\">\n")
                .append("<h2 id=\"warnings-title\"><span class=\"icon\" aria-hidden=\"true\">!</span> ")
                .append("Read before you start</h2>\n<ul>\n");
        if (!plan.feasible()) {
            out.append("<li class=\"broken\"><strong>This plan breaks some hard rules.</strong> Check it with a coach "
                    + "or physiotherapist before you follow it.</li>\n");
        }
        for (String warning : PlanText.warnings(plan)) {
            out.append("<li>").append(esc(warning)).append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private static void week(StringBuilder out, PlanDocument plan, WeekSummary week, Catalog catalog) {
        List<DayPlan> days = PlanText.daysOf(plan, week.week());
        out.append("<section class=\"week\" id=\"week-").append(week.week()).append("\">\n<h2>Week ")
                .append(week.week());
        if (!days.isEmpty()) {
            out.append(" <span class=\"dates\">").append(esc(PlanText.dateRange(days))).append("</span>");
        }
        out.append("</h2>\n<p class=\"summary\">").append(week.runMinutes()).append(" min running in ")
                .append(plural(week.runs(), "run")).append(" \u00b7 ")
                .append(plural(week.strengthSessions(), "strength session"));
        if (week.flexibilityDays() > 0) {
            out.append(" \u00b7 stretching on ").append(plural(week.flexibilityDays(), "day"));
        }
        if (week.crossTrainingSessions() > 0) {
            out.append(" \u00b7 ").append(plural(week.crossTrainingSessions(), "cross-training session"));
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
                session(out, session, catalog);
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n</section>\n");
    }

    private static void session(StringBuilder out, SessionPlan session, Catalog catalog) {
        out.append("<div class=\"session ").append(cssKind(session.kind())).append("\">\n<div class=\"what\">")
                .append(esc(PlanText.title(session))).append("</div>\n<div class=\"time\">")
                .append(esc(shortMinutes(session))).append("</div>\n");
        if (session.kind() == SessionKind.EASY_RUN) {
            out.append("<div class=\"pace\">Easy pace: talk in full sentences</div>\n");
        }
        List<ExercisePlan> exercises = PlanText.exercises(session);
        if (!exercises.isEmpty()) {
            out.append("<ul>\n");
            for (ExercisePlan exercise : exercises) {
                out.append("<li><a href=\"#").append(anchor(exercise.id())).append("\">")
                        .append(esc(PlanText.name(exercise, catalog))).append("</a> <span class=\"dose\">")
                        .append(esc(PlanText.dose(exercise))).append("</span></li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</div>\n");
    }

    /** "18 min + 6 warm-up": short enough for a day cell on paper. */
    private static String shortMinutes(SessionPlan session) {
        int warmup = PlanText.warmup(session);
        return session.minutes() + " min" + (warmup > 0 ? " + " + warmup + " warm-up" : "");
    }

    private static void howTo(StringBuilder out, PlanDocument plan, Catalog catalog) {
        Map<String, String> names = new LinkedHashMap<>();
        PlanText.exercisesUsed(plan).forEach((id, exercise) -> names.put(id, PlanText.name(exercise, catalog)));
        if (PlanText.hasWarmups(plan)) {
            catalog.warmUp().forEach(item -> names.putIfAbsent(item.id(),
                    catalog.find(item.id()).map(Exercise::name).orElse(item.id())));
        }
        if (names.isEmpty()) {
            return;
        }
        out.append("<section class=\"howto\" id=\"how-to\">\n<h2>How to do the exercises</h2>\n<div class=\"cards\">\n");
        for (Map.Entry<String, String> entry : names.entrySet()) {
            Exercise exercise = catalog.find(entry.getKey()).orElse(null);
            out.append("<article id=\"").append(anchor(entry.getKey())).append("\">\n<h3>")
                    .append(esc(entry.getValue())).append("</h3>\n<p class=\"kind\">").append(esc(kindOf(exercise, catalog)))
                    .append("</p>\n<p>");
            if (exercise != null && exercise.howTo() != null && !exercise.howTo().isBlank()) {
                out.append(esc(exercise.howTo()));
            } else {
                out.append("<em>The catalog has no how-to for <code>").append(esc(entry.getKey()))
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
        if (exercise.kind() == ExerciseKind.STRENGTH) {
            String side = exercise.perSide() ? ", each side" : "";
            return exercise.rung() != null ? "Strength, step " + exercise.rung() + " of the ladder" + side
                    : "Strength, added to the set" + side;
        }
        if (exercise.kind() == ExerciseKind.WARM_UP) {
            return "Warm-up";
        }
        boolean inWarmUp = catalog.warmUp().stream().anyMatch(item -> item.id().equals(exercise.id()));
        String side = exercise.perSide() ? ", each side" : "";
        return (exercise.holdSeconds() > 0 ? "Stretch or release" : "Mobility") + side
                + (inWarmUp ? "; also in the warm-up" : "");
    }

    // ---- the progression chart ------------------------------------------------------------------------------

    private static final int CHART_WIDTH = 760;
    private static final int LABEL_WIDTH = 280;
    private static final int ROW = 18;

    /** One row of the chart: an exercise and what it shows in each week (a dose, a count of days, or nothing). */
    private record Row(String name, List<String> cells) {
    }

    private static void chart(StringBuilder out, PlanDocument plan, Catalog catalog) {
        List<WeekSummary> weeks = plan.weekSummaries();
        int n = weeks.size();
        if (n == 0) {
            return;
        }
        List<Row> strength = rows(plan, catalog, weeks, true);
        List<Row> stretches = rows(plan, catalog, weeks, false);
        double column = (CHART_WIDTH - LABEL_WIDTH - 10) / (double) n;
        boolean cellText = column >= 26;
        int y = 8;
        StringBuilder svg = new StringBuilder();
        // Week numbers along the top.
        y += 12;
        for (int w = 0; w < n; w++) {
            String label = (column >= 44 ? "Week " : "") + weeks.get(w).week();
            svg.append(text(LABEL_WIDTH + column * w + column / 2, y, "middle", "wk", label));
        }
        y += 8;
        y = group(svg, "Strength set (sets \u00d7 reps)", strength, "strength", y, column, cellText);
        y = group(svg, "Stretches (on how many days)", stretches, "flexibility", y, column, cellText);
        // Weekly running minutes as bars.
        int barArea = 90;
        int maxMinutes = weeks.stream().mapToInt(WeekSummary::runMinutes).max().orElse(0);
        y += 14;
        svg.append(text(4, y, "start", "group", "Easy running (minutes a week)"));
        y += 6;
        int base = y + 14 + barArea;
        svg.append("<line class=\"axis\" x1=\"").append(LABEL_WIDTH).append("\" y1=\"").append(base)
                .append("\" x2=\"").append(CHART_WIDTH - 10).append("\" y2=\"").append(base).append("\"/>\n");
        for (int w = 0; w < n; w++) {
            int minutes = weeks.get(w).runMinutes();
            double height = maxMinutes == 0 ? 0 : barArea * (double) minutes / maxMinutes;
            double x = LABEL_WIDTH + column * w + column * 0.18;
            svg.append("<rect class=\"bar\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(base - height))
                    .append("\" width=\"").append(fmt(column * 0.64)).append("\" height=\"").append(fmt(height))
                    .append("\"><title>Week ").append(weeks.get(w).week()).append(": ").append(minutes)
                    .append(" min running</title></rect>\n");
            svg.append(text(LABEL_WIDTH + column * w + column / 2, base - height - 3, "middle", "value",
                    String.valueOf(minutes)));
        }
        int height = base + 8;
        out.append("<section class=\"overview\" aria-labelledby=\"overview-title\">\n")
                .append("<h2 id=\"overview-title\">Progression at a glance</h2>\n")
                .append("<svg class=\"chart\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\">\n")
                .append("<title id=\"chart-title\">Progression over ").append(plural(n, "week")).append("</title>\n")
                .append("<desc id=\"chart-desc\">For each week: the strength exercises and their dose, the stretches "
                        + "and on how many days, and the minutes of easy running.</desc>\n")
                .append(svg).append("</svg>\n</section>\n");
    }

    private static int group(StringBuilder svg, String heading, List<Row> rows, String css, int y, double column,
            boolean cellText) {
        if (rows.isEmpty()) {
            return y;
        }
        y += 14;
        svg.append(text(4, y, "start", "group", heading));
        y += 6;
        for (Row row : rows) {
            String label = row.name().length() > 45 ? row.name().substring(0, 44).strip() + "\u2026" : row.name();
            svg.append("<text class=\"label\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 13)
                    .append("\" text-anchor=\"end\"><title>").append(esc(row.name())).append("</title>")
                    .append(esc(label)).append("</text>\n");
            for (int w = 0; w < row.cells().size(); w++) {
                String cell = row.cells().get(w);
                if (cell == null) {
                    continue;
                }
                double x = LABEL_WIDTH + column * w + 1;
                svg.append("<rect class=\"cell ").append(css).append("\" x=\"").append(fmt(x)).append("\" y=\"")
                        .append(y + 2).append("\" width=\"").append(fmt(column - 2)).append("\" height=\"")
                        .append(ROW - 3).append("\" rx=\"2\"><title>").append(esc(row.name())).append(", week ")
                        .append(w + 1).append(": ").append(esc(cell)).append("</title></rect>\n");
                if (cellText) {
                    svg.append(text(x + (column - 2) / 2, y + 13, "middle", "cell-text", cell));
                }
            }
            y += ROW;
        }
        return y;
    }

    /** Rows for strength exercises (cell: the week's dose) or stretches (cell: on how many days). */
    private static List<Row> rows(PlanDocument plan, Catalog catalog, List<WeekSummary> weeks, boolean strength) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String[]> cells = new LinkedHashMap<>();
        for (int w = 0; w < weeks.size(); w++) {
            for (DayPlan day : PlanText.daysOf(plan, weeks.get(w).week())) {
                for (SessionPlan session : day.sessions()) {
                    boolean isStrength = session.kind() == SessionKind.STRENGTH;
                    if (isStrength != strength) {
                        continue;
                    }
                    for (ExercisePlan exercise : PlanText.exercises(session)) {
                        names.putIfAbsent(exercise.id(), PlanText.name(exercise, catalog));
                        String[] row = cells.computeIfAbsent(exercise.id(), id -> new String[weeks.size()]);
                        if (strength) {
                            row[w] = shortDose(exercise);
                        } else {
                            row[w] = String.valueOf(row[w] == null ? 1 : Integer.parseInt(row[w]) + 1);
                        }
                    }
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        names.forEach((id, name) -> rows.add(new Row(name, Arrays.asList(cells.get(id)))));
        return rows;
    }

    private static String shortDose(ExercisePlan exercise) {
        if (exercise.reps() != null) {
            return exercise.sets() + "\u00d7" + exercise.reps();
        }
        if (exercise.holdSeconds() != null) {
            return exercise.sets() + "\u00d7" + exercise.holdSeconds() + "s";
        }
        return "\u2713";
    }

    private static String text(double x, double y, String anchor, String css, String content) {
        return "<text class=\"" + css + "\" x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\">"
                + esc(content) + "</text>\n";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String cssKind(SessionKind kind) {
        return switch (kind) {
            case STRENGTH -> "strength";
            case EASY_RUN -> "run";
            case FLEXIBILITY -> "flexibility";
            case CROSS_TRAINING -> "cross";
        };
    }

    static String anchor(String id) {
        return "ex-" + id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String CSS = """
            :root { --ink: #1d2430; --muted: #5b6472; --line: #d5d9e0; --paper: #fff;
              --strength: #2f6db5; --strength-bg: #e6effa; --run: #23824f; --run-bg: #e3f4ea;
              --flex: #a35f00; --flex-bg: #fdf0dc; --cross: #7a4ea3; --cross-bg: #f1e9f9;
              --warn: #8a4b00; --warn-bg: #fff4d6; --warn-line: #e0a400; }
            * { box-sizing: border-box; }
            html { -webkit-text-size-adjust: 100%; }
            body { margin: 0 auto; max-width: 1180px; padding: 24px; color: var(--ink); background: var(--paper);
              font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            h1 { font-size: 1.8em; margin: 0 0 .2em; }
            h2 { font-size: 1.25em; margin: 0 0 .3em; }
            h3 { font-size: 1em; margin: 0 0 .2em; }
            code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: .92em; }
            a { color: inherit; text-decoration-color: var(--line); }
            .meta, .summary, .kind { color: var(--muted); margin: 0 0 .4em; }
            .rules { margin: .4em 0 1em; }
            .warnings { background: var(--warn-bg); border: 2px solid var(--warn-line); border-radius: 6px;
              padding: 10px 16px; margin: 0 0 18px; color: var(--warn); }
            .warnings h2 { color: var(--warn); }
            .warnings ul { margin: 0; padding-left: 1.2em; }
            .warnings li { margin: .2em 0; color: var(--ink); }
            .warnings .broken { color: #a4161a; }
            .icon { display: inline-block; width: 1.3em; height: 1.3em; line-height: 1.3em; border-radius: 50%;
              background: var(--warn-line); color: #fff; text-align: center; font-weight: 700; }
            section { margin: 0 0 22px; }
            .chart { width: 100%; max-width: 900px; height: auto; display: block; }
            .chart text { font-size: 11px; fill: var(--ink); }
            .chart .wk, .chart .value { fill: var(--muted); font-size: 10px; }
            .chart .group { font-weight: 700; font-size: 12px; }
            .chart .cell-text { font-size: 9.5px; }
            .chart .cell.strength { fill: var(--strength-bg); stroke: var(--strength); stroke-width: .8; }
            .chart .cell.flexibility { fill: var(--flex-bg); stroke: var(--flex); stroke-width: .8; }
            .chart .bar { fill: var(--run); }
            .chart .axis { stroke: var(--muted); stroke-width: 1; }
            .week { border-top: 2px solid var(--ink); padding-top: 6px; }
            .dates { font-weight: 400; color: var(--muted); margin-left: .4em; }
            .grid { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px;
              grid-template-columns: repeat(7, minmax(0, 1fr)); }
            .day { border: 1px solid var(--line); border-radius: 6px; padding: 6px; min-height: 4.5em; }
            .day.rest { background: #f6f7f9; }
            .date { font-weight: 700; margin-bottom: 4px; }
            .rest-note { margin: 0; color: var(--muted); }
            .session { border-left: 4px solid; border-radius: 3px; padding: 3px 6px; margin: 0 0 5px; }
            .session.strength { border-color: var(--strength); background: var(--strength-bg); }
            .session.run { border-color: var(--run); background: var(--run-bg); }
            .session.flexibility { border-color: var(--flex); background: var(--flex-bg); }
            .session.cross { border-color: var(--cross); background: var(--cross-bg); }
            .what { font-weight: 700; }
            .time, .pace { color: var(--muted); font-size: .9em; }
            .session ul { margin: 3px 0 0; padding: 0; list-style: none; }
            .session li { margin: 2px 0; overflow-wrap: anywhere; }
            .dose { font-weight: 600; }
            .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 10px; }
            .cards article { border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; }
            .cards article p { margin: 0; }
            .cards article .kind { font-size: .85em; margin-bottom: .3em; }
            footer { color: var(--muted); border-top: 1px solid var(--line); margin-top: 12px; font-size: .9em; }
            @media (max-width: 820px) {
              body { padding: 12px; }
              .grid { grid-template-columns: 1fr; }
              .day { min-height: 0; }
            }
            @page { margin: 11mm 10mm; }
            @media print {
              body { max-width: none; padding: 0; font-size: 7pt; line-height: 1.2; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              h1 { font-size: 15pt; }
              h2 { font-size: 10.5pt; }
              a { text-decoration: none; }
              .grid { grid-template-columns: repeat(7, minmax(0, 1fr)); gap: 3px; }
              .day { padding: 3px; border-radius: 3px; min-height: 0; }
              .session { padding: 1px 3px; margin-bottom: 2px; border-left-width: 3px; }
              .session li { margin: 1px 0; }
              .pace { display: none; }
              .date { margin-bottom: 2px; }
              .week, .overview, .warnings, .cards article { break-inside: avoid; page-break-inside: avoid; }
              .week { margin-bottom: 10px; }
              .howto { break-before: page; page-break-before: always; }
              .cards { grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 5px; }
              .chart { max-width: 100%; }
            }
            """;
}
