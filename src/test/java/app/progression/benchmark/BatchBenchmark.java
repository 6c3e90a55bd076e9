package app.progression.benchmark;

import app.progression.batch.AthleteRow;
import app.progression.batch.Batch;
import app.progression.io.Json;
import app.progression.solver.SolveOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Plans a generated team of N varied athletes with the batch command's engine and reports wall time, athletes per
 * second, how many plans are feasible, and the coach's busiest date against the capacity (read back from the
 * written plan files, not from the batch's own bookkeeping).
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.mainClass=app.progression.benchmark.BatchBenchmark -Dexec.args="200 [seconds]"</pre>
 *
 * The team: 6 weeks, group runs on Tuesday and Saturday, and a coach who can supervise about 25% more strength
 * sessions a day than the squad's average daily need, so the capacity binds on popular days.
 */
public final class BatchBenchmark {

    private static final String[] LADDER = {"superman", "beetle", "single-leg-balance-reach", "high-plank-leg-lifts",
            "single-leg-bridge", "low-side-plank-lifts", "quadruped-limb-raises"};
    private static final String[] EQUIPMENT = {"FOAM_ROLLER", "STRAP", "MASSAGE_BALL"};
    private static final String[] CROSS = {"SWIMMING", "CYCLING", "YOGA"};
    /** At least 45 minutes: a strength session (with upper-back add-ons) and a short run fit on one day. */
    private static final int[] MINUTES = {45, 60, 75, 90, 120};

    private BatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int athletes = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
        Path root = Files.createTempDirectory("batch-benchmark-" + athletes + "-");
        Path folder = Files.createDirectories(root.resolve("team"));
        Path out = root.resolve("plans");
        Random random = new Random(athletes);
        int strengthPerWeek = 0;
        for (int i = 0; i < athletes; i++) {
            ObjectNode profile = profile(String.format(Locale.ROOT, "athlete-%04d", i), random);
            strengthPerWeek += profile.path("strengthSessionsPerWeek").asInt();
            Files.writeString(folder.resolve(profile.path("athlete").path("id").asText() + ".json"),
                    Json.MAPPER.writeValueAsString(profile));
        }
        int capacity = Math.max(1, (int) Math.ceil(strengthPerWeek / 7.0 * 1.25));
        ObjectNode team = Json.MAPPER.createObjectNode();
        team.put("name", "Benchmark squad of " + athletes);
        team.put("startDate", "2027-01-04");
        team.put("weeks", 6);
        team.putArray("groupRunDays").add("TUESDAY").add("SATURDAY");
        team.put("coachCapacityPerDay", capacity);
        Files.writeString(folder.resolve("team.json"), Json.MAPPER.writeValueAsString(team));

        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "Batch benchmark: %d athletes, 6 weeks each, %d thread(s), %.1f s budget per "
                + "athlete (wall clock, early stop), coach capacity %d a day; team in %s%n", athletes, threads,
                seconds, capacity, folder);
        Batch.Options options = new Batch.Options(folder, out, false,
                new SolveOptions(Duration.ofMillis((long) (seconds * 1000)), null), null, null, threads);
        int[] done = {0};
        long start = System.nanoTime();
        Batch.Result result = Batch.run(options, new Batch.Listener() {
            @Override
            public void finished(AthleteRow row) {
                done[0]++;
                if (done[0] % Math.max(1, athletes / 10) == 0) {
                    System.out.printf(Locale.ROOT, "  %d/%d done after %.0f s%n", done[0], athletes,
                            (System.nanoTime() - start) / 1e9);
                }
            }
        });
        double wall = (System.nanoTime() - start) / 1e9;

        int feasible = 0;
        Map<LocalDate, Integer> load = new HashMap<>();
        for (AthleteRow row : result.rows()) {
            if (!row.planned()) {
                continue;
            }
            JsonNode plan = Json.MAPPER.readTree(row.planFile().toFile());
            if (plan.path("feasible").asBoolean()) {
                feasible++;
            }
            for (JsonNode day : plan.path("days")) {
                for (JsonNode session : day.path("sessions")) {
                    if (session.path("kind").asText().equals("STRENGTH")) {
                        load.merge(LocalDate.parse(day.path("date").asText()), 1, Integer::sum);
                    }
                }
            }
        }
        int busiest = load.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        long replanned = result.rows().stream().filter(row -> row.replans() > 0).count();
        double solveSeconds = result.rows().stream().mapToDouble(AthleteRow::solveSeconds).sum();
        System.out.printf(Locale.ROOT, "%nathletes:           %d%n", athletes);
        System.out.printf(Locale.ROOT, "wall time:          %.1f s%n", wall);
        System.out.printf(Locale.ROOT, "athletes/second:    %.2f%n", athletes / wall);
        System.out.printf(Locale.ROOT, "solver time:        %.1f s in total, %.2f s per athlete on average%n",
                solveSeconds, solveSeconds / athletes);
        System.out.printf(Locale.ROOT, "planned:            %d (%d feasible plan files), not planned: %d%n",
                result.rows().stream().filter(AthleteRow::planned).count(), feasible,
                result.rows().stream().filter(row -> !row.planned()).count());
        System.out.printf(Locale.ROOT, "coach capacity:     busiest date %d of %d (%s)%n", busiest, capacity,
                busiest <= capacity ? "kept" : "EXCEEDED");
        System.out.printf(Locale.ROOT, "re-planned for the coach: %d athletes, %d rounds%n", replanned,
                result.rounds());
        result.rows().stream().filter(row -> !row.planned()).limit(10).forEach(row ->
                System.out.println("  not planned: " + row.athleteId() + ": " + row.reason()));
        System.out.println(feasible == athletes && busiest <= capacity ? "RESULT: every plan feasible, capacity kept"
                : "RESULT: NOT every plan feasible");
    }

    /** A plannable profile: enough days for the runs and spaced strength sessions, and time for each. */
    private static ObjectNode profile(String id, Random random) {
        ObjectNode profile = Json.MAPPER.createObjectNode();
        profile.putObject("athlete").put("id", id).put("name", "Athlete " + id.substring(8));
        List<DayOfWeek> days = new ArrayList<>(List.of(DayOfWeek.values()));
        Collections.shuffle(days, random);
        int dayCount = 3 + random.nextInt(5);
        ObjectNode minutes = profile.putObject("availableMinutes");
        List<DayOfWeek> chosen = new ArrayList<>(days.subList(0, dayCount));
        chosen.sort(null);
        boolean hasLongDay = false;
        for (DayOfWeek day : chosen) {
            int value = MINUTES[random.nextInt(MINUTES.length)];
            hasLongDay |= value >= 60;
            minutes.put(day.name(), value);
        }
        if (!hasLongDay) {
            minutes.put(chosen.get(0).name(), 75);
        }
        profile.put("runsPerWeek", 1 + random.nextInt(Math.min(4, dayCount - 1)));
        profile.put("easyRunMinutes", 15 + 5 * random.nextInt(6));
        profile.put("strengthSessionsPerWeek", spacedDays(chosen) >= 2 && random.nextInt(4) > 0 ? 2 : 1);
        ArrayNode painful = profile.putArray("painful");
        for (int k = random.nextInt(3); k > 0; k--) {
            String exercise = LADDER[random.nextInt(LADDER.length)];
            if (!painful.toString().contains("\"" + exercise + "\"")) {
                painful.add(exercise);
            }
        }
        ObjectNode findings = profile.putObject("findings");
        ArrayNode hips = findings.putArray("tightHipFlexors");
        if (random.nextBoolean()) {
            hips.add(random.nextBoolean() ? "LEFT" : "RIGHT");
        }
        findings.put("tightHamstrings", random.nextInt(3) == 0);
        findings.put("heelPain", random.nextInt(4) == 0);
        findings.put("upperBackPain", random.nextInt(6) == 0);
        ArrayNode equipment = profile.putArray("equipment");
        ArrayNode cross = profile.putArray("crossTraining");
        for (String item : EQUIPMENT) {
            if (random.nextBoolean()) {
                equipment.add(item);
            }
        }
        for (String item : CROSS) {
            if (random.nextInt(3) == 0) {
                cross.add(item);
            }
        }
        profile.put("trainsOutdoors", random.nextInt(4) == 0);
        return profile;
    }

    /** The most days of {@code days} with a free day between each (also from Sunday to Monday). */
    private static int spacedDays(List<DayOfWeek> days) {
        int best = 0;
        for (int mask = 0; mask < 1 << 7; mask++) {
            boolean ok = true;
            for (int d = 0; d < 7 && ok; d++) {
                boolean on = (mask & 1 << d) != 0;
                ok = !on || days.contains(DayOfWeek.of(d + 1)) && (mask & 1 << (d + 1) % 7) == 0;
            }
            if (ok) {
                best = Math.max(best, Integer.bitCount(mask));
            }
        }
        return best;
    }
}
