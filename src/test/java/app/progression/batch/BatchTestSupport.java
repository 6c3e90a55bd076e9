package app.progression.batch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.Cli;
import app.progression.io.Json;
import app.progression.solver.SolveOptions;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Small team folders for the batch tests, and checks that read the written files rather than the batch's memory. */
final class BatchTestSupport {

    /** Seeded: the same plans on a fast or a slow, loaded machine. */
    static final SolveOptions SOLVE = new SolveOptions(Duration.ofSeconds(1), 42L);

    /** Every weekday with an hour. */
    static final String ALL_WEEK = "\"availableMinutes\": {\"MONDAY\": 60, \"TUESDAY\": 60, \"WEDNESDAY\": 60, "
            + "\"THURSDAY\": 60, \"FRIDAY\": 60, \"SATURDAY\": 60, \"SUNDAY\": 60}";

    private BatchTestSupport() {
    }

    static Path team(Path dir, String teamJson) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("team"));
        if (teamJson != null) {
            Files.writeString(folder.resolve("team.json"), teamJson);
        }
        return folder;
    }

    static Path profile(Path folder, String id, String fields) throws IOException {
        Path file = folder.resolve(id + ".json");
        Files.writeString(file, "{\"athlete\": {\"id\": \"" + id + "\", \"name\": \"" + id.toUpperCase() + "\"}, "
                + fields + "}\n");
        return file;
    }

    static Batch.Options options(Path folder, Path out, boolean resume) {
        return new Batch.Options(folder, out, resume, SOLVE, null, null, 2);
    }

    static Batch.Result run(Path folder, Path out, boolean resume) throws IOException {
        return Batch.run(options(folder, out, resume), new Batch.Listener() {
        });
    }

    static AthleteRow row(Batch.Result result, String id) {
        return result.rows().stream().filter(row -> row.athleteId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + id));
    }

    static JsonNode plan(Path out, String id) throws IOException {
        return Json.MAPPER.readTree(out.resolve(id + ".json").toFile());
    }

    /** Dates with a session of {@code kind} in a written plan file. */
    static List<LocalDate> datesOf(JsonNode plan, String kind) {
        List<LocalDate> dates = new ArrayList<>();
        for (JsonNode day : plan.path("days")) {
            for (JsonNode session : day.path("sessions")) {
                if (session.path("kind").asText().equals(kind)) {
                    dates.add(LocalDate.parse(day.path("date").asText()));
                }
            }
        }
        return dates;
    }

    /** Counts, from the plan files on disk, the athletes with strength on each date, and checks the capacity. */
    static Map<LocalDate, Integer> assertCapacityKept(Path out, int capacity) throws IOException {
        Map<LocalDate, Integer> load = new HashMap<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                JsonNode plan = Json.MAPPER.readTree(file.toFile());
                for (LocalDate date : datesOf(plan, "STRENGTH").stream().distinct().toList()) {
                    load.merge(date, 1, Integer::sum);
                }
            }
        }
        load.forEach((date, athletes) -> assertTrue(athletes <= capacity,
                athletes + " athletes have strength on " + date + ", capacity " + capacity));
        return load;
    }

    /** Runs the command line as a user would, capturing what it prints. */
    static Cli.Result cli(String... args) {
        return Cli.run(args);
    }
}
