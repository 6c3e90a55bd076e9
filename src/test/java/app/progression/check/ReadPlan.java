package app.progression.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan file as the checker reads it: plain records over the JSON, with missing numbers read as -1 so that a
 * malformed file breaks rules instead of the checker.
 */
record ReadPlan(JsonNode raw, List<Day> days) {

    static final String RUN = "EASY_RUN";
    static final String STRENGTH = "STRENGTH";
    static final String CROSS_TRAINING = "CROSS_TRAINING";
    static final String FLEXIBILITY = "FLEXIBILITY";

    record Exercise(String id, int sets, int reps, int holdSeconds, boolean perSide, boolean testFirst) {
    }

    record Session(String kind, int minutes, int warmupMinutes, String pace, String activity,
            List<Exercise> exercises) {

        boolean is(String other) {
            return kind.equals(other);
        }
    }

    /** {@code index} counts days from the plan's start; {@code date} is null when unreadable. */
    record Day(int index, LocalDate date, int week, String dayOfWeek, int availableMinutes, List<Session> sessions) {

        List<Session> sessions(String kind) {
            return sessions.stream().filter(session -> session.is(kind)).toList();
        }

        int weekOfIndex() {
            return index / 7 + 1;
        }
    }

    static ReadPlan of(JsonNode plan) {
        List<Day> days = new ArrayList<>();
        int index = 0;
        for (JsonNode day : plan.path("days")) {
            List<Session> sessions = new ArrayList<>();
            for (JsonNode session : day.path("sessions")) {
                sessions.add(session(session));
            }
            days.add(new Day(index++, date(day.path("date").asText()), day.path("week").asInt(-1),
                    day.path("dayOfWeek").asText(), day.path("availableMinutes").asInt(-1), List.copyOf(sessions)));
        }
        return new ReadPlan(plan, List.copyOf(days));
    }

    private static Session session(JsonNode session) {
        List<Exercise> exercises = new ArrayList<>();
        for (JsonNode exercise : session.path("exercises")) {
            exercises.add(new Exercise(exercise.path("id").asText(), exercise.path("sets").asInt(-1),
                    exercise.path("reps").asInt(0), exercise.path("holdSeconds").asInt(0),
                    exercise.path("perSide").asBoolean(false), exercise.path("testFirst").asBoolean(false)));
        }
        return new Session(session.path("kind").asText(), session.path("minutes").asInt(-1),
                session.path("warmupMinutes").asInt(0), session.path("pace").asText(null),
                session.path("activity").asText(null), List.copyOf(exercises));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    List<Day> week(int week) {
        return days.stream().filter(day -> day.weekOfIndex() == week).toList();
    }
}
