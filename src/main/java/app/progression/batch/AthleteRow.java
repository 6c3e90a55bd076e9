package app.progression.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One athlete's line of a batch: what happened, and for a plan, what the team view needs.
 *
 * @param athleteId    the profile's athlete id (the file name without .json if the profile could not be read)
 * @param reason       why there is no plan; null when planned
 * @param kept         planned by an earlier run and kept by --resume
 * @param replans      how often the plan was made again because the coach was full on one of its strength dates
 * @param planFile     the written plan, or null
 * @param days         the plan's dates at a glance, for the team view (empty when not planned)
 */
public record AthleteRow(
        String athleteId,
        String athleteName,
        Path profileFile,
        Status status,
        String score,
        double solveSeconds,
        List<String> warnings,
        String reason,
        boolean kept,
        int replans,
        Path planFile,
        Map<LocalDate, TeamView.Cell> days) {

    public enum Status {
        PLANNED("planned"),
        REFERRED("referred for red flags"),
        INFEASIBLE("infeasible"),
        INVALID("invalid profile"),
        ERROR("error");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public AthleteRow {
        warnings = List.copyOf(warnings);
        days = Map.copyOf(days);
    }

    public boolean planned() {
        return status == Status.PLANNED;
    }

    /** Seconds as the summary and the resume records show them: to the hundredth. */
    static double hundredths(double seconds) {
        return Math.round(seconds * 100) / 100.0;
    }

    public List<LocalDate> strengthDates() {
        return days.entrySet().stream().filter(entry -> entry.getValue().strength()).map(Map.Entry::getKey)
                .sorted().toList();
    }
}
