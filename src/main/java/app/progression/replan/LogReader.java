package app.progression.replan;

import app.progression.InvalidInputException;
import app.progression.catalog.Catalog;
import app.progression.domain.SessionKind;
import app.progression.io.Json;
import app.progression.io.JsonSchemas;
import app.progression.plan.PlanDocument;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a training log: JSON syntax, the shipped schema ({@code schema/log.schema.json}), then what a schema cannot
 * say: the log is about the plan's athlete, its days are days of the plan, its exercises are in the catalog, one entry
 * per day and kind, and a run cut short says how long it was.
 */
public final class LogReader {

    static final String SCHEMA = "log.schema.json";

    private LogReader() {
    }

    public static TrainingLog read(Path file, Catalog catalog, PlanDocument plan) {
        return read(Json.readTree(file, "Log"), "log " + file, catalog, plan);
    }

    public static TrainingLog read(JsonNode tree, String what, Catalog catalog, PlanDocument plan) {
        JsonSchemas.check(SCHEMA, tree, what);
        TrainingLog log = Json.bind(tree, TrainingLog.class, what);
        List<String> problems = new ArrayList<>();
        if (log.athleteId() != null && !log.athleteId().equals(plan.athleteId())) {
            problems.add("it is the log of athlete '" + log.athleteId() + "', the plan is for '" + plan.athleteId()
                    + "'");
        }
        LocalDate end = plan.startDate().plusDays(plan.weeks() * 7L - 1);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < log.entries().size(); i++) {
            TrainingLog.Entry entry = log.entries().get(i);
            String at = "entries[" + i + "] (" + entry.date() + ")";
            if (entry.date().isBefore(plan.startDate()) || entry.date().isAfter(end)) {
                problems.add(at + ": the date is outside the plan (" + plan.startDate() + " to " + end + ")");
            }
            String key = entry.date() + "/" + (entry.isFlare() ? "flare" : entry.kind());
            if (!seen.add(key)) {
                problems.add(at + ": a second " + (entry.isFlare() ? "flare" : entry.kind()) + " entry for the day");
            }
            if (entry.kind() == SessionKind.EASY_RUN && entry.status() != TrainingLog.Status.MISSED
                    && entry.minutes() == null && (entry.status() == TrainingLog.Status.PARTIAL
                            || !planned(plan, entry))) {
                problems.add(at + ": 'minutes' is required for a run " + (entry.status() == TrainingLog.Status.PARTIAL
                        ? "cut short" : "on a day the plan has none"));
            }
            if (!entry.isFlare() && entry.status() != TrainingLog.Status.MISSED && !planned(plan, entry)) {
                if (entry.kind() == SessionKind.FLEXIBILITY || entry.kind() == SessionKind.CROSS_TRAINING) {
                    problems.add(at + ": the plan has no " + entry.kind() + " session on that day; only runs and "
                            + "strength sessions can be logged on a day that did not plan them");
                } else if (entry.kind() == SessionKind.STRENGTH && entry.exercises().isEmpty()) {
                    problems.add(at + ": 'exercises' is required for a strength session on a day the plan has none");
                }
            }
            for (PlanDocument.LoggedExercise exercise : entry.exercises()) {
                if (catalog.find(exercise.id()).isEmpty()) {
                    problems.add(at + ": unknown exercise '" + exercise.id() + "'");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(what + " is invalid:\n  - " + String.join("\n  - ", problems));
        }
        return log;
    }

    /** Whether the plan has a session of the entry's kind on its day. */
    private static boolean planned(PlanDocument plan, TrainingLog.Entry entry) {
        return plan.days().stream().anyMatch(day -> day.date().equals(entry.date())
                && day.sessions().stream().anyMatch(session -> session.kind() == entry.kind()));
    }
}
