package app.progression.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The squad's weeks at a glance, as Markdown: one table per calendar week, a row per planned athlete and a column
 * per date, with the group runs and the coach's strength load underneath.
 */
public final class TeamView {

    /** One athlete's date in a few characters. {@code runMinutes} is 0 without a run. */
    public record Cell(int availableMinutes, boolean strength, int runMinutes, List<String> crossTraining,
            boolean flexibility) {

        public Cell {
            crossTraining = List.copyOf(crossTraining);
        }

        String text(boolean groupRunDay) {
            List<String> parts = new ArrayList<>();
            if (strength) {
                parts.add("S");
            }
            if (runMinutes > 0) {
                parts.add((groupRunDay ? "G" : "R") + runMinutes);
            }
            for (String activity : crossTraining) {
                parts.add(switch (activity) {
                    case "SWIMMING" -> "Swim";
                    case "CYCLING" -> "Bike";
                    case "YOGA" -> "Yoga";
                    default -> activity;
                });
            }
            if (parts.isEmpty() && flexibility) {
                parts.add("F");
            }
            if (parts.isEmpty()) {
                return availableMinutes > 0 ? "rest" : "–";
            }
            return String.join("+", parts);
        }
    }

    private TeamView() {
    }

    /** Reads the dates of a plan document (as JSON) into cells. */
    public static Map<LocalDate, Cell> cells(JsonNode plan) {
        Map<LocalDate, Cell> cells = new TreeMap<>();
        for (JsonNode day : plan.path("days")) {
            boolean strength = false;
            int run = 0;
            boolean flexibility = false;
            List<String> cross = new ArrayList<>();
            for (JsonNode session : day.path("sessions")) {
                switch (session.path("kind").asText()) {
                    case "STRENGTH" -> strength = true;
                    case "EASY_RUN" -> run += session.path("minutes").asInt();
                    case "FLEXIBILITY" -> flexibility = true;
                    case "CROSS_TRAINING" -> cross.add(session.path("activity").asText());
                    default -> {
                    }
                }
            }
            cells.put(LocalDate.parse(day.path("date").asText()),
                    new Cell(day.path("availableMinutes").asInt(), strength, run, cross, flexibility));
        }
        return cells;
    }

    public static String markdown(String teamName, TeamSettings team, List<AthleteRow> rows,
            Map<LocalDate, Integer> coachLoad) {
        List<AthleteRow> planned = rows.stream().filter(AthleteRow::planned)
                .sorted(Comparator.comparing(AthleteRow::athleteId)).toList();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(teamName).append(": the squad's weeks\n\n");
        md.append(planned.size()).append(" of ").append(rows.size()).append(" athletes planned. ");
        md.append("Group runs: ").append(team.groupRunDays().isEmpty() ? "none"
                : String.join(", ", team.groupRunDays().stream().map(TeamView::dayName).toList())).append(". ");
        md.append("Coach capacity: ").append(team.limitsCoach() ? team.coachCapacityPerDay()
                + " athletes in strength sessions a day" : "no limit").append(".\n\n");
        md.append("Legend: `S` strength (coach-supervised), `G30` easy run of 30 min at the group run, `R30` easy "
                + "run of 30 min on one's own, `Swim`/`Bike`/`Yoga` active recovery, `F` flexibility only, `rest` "
                + "available but free, `–` not available, empty: outside the athlete's plan. Warm-ups, and "
                + "flexibility work on days with other sessions, are in each athlete's own plan.\n");

        if (!planned.isEmpty()) {
            LocalDate first = planned.stream().flatMap(row -> row.days().keySet().stream())
                    .min(Comparator.naturalOrder()).orElseThrow();
            LocalDate last = planned.stream().flatMap(row -> row.days().keySet().stream())
                    .max(Comparator.naturalOrder()).orElseThrow();
            LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            int week = 1;
            for (LocalDate start = monday; !start.isAfter(last); start = start.plusWeeks(1), week++) {
                week(md, week, start, team, planned, coachLoad);
            }
        }

        List<AthleteRow> others = rows.stream().filter(row -> !row.planned())
                .sorted(Comparator.comparing(AthleteRow::athleteId)).toList();
        if (!others.isEmpty()) {
            md.append("\n## Not planned\n\n");
            for (AthleteRow row : others) {
                md.append("- **").append(escape(row.athleteId())).append("**: ").append(row.status().label())
                        .append(" (see summary.csv)\n");
            }
        }
        return md.toString();
    }

    private static void week(StringBuilder md, int number, LocalDate start, TeamSettings team,
            List<AthleteRow> planned, Map<LocalDate, Integer> coachLoad) {
        List<LocalDate> dates = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            dates.add(start.plusDays(d));
        }
        md.append("\n## Week ").append(number).append(": ").append(start).append(" to ").append(start.plusDays(6))
                .append("\n\n| athlete |");
        for (LocalDate date : dates) {
            md.append(' ').append(dayName(date.getDayOfWeek())).append(' ').append(date.toString().substring(5));
            if (team.groupRunDays().contains(date.getDayOfWeek())) {
                md.append(" (group run)");
            }
            md.append(" |");
        }
        md.append("\n|---|");
        md.append("---|".repeat(7)).append('\n');
        int[] atGroupRun = new int[7];
        for (AthleteRow row : planned) {
            md.append("| ").append(escape(row.athleteId())).append(" |");
            for (int d = 0; d < 7; d++) {
                LocalDate date = dates.get(d);
                Cell cell = row.days().get(date);
                boolean groupDay = team.groupRunDays().contains(date.getDayOfWeek());
                if (cell != null && groupDay && cell.runMinutes() > 0) {
                    atGroupRun[d]++;
                }
                md.append(' ').append(cell == null ? "" : cell.text(groupDay)).append(" |");
            }
            md.append('\n');
        }
        if (!team.groupRunDays().isEmpty()) {
            md.append("| **at the group run** |");
            for (int d = 0; d < 7; d++) {
                boolean groupDay = team.groupRunDays().contains(dates.get(d).getDayOfWeek());
                md.append(' ').append(groupDay ? "**" + atGroupRun[d] + "**" : "").append(" |");
            }
            md.append('\n');
        }
        md.append("| **coach load** |");
        for (LocalDate date : dates) {
            int load = coachLoad.getOrDefault(date, 0);
            String text = team.limitsCoach() ? load + "/" + team.coachCapacityPerDay() : String.valueOf(load);
            if (team.limitsCoach() && load >= team.coachCapacityPerDay()) {
                text = "**" + text + " full**";
            }
            md.append(' ').append(text).append(" |");
        }
        md.append('\n');
    }

    private static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
