package app.progression.render;

import app.progression.io.Json;
import app.progression.plan.PlanDocument;
import app.progression.plan.PlanDocuments;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Plans built by hand for the render tests: every kind of session, days with several sessions, rest days, doses
 * in reps and holds, per side or not, and a strength set that climbs the ladder week by week. No solver involved,
 * so the tests are fast and do not move when the constraints are tuned.
 *
 * <p>{@link #sample} is a plan as written today: self-test findings (left hip flexor, hamstrings), every fourth week
 * an easier one, exercises that join the set marked {@code testFirst} on their first session, and on Saturday the
 * run first with the day's one warm-up, then strength without one. {@link #legacy} is the same plan as written
 * before those fields existed: no findings, no cutback or testFirst, a warm-up before every run and strength
 * session, strength before the run.
 *
 * <p>The plan is put together as JSON-like maps and bound by the project's mapper, as a plan file is read, so a
 * field added to the plan's records later does not break these tests.
 */
final class TestPlans {

    static final LocalDate START = LocalDate.of(2027, 1, 4);
    private static final String[][] LADDER = {
            {"superman", "Superman", "false"},
            {"single-leg-balance-reach", "Single-leg balance and reach to shin", "true"},
            {"high-plank-leg-lifts", "High plank leg lifts", "false"},
            {"single-leg-bridge", "Single-leg bridge", "true"},
            {"low-side-plank-lifts", "Modified low side plank lifts", "true"},
            {"quadruped-limb-raises", "Quadruped limb raises (bird dog)", "false"},
    };

    private TestPlans() {
    }

    static final String WARNING = "Heel pain: jumping exercises are left out for now.";

    static PlanDocument sample(int weeks) {
        return sample("sam", "Sam", weeks, 0, List.of(WARNING));
    }

    /** {@code extraReps} changes every strength dose, as a re-plan would, without moving any session. */
    static PlanDocument sample(String athleteId, String athleteName, int weeks, int extraReps, List<String> warnings) {
        return bind(sampleMap(athleteId, athleteName, weeks, extraReps, warnings, false));
    }

    /** The sample as a plan file written before findings, cutback weeks, testFirst and one warm-up a day. */
    static PlanDocument legacy(int weeks) {
        return bind(legacyMap(weeks));
    }

    /** The legacy plan as maps: written as JSON, it is a plan file as older versions wrote it, field for field. */
    static Map<String, Object> legacyMap(int weeks) {
        return sampleMap("sam", "Sam", weeks, 0, List.of(WARNING), true);
    }

    /** The sample as maps, changed by {@code edit}, then bound: for plans the sample does not cover. */
    static PlanDocument edited(int weeks, Consumer<Map<String, Object>> edit) {
        Map<String, Object> plan = sampleMap("sam", "Sam", weeks, 0, List.of(), false);
        edit.accept(plan);
        return bind(plan);
    }

    /** Every fourth week is an easier one in the sample, as with the default cutback rhythm. */
    static boolean isCutback(int week) {
        return week % 4 == 0;
    }

    /** The week an exercise of the sample's ladder joins the set: the set moves on by one in weeks 3 and 5. */
    static final Map<String, Integer> JOINS = Map.of(LADDER[4][0], 3, LADDER[5][0], 5);

    static Map<String, Object> sampleMap(String athleteId, String athleteName, int weeks, int extraReps,
            List<String> warnings, boolean legacy) {
        List<Object> days = new ArrayList<>();
        List<Object> summaries = new ArrayList<>();
        for (int week = 1; week <= weeks; week++) {
            // An easier week holds the week before's repetitions.
            int repsWeek = !legacy && isCutback(week) ? week - 1 : week;
            int reps = Math.min(12, 8 + (repsWeek - 1) % 3 * 2) + extraReps;
            int shift = Math.min((week - 1) / 2, 2);
            List<Object> strength = new ArrayList<>();
            List<Object> firstStrength = new ArrayList<>();
            List<String> strengthIds = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String[] e = LADDER[i + shift];
                strength.add(exercise(e[0], e[1], 3, reps, null, Boolean.parseBoolean(e[2])));
                Map<String, Object> first = exercise(e[0], e[1], 3, reps, null, Boolean.parseBoolean(e[2]));
                if (!legacy && Integer.valueOf(week).equals(JOINS.get(e[0]))) {
                    first.put("testFirst", true);
                }
                firstStrength.add(first);
                strengthIds.add(e[0]);
            }
            int easier = !legacy && isCutback(week) ? 5 : 0;
            LocalDate monday = START.plusWeeks(week - 1);
            int runMinutes = 0;
            for (int d = 0; d < 7; d++) {
                LocalDate date = monday.plusDays(d);
                List<Object> sessions = new ArrayList<>();
                switch (d) {
                    case 0 -> {
                        sessions.add(run(20 + week - easier, 6));
                        sessions.add(flexibility(exercise("cat-cow", "Cat-cow", 1, 10, null, false)));
                        runMinutes += 20 + week - easier;
                    }
                    case 1 -> {
                        sessions.add(session("STRENGTH", 17 + week, 6, firstStrength));
                        sessions.add(flexibility(exercise("kneeling-hip-flexor-stretch",
                                "Kneeling lunge hip flexor stretch", 4, null, 20, true)));
                    }
                    case 3 -> {
                        sessions.add(run(25 - easier, 6));
                        runMinutes += 25 - easier;
                    }
                    case 5 -> {
                        if (legacy) {
                            sessions.add(session("STRENGTH", 17 + week, 6, strength));
                            sessions.add(run(30, 6));
                        } else {
                            // One warm-up a day: the run comes first and carries it.
                            sessions.add(run(30 - easier, 6));
                            sessions.add(session("STRENGTH", 17 + week, 0, strength));
                        }
                        sessions.add(flexibility(
                                exercise("smr-it-band-hip-flexor",
                                        "Foam-roll the IT band, then kneeling hip flexor stretch", 1, null, 75, true),
                                exercise("active-hamstring-strap-stretch", "Active hamstring stretch with a strap",
                                        1, 15, null, true)));
                        runMinutes += 30 - easier;
                    }
                    case 6 -> {
                        Map<String, Object> swim = session("CROSS_TRAINING", 30, null, null);
                        swim.put("activity", "SWIMMING");
                        sessions.add(swim);
                    }
                    default -> {
                    }
                }
                days.add(day(date, week, d == 2 || d == 4 ? 0 : 45, sessions));
            }
            Map<String, Object> summary = map("week", week, "strengthSet", strengthIds, "runMinutes", runMinutes,
                    "strengthSessions", 2, "runs", 3, "flexibilityDays", 3, "crossTrainingSessions", 1);
            if (!legacy) {
                summary.put("cutback", isCutback(week));
            }
            summaries.add(summary);
        }
        Map<String, Object> plan = map("athleteId", athleteId, "athleteName", athleteName,
                "startDate", START.toString(), "weeks", weeks, "feasible", true, "score", "0hard/-120soft",
                "warnings", new ArrayList<>(warnings));
        if (!legacy) {
            plan.put("findings", map("tightHipFlexors", List.of("LEFT"), "tightHamstrings", true, "heelPain", false,
                    "upperBackPain", false));
        }
        plan.put("weekSummaries", summaries);
        plan.put("days", days);
        return plan;
    }

    static Map<String, Object> exercise(String id, String name, int sets, Integer reps, Integer holdSeconds,
            boolean perSide) {
        Map<String, Object> exercise = map("id", id, "name", name, "sets", sets);
        if (reps != null) {
            exercise.put("reps", reps);
        }
        if (holdSeconds != null) {
            exercise.put("holdSeconds", holdSeconds);
        }
        if (perSide) {
            exercise.put("perSide", true);
        }
        return exercise;
    }

    static Map<String, Object> session(String kind, int minutes, Integer warmupMinutes, List<Object> exercises) {
        Map<String, Object> session = map("kind", kind, "minutes", minutes);
        if (warmupMinutes != null) {
            session.put("warmupMinutes", warmupMinutes);
        }
        if (exercises != null) {
            session.put("exercises", exercises);
        }
        return session;
    }

    static Map<String, Object> day(LocalDate date, int week, int availableMinutes, List<Object> sessions) {
        return map("date", date.toString(), "week", week, "dayOfWeek", date.getDayOfWeek().name(),
                "availableMinutes", availableMinutes, "sessions", sessions);
    }

    private static Map<String, Object> run(int minutes, int warmupMinutes) {
        Map<String, Object> run = session("EASY_RUN", minutes, warmupMinutes, null);
        run.put("pace", PlanDocuments.EASY_PACE);
        return run;
    }

    private static Map<String, Object> flexibility(Object... exercises) {
        return session("FLEXIBILITY", 3 * exercises.length, null, List.of(exercises));
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static PlanDocument bind(Map<String, Object> plan) {
        return Json.MAPPER.convertValue(plan, PlanDocument.class);
    }

    static int sessionCount(PlanDocument plan) {
        return plan.days().stream().mapToInt(day -> day.sessions().size()).sum();
    }
}
