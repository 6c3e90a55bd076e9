package app.progression.batch;

import app.progression.batch.AthleteRow.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The batch's summary: a CSV file for spreadsheets and a plain-text table for the terminal. */
public final class Summary {

    public static final List<String> COLUMNS = List.of("athlete", "name", "status", "score", "solve_seconds",
            "warnings", "reason", "kept", "replans", "profile", "plan");

    private Summary() {
    }

    public static String csv(List<AthleteRow> rows) {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (AthleteRow row : rows) {
            List<String> cells = List.of(row.athleteId(), row.athleteName(), row.status().label(),
                    row.score() == null ? "" : row.score(), seconds(row.solveSeconds()),
                    oneLine(String.join(" | ", row.warnings())), row.reason() == null ? "" : oneLine(row.reason()),
                    String.valueOf(row.kept()), String.valueOf(row.replans()), String.valueOf(row.profileFile()),
                    row.planFile() == null ? "" : String.valueOf(row.planFile()));
            csv.append(String.join(",", cells.stream().map(Summary::quote).toList())).append("\r\n");
        }
        return csv.toString();
    }

    /** One line per athlete, so the file also reads well with grep and in simple spreadsheet imports. */
    static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    /**
     * RFC 4180: quote a field with a comma, quote, or line break, doubling inner quotes. A field a spreadsheet would
     * read as a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe first, so
     * an athlete's name can never run as a formula on the coach's machine.
     */
    static String quote(String field) {
        if (!field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0) {
            field = "'" + field;
        }
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }

    /** A fixed-width table: athlete, status, score, solve seconds, and the first warning or the reason. */
    public static String table(List<AthleteRow> rows, int noteWidth) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"athlete", "status", "score", "solve s", "warnings / reason"});
        for (AthleteRow row : rows) {
            String status = row.status().label() + (row.kept() ? " (kept)" : "")
                    + (row.replans() > 0 && row.planned() ? " (moved for coach)" : "");
            lines.add(new String[] {row.athleteId(), status, row.score() == null ? "-" : row.score(),
                    row.kept() ? "-" : seconds(row.solveSeconds()), note(row, noteWidth)});
        }
        int[] widths = new int[5];
        for (String[] line : lines) {
            for (int i = 0; i < 4; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (int n = 0; n < lines.size(); n++) {
            String[] line = lines.get(n);
            table.append(String.format(Locale.ROOT, "%-" + widths[0] + "s  %-" + widths[1] + "s  %-" + widths[2]
                    + "s  %" + widths[3] + "s  %s", (Object[]) line).stripTrailing()).append('\n');
            if (n == 0) {
                table.append("-".repeat(widths[0] + widths[1] + widths[2] + widths[3] + 8 + 17)).append('\n');
            }
        }
        return table.toString();
    }

    private static String note(AthleteRow row, int width) {
        String text;
        if (row.status() != Status.PLANNED) {
            text = row.reason() == null ? "" : row.reason().replaceAll("\\s+", " ");
        } else if (row.warnings().isEmpty()) {
            text = "";
        } else {
            text = row.warnings().get(0) + (row.warnings().size() > 1
                    ? " (+" + (row.warnings().size() - 1) + " more)" : "");
        }
        return text.length() <= width ? text : text.substring(0, Math.max(0, width - 3)) + "...";
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.2f", seconds);
    }
}
