package app.progression.batch;

import static app.progression.batch.BatchTestSupport.ALL_WEEK;
import static app.progression.batch.BatchTestSupport.assertCapacityKept;
import static app.progression.batch.BatchTestSupport.options;
import static app.progression.batch.BatchTestSupport.profile;
import static app.progression.batch.BatchTestSupport.row;
import static app.progression.batch.BatchTestSupport.run;
import static app.progression.batch.BatchTestSupport.team;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An interrupted batch loses nothing already done, and --resume plans only what is missing or changed. */
class BatchResumeTest {

    private static final String TEAM = """
            {"startDate": "2027-01-04", "weeks": 2, "groupRunDays": ["SATURDAY"], "coachCapacityPerDay": 2}
            """;

    @TempDir
    Path dir;

    /** Stands in for a kill: thrown from the progress listener, it unwinds the batch mid-run. */
    static final class Killed extends RuntimeException {
    }

    private Path squad() throws IOException {
        Path folder = team(dir, TEAM);
        profile(folder, "ana", ALL_WEEK + ", \"runsPerWeek\": 2");
        profile(folder, "ben", "\"availableMinutes\": {\"MONDAY\": 60, \"WEDNESDAY\": 60, \"SATURDAY\": 90}, "
                + "\"runsPerWeek\": 2");
        profile(folder, "cy", ALL_WEEK + ", \"runsPerWeek\": 3, \"findings\": {\"heelPain\": true}");
        profile(folder, "dee", "\"availableMinutes\": {\"TUESDAY\": 60, \"THURSDAY\": 60, \"SATURDAY\": 60, "
                + "\"SUNDAY\": 60}, \"runsPerWeek\": 2");
        return folder;
    }

    @Test
    void resumeAfterARunStoppedHalfWayKeepsWhatWasDoneAndPlansTheRest() throws Exception {
        Path folder = squad();
        Path out = dir.resolve("plans");
        List<String> committed = new ArrayList<>();

        assertThrows(Killed.class, () -> Batch.run(options(folder, out, false), new Batch.Listener() {
            @Override
            public void finished(AthleteRow row) {
                committed.add(row.athleteId());
                if (committed.size() == 2) {
                    throw new Killed();
                }
            }
        }));

        // The fixed commit order: fewest spare strength days first (ben and dee have one, ana and cy two), then id.
        assertEquals(List.of("ben", "dee"), committed);
        Map<String, byte[]> before = planFiles(out);
        assertEquals(List.of("ben.json", "dee.json"), new ArrayList<>(before.keySet()).stream().sorted().toList());
        assertFalse(Files.exists(out.resolve("summary.csv")), "the stopped run got no further");

        var resumed = run(folder, out, true);

        assertTrue(resumed.allPlanned(), resumed.rows().toString());
        assertTrue(row(resumed, "ben").kept() && row(resumed, "dee").kept());
        assertFalse(row(resumed, "ana").kept() || row(resumed, "cy").kept());
        for (String file : before.keySet()) {
            assertArrayEquals(before.get(file), Files.readAllBytes(out.resolve(file)), file + " was rewritten");
        }
        assertCapacityKept(out, 2);
        assertTrue(Files.readString(out.resolve("summary.csv")).contains("ben,BEN,planned"));

        // Nothing changed: everything is kept, nothing solved.
        var again = run(folder, out, true);
        assertTrue(again.rows().stream().allMatch(AthleteRow::kept), again.rows().toString());

        // A changed profile is planned again; the others stay.
        profile(folder, "cy", ALL_WEEK + ", \"runsPerWeek\": 2, \"findings\": {\"heelPain\": true}");
        var changed = run(folder, out, true);
        assertFalse(row(changed, "cy").kept());
        assertTrue(row(changed, "ana").kept() && row(changed, "ben").kept() && row(changed, "dee").kept());

        // Changed team settings make every plan stale.
        Files.writeString(folder.resolve("team.json"), TEAM.replace("\"SATURDAY\"", "\"SUNDAY\""));
        var newTeam = run(folder, out, true);
        assertTrue(newTeam.rows().stream().noneMatch(AthleteRow::kept), newTeam.rows().toString());
        assertCapacityKept(out, 2);
    }

    @Test
    void aPlanFileWithoutItsRecordOrWithChangedContentIsPlannedAgain() throws Exception {
        Path folder = squad();
        Path out = dir.resolve("plans");
        run(folder, out, false);
        // As if killed between writing ben's plan and its record, and as if someone edited dee's plan.
        Files.delete(out.resolve(Batch.RECORDS_DIR).resolve("ben.json"));
        Files.writeString(out.resolve("dee.json"), "{}");

        var resumed = run(folder, out, true);

        assertTrue(resumed.allPlanned());
        assertTrue(row(resumed, "ana").kept() && row(resumed, "cy").kept());
        assertFalse(row(resumed, "ben").kept() || row(resumed, "dee").kept());
        assertCapacityKept(out, 2);
    }

    @Test
    void resumeAfterTheProcessIsKilledHalfWay() throws Exception {
        Path folder = squad();
        Path out = dir.resolve("plans");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "app.progression.cli.Main", "batch", folder.toString(), "--out", out.toString(), "--seconds", "1",
                "--seed", "42", "--threads", "1")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        Path records = out.resolve(Batch.RECORDS_DIR);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (process.isAlive() && countJson(records) < 1 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hooks, no clean-up
        Map<String, byte[]> survived = new HashMap<>();
        try (Stream<Path> files = Files.list(records)) {
            for (Path record : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                String plan = record.getFileName().toString();
                survived.put(plan, Files.readAllBytes(out.resolve(plan)));
            }
        }
        assertFalse(survived.isEmpty(), Files.readString(dir.resolve("child.log")));
        assertTrue(survived.size() < 4, "the kill came after the whole batch: " + survived.keySet());

        var resumed = run(folder, out, true);

        assertTrue(resumed.allPlanned(), resumed.rows().toString());
        for (AthleteRow row : resumed.rows()) {
            String plan = row.athleteId() + ".json";
            assertEquals(survived.containsKey(plan), row.kept(), row.athleteId() + " kept iff it was done");
            if (row.kept()) {
                assertArrayEquals(survived.get(plan), Files.readAllBytes(out.resolve(plan)));
            }
        }
        assertCapacityKept(out, 2);
    }

    private static int countJson(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return (int) files.filter(f -> f.toString().endsWith(".json")).count();
        }
    }

    private static Map<String, byte[]> planFiles(Path out) throws IOException {
        Map<String, byte[]> plans = new HashMap<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                plans.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return plans;
    }
}
