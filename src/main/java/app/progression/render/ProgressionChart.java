package app.progression.render;

import static app.progression.render.Html.esc;

import app.progression.catalog.Catalog;
import app.progression.domain.SessionKind;
import app.progression.plan.PlanDocument;
import app.progression.plan.PlanDocument.DayPlan;
import app.progression.plan.PlanDocument.ExercisePlan;
import app.progression.plan.PlanDocument.SessionPlan;
import app.progression.plan.PlanDocument.WeekSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The progression at a glance as inline SVG: each week's strength exercises with their dose, the stretches with
 * on how many days, and the minutes of easy running as bars.
 *
 * <p>An SVG scales as a whole, so one drawing cannot be legible both on a desktop and on a phone: squeezed to a
 * phone's width, a chart drawn for 760 units shows its text at half size. The page therefore carries two drawings
 * and its style sheet shows one: {@link Layout#WIDE} (names beside their rows, every week in one chart) on wide
 * screens and paper, {@link Layout#NARROW} (names above their rows, at most eight weeks per chart) on phones.
 */
final class ProgressionChart {

    /** How a chart is drawn: its width in SVG units, room for names beside the rows, weeks per drawing. */
    enum Layout {
        /** Names to the left of their rows; drawn about as wide as it is shown on a desktop. */
        WIDE(760, 280, Integer.MAX_VALUE, 18),
        /** Names on a line above their rows; about as wide as a phone shows it, so text keeps its size. */
        NARROW(340, 0, 8, 32);

        final int width;
        final int labelWidth;
        final int weeksPerChart;
        final int rowHeight;

        Layout(int width, int labelWidth, int weeksPerChart, int rowHeight) {
            this.width = width;
            this.labelWidth = labelWidth;
            this.weeksPerChart = weeksPerChart;
            this.rowHeight = rowHeight;
        }

        boolean namesAbove() {
            return labelWidth == 0;
        }

        String css() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final int BAR_AREA = 90;
    private static final int RIGHT_MARGIN = 4;

    /**
     * One row of the chart: an exercise and what it shows in each week from {@code firstWeek} on (a dose, a count
     * of days, or nothing).
     */
    private record Row(String name, int firstWeek, List<String> cells) {
    }

    private ProgressionChart() {
    }

    /** The chart section: the wide drawing and the narrow ones, for the style sheet to choose from. */
    static void section(StringBuilder out, PlanDocument plan, Catalog catalog) {
        List<WeekSummary> weeks = plan.weekSummaries();
        if (weeks.isEmpty()) {
            return;
        }
        out.append("<section class=\"overview\" aria-labelledby=\"overview-title\">\n")
                .append("<h2 id=\"overview-title\">Progression at a glance</h2>\n<div class=\"chart-wide\">\n");
        svg(out, plan, catalog, weeks, Layout.WIDE, "wide");
        out.append("</div>\n<div class=\"chart-narrow\">\n");
        for (int from = 0, part = 1; from < weeks.size(); from += Layout.NARROW.weeksPerChart, part++) {
            List<WeekSummary> chunk = weeks.subList(from, Math.min(weeks.size(), from + Layout.NARROW.weeksPerChart));
            if (weeks.size() > Layout.NARROW.weeksPerChart) {
                out.append("<h3>Weeks ").append(chunk.get(0).week()).append("\u2013")
                        .append(chunk.get(chunk.size() - 1).week()).append("</h3>\n");
            }
            svg(out, plan, catalog, chunk, Layout.NARROW, "narrow-" + part);
        }
        out.append("</div>\n</section>\n");
    }

    private static void svg(StringBuilder out, PlanDocument plan, Catalog catalog, List<WeekSummary> weeks,
            Layout layout, String idSuffix) {
        int n = weeks.size();
        double column = (layout.width - layout.labelWidth - RIGHT_MARGIN) / (double) n;
        StringBuilder svg = new StringBuilder();
        int y = 20;
        for (int w = 0; w < n; w++) {
            int week = weeks.get(w).week();
            String label = column >= 44 ? "Week " + week : column >= 28 ? "Wk " + week : String.valueOf(week);
            svg.append(text(layout.labelWidth + column * w + column / 2, y, "middle", "wk", label));
        }
        y += 8;
        y = group(svg, "Strength set (sets \u00d7 reps)", rows(plan, catalog, weeks, true), "strength", y, column,
                layout);
        y = group(svg, "Stretches (on how many days)", rows(plan, catalog, weeks, false), "flexibility", y, column,
                layout);
        y = runningBars(svg, weeks, y, column, layout);
        String titleId = "chart-title-" + idSuffix;
        String descId = "chart-desc-" + idSuffix;
        out.append("<svg class=\"chart ").append(layout.css()).append("\" viewBox=\"0 0 ").append(layout.width)
                .append(' ').append(y + 8).append("\" role=\"img\" aria-labelledby=\"").append(titleId).append(' ')
                .append(descId).append("\">\n<title id=\"").append(titleId).append("\">Progression over weeks ")
                .append(weeks.get(0).week()).append(" to ").append(weeks.get(n - 1).week()).append("</title>\n")
                .append("<desc id=\"").append(descId).append("\">For each week: the strength exercises and their "
                        + "dose, the stretches and on how many days, and the minutes of easy running.</desc>\n")
                .append(svg).append("</svg>\n");
    }

    private static int group(StringBuilder svg, String heading, List<Row> rows, String css, int y, double column,
            Layout layout) {
        if (rows.isEmpty()) {
            return y;
        }
        y += layout.namesAbove() ? 20 : 14;
        svg.append(text(4, y, "start", "group", heading));
        y += 6;
        boolean cellText = column >= 26;
        for (Row row : rows) {
            int cellTop = y + 2;
            if (layout.namesAbove()) {
                svg.append("<text class=\"label\" x=\"2\" y=\"").append(y + 13).append("\"><title>")
                        .append(esc(row.name())).append("</title>").append(esc(shorten(row.name(), 52)))
                        .append("</text>\n");
                cellTop = y + 16;
            } else {
                svg.append("<text class=\"label\" x=\"").append(layout.labelWidth - 8).append("\" y=\"").append(y + 13)
                        .append("\" text-anchor=\"end\"><title>").append(esc(row.name())).append("</title>")
                        .append(esc(shorten(row.name(), 45))).append("</text>\n");
            }
            for (int w = 0; w < row.cells().size(); w++) {
                String cell = row.cells().get(w);
                if (cell == null) {
                    continue;
                }
                double x = layout.labelWidth + column * w + 1;
                svg.append("<rect class=\"cell ").append(css).append("\" x=\"").append(fmt(x)).append("\" y=\"")
                        .append(cellTop).append("\" width=\"").append(fmt(column - 2)).append("\" height=\"15\" ")
                        .append("rx=\"2\"><title>").append(esc(row.name())).append(", week ")
                        .append(row.firstWeek() + w).append(": ").append(esc(cell)).append("</title></rect>\n");
                if (cellText) {
                    svg.append(text(x + (column - 2) / 2, cellTop + 11.5, "middle", "cell-text", cell));
                }
            }
            y += layout.rowHeight;
        }
        return y;
    }

    /** Weekly running minutes as bars, each with its number above it. */
    private static int runningBars(StringBuilder svg, List<WeekSummary> weeks, int y, double column, Layout layout) {
        int maxMinutes = weeks.stream().mapToInt(WeekSummary::runMinutes).max().orElse(0);
        boolean anyEasier = weeks.stream().anyMatch(WeekSummary::cutback);
        y += layout.namesAbove() ? 20 : 14;
        svg.append(text(4, y, "start", "group", "Easy running (minutes a week)"));
        y += 6;
        int base = y + 14 + BAR_AREA;
        svg.append("<line class=\"axis\" x1=\"").append(layout.labelWidth).append("\" y1=\"").append(base)
                .append("\" x2=\"").append(layout.width - RIGHT_MARGIN).append("\" y2=\"").append(base).append("\"/>\n");
        for (int w = 0; w < weeks.size(); w++) {
            WeekSummary week = weeks.get(w);
            double height = maxMinutes == 0 ? 0 : BAR_AREA * (double) week.runMinutes() / maxMinutes;
            double x = layout.labelWidth + column * w + column * 0.18;
            svg.append("<rect class=\"bar").append(week.cutback() ? " easier" : "").append("\" x=\"").append(fmt(x))
                    .append("\" y=\"").append(fmt(base - height)).append("\" width=\"").append(fmt(column * 0.64))
                    .append("\" height=\"").append(fmt(height)).append("\"><title>Week ").append(week.week())
                    .append(": ").append(week.runMinutes()).append(" min running")
                    .append(week.cutback() ? ", an easier week" : "").append("</title></rect>\n");
            svg.append(text(layout.labelWidth + column * w + column / 2, base - height - 3, "middle", "value",
                    String.valueOf(week.runMinutes())));
        }
        if (anyEasier) {
            base += 16;
            svg.append(text(layout.width - RIGHT_MARGIN, base, "end", "value", "Pale bars: easier weeks"));
        }
        return base;
    }

    /** Rows for strength exercises (cell: the week's dose) or stretches (cell: on how many days). */
    private static List<Row> rows(PlanDocument plan, Catalog catalog, List<WeekSummary> weeks, boolean strength) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String[]> cells = new LinkedHashMap<>();
        for (int w = 0; w < weeks.size(); w++) {
            for (DayPlan day : PlanText.daysOf(plan, weeks.get(w).week())) {
                for (SessionPlan session : day.sessions()) {
                    if ((session.kind() == SessionKind.STRENGTH) != strength) {
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
        int firstWeek = weeks.get(0).week();
        List<Row> rows = new ArrayList<>();
        names.forEach((id, name) -> rows.add(new Row(name, firstWeek, Arrays.asList(cells.get(id)))));
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

    private static String shorten(String name, int max) {
        return name.length() > max ? name.substring(0, max - 1).strip() + "\u2026" : name;
    }

    private static String text(double x, double y, String anchor, String css, String content) {
        return "<text class=\"" + css + "\" x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\">"
                + esc(content) + "</text>\n";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
