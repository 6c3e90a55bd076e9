package app.progression.render;

import app.progression.InvalidInputException;
import app.progression.io.Json;
import app.progression.plan.PlanDocument;
import app.progression.plan.PlanDocument.DayPlan;
import app.progression.plan.PlanDocument.ExercisePlan;
import app.progression.plan.PlanDocument.SessionPlan;
import app.progression.plan.PlanDocument.WeekSummary;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a plan that {@code progression plan --out plan.json} wrote, and refuses a file that is not one. */
public final class PlanFiles {

    private PlanFiles() {
    }

    public static PlanDocument read(Path file) {
        if (Files.isDirectory(file)) {
            throw new InvalidInputException("Plan " + file + " is a directory, not a plan file.");
        }
        return read(Json.readTree(file, "Plan"), file.toString());
    }

    /** A plan already parsed (as an HTTP request's body), checked as a file would be; {@code what} names it. */
    public static PlanDocument read(JsonNode tree, String what) {
        String file = what;
        if (!tree.isObject()) {
            throw new InvalidInputException("Plan " + file + " is not a plan: expected a JSON object as written by "
                    + "'progression plan --out plan.json'.");
        }
        if (tree.has("athlete") && !tree.has("days")) {
            throw new InvalidInputException(file + " looks like an athlete profile, not a plan. Make a plan with "
                    + "'progression plan " + file + " --out FILE'.");
        }
        ObjectNode object = (ObjectNode) tree;
        if (!object.hasNonNull("warnings")) {
            object.putArray("warnings");
        }
        if (!object.hasNonNull("athleteName") && object.hasNonNull("athleteId")) {
            object.set("athleteName", object.get("athleteId"));
        }
        PlanDocument plan = Json.bind(object, PlanDocument.class, "plan " + file);
        List<String> problems = check(plan);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Plan " + file + " is incomplete or damaged:\n  - "
                    + String.join("\n  - ", problems));
        }
        return plan;
    }

    /** The most minutes anything in a day can take. */
    static final int MINUTES_A_DAY = 24 * 60;

    /** An exercise's id and a dose that can be done: 1-20 sets, 0-100 repetitions, holds of 0-600 seconds. */
    private static void checkExercise(ExercisePlan exercise, String at, List<String> problems) {
        if (exercise == null || exercise.id() == null || exercise.id().isBlank()) {
            problems.add(at + ".id is missing");
            return;
        }
        if (exercise.sets() < 1 || exercise.sets() > 20) {
            problems.add(at + ".sets must be between 1 and 20");
        }
        if (exercise.reps() != null && (exercise.reps() < 0 || exercise.reps() > 100)) {
            problems.add(at + ".reps must be between 0 and 100");
        }
        if (exercise.holdSeconds() != null && (exercise.holdSeconds() < 0 || exercise.holdSeconds() > 600)) {
            problems.add(at + ".holdSeconds must be between 0 and 600");
        }
    }

    /** What a renderer relies on: the fields it reads are there and make sense together. */
    static List<String> check(PlanDocument plan) {
        List<String> problems = new ArrayList<>();
        if (plan.athleteId() == null || plan.athleteId().isBlank()) {
            problems.add("'athleteId' is missing");
        }
        if (plan.startDate() == null) {
            problems.add("'startDate' is missing");
        }
        if (plan.weeks() < 1 || plan.weeks() > 52) {
            problems.add("'weeks' must be from 1 to 52");
        }
        if (plan.days() == null || plan.days().isEmpty()) {
            problems.add("'days' is missing or empty");
        }
        if (plan.weekSummaries() == null) {
            problems.add("'weekSummaries' is missing");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        for (int i = 0; i < plan.days().size(); i++) {
            DayPlan day = plan.days().get(i);
            String at = "days[" + i + "]";
            if (day == null) {
                problems.add(at + " is null");
                continue;
            }
            if (day.date() == null) {
                problems.add(at + ".date is missing");
            }
            if (day.week() < 1 || day.week() > plan.weeks()) {
                problems.add(at + ".week must be between 1 and " + plan.weeks());
            }
            if (day.availableMinutes() < 0 || day.availableMinutes() > MINUTES_A_DAY) {
                problems.add(at + ".availableMinutes must be between 0 and " + MINUTES_A_DAY);
            }
            if (day.sessions() == null) {
                problems.add(at + ".sessions is missing");
                continue;
            }
            for (int j = 0; j < day.sessions().size(); j++) {
                SessionPlan session = day.sessions().get(j);
                String sessionAt = at + ".sessions[" + j + "]";
                if (session == null || session.kind() == null) {
                    problems.add(sessionAt + ".kind is missing");
                    continue;
                }
                if (session.minutes() < 0 || session.minutes() > MINUTES_A_DAY) {
                    problems.add(sessionAt + ".minutes must be between 0 and " + MINUTES_A_DAY);
                }
                if (session.warmupMinutes() != null && (session.warmupMinutes() < 0
                        || session.warmupMinutes() > MINUTES_A_DAY)) {
                    problems.add(sessionAt + ".warmupMinutes must be between 0 and " + MINUTES_A_DAY);
                }
                if (session.exercises() != null) {
                    for (int k = 0; k < session.exercises().size(); k++) {
                        checkExercise(session.exercises().get(k), sessionAt + ".exercises[" + k + "]", problems);
                    }
                }
            }
        }
        if (plan.days().size() > plan.weeks() * 7) {
            problems.add("'days' holds " + plan.days().size() + " days, more than " + plan.weeks() + " weeks have");
        }
        for (int i = 0; i < plan.weekSummaries().size(); i++) {
            WeekSummary week = plan.weekSummaries().get(i);
            if (week == null || week.strengthSet() == null) {
                problems.add("weekSummaries[" + i + "].strengthSet is missing");
            }
        }
        return problems;
    }
}
