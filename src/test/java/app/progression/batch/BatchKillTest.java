package app.progression.batch;

import static app.progression.batch.BatchTestSupport.ALL_WEEK;
import static app.progression.batch.BatchTestSupport.assertCapacityKept;
import static app.progression.batch.BatchTestSupport.profile;
import static app.progression.batch.BatchTestSupport.team;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.io.Json;
import app.progression.render.PlanFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection: {@code batch} in a child JVM is killed with SIGKILL (no shutdown hooks, no clean-up) at random
 * points, over and over, fresh runs and resumed ones, with a profile edited now and then. After every kill the
 * folder must be sound: every plan file whole and in the coach's capacity, every plan the run reported still
 * there, every record true to its plan. A final {@code --resume} must then plan everyone and keep what survived.
 *
 * <p>The kill schedule comes from a fixed seed, so what the test checks is the same on every run; where exactly a
 * kill lands depends on the machine's speed, which is the point.
 */
class BatchKillTest {

    private static final long SEED = 20_270_104L;
    private static final int KILLS = 6;
    private static final int CAPACITY = 2;
    private static final String TEAM = """
            {"startDate": "2027-01-04", "weeks": 1, "groupRunDays": ["SATURDAY"], "coachCapacityPerDay": %d}
            """.formatted(CAPACITY);
    private static final List<String> ATHLETES = List.of("ana", "ben", "cy", "dee", "eli");

    /** A progress line of the child: {@code [3/5] ana: planned in 0.6 s | ...} or {@code ... planned (kept) |}. */
    private static final Pattern PLANNED = Pattern.compile("^\\[\\s*\\d+/\\d+] (\\S+): planned[ (]",
            Pattern.MULTILINE);

    @TempDir
    Path dir;

    private Path folder;
    private Path out;

    @Test
    void killedAtRandomPointsTheFolderStaysSoundAndResumeFinishesTheJob() throws Exception {
        folder = team(dir, TEAM);
        for (String id : ATHLETES) {
            writeProfile(id, 2);
        }
        out = dir.resolve("plans");
        Random random = new Random(SEED);
        int killedWhileRunning = 0;

        for (int kill = 1; kill <= KILLS; kill++) {
            boolean resume = kill > 1 && random.nextInt(3) > 0;
            if (kill > 1 && random.nextInt(3) == 0) {
                // An edited profile: its old plan is stale and must go before anything new is written.
                writeProfile(ATHLETES.get(random.nextInt(ATHLETES.size())), 1 + random.nextInt(3));
            }
            int waitForLines = random.nextInt(ATHLETES.size());
            int delayMillis = random.nextInt(700);
            String log = "kill " + kill + (resume ? " (--resume)" : " (fresh)") + " " + delayMillis + " ms after "
                    + waitForLines + " athletes were done";

            Path stderr = dir.resolve("child-" + kill + ".err");
            Process child = startBatch(resume, stderr);
            waitForProgress(child, stderr, waitForLines);
            Thread.sleep(delayMillis);
            boolean wasAlive = child.isAlive();
            if (wasAlive) {
                killedWhileRunning++;
            }
            child.destroyForcibly(); // SIGKILL
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), log);

            String reported = Files.readString(stderr);
            System.out.println(log + ": " + (wasAlive ? "killed mid-run" : "the run had ended") + ", "
                    + plannedIn(reported).size() + " reported planned, " + describe(out));
            assertFolderSound(log + "\n" + reported);
            for (String id : plannedIn(reported)) {
                assertTrue(Files.isRegularFile(out.resolve(id + ".json")), log + ": " + id
                        + " was reported planned, its plan is missing\n" + reported);
                assertTrue(Files.isRegularFile(out.resolve(Batch.RECORDS_DIR).resolve(id + ".json")), log + ": " + id
                        + " was reported planned, its record is missing\n" + reported);
            }
        }
        assertTrue(killedWhileRunning >= KILLS / 2, "most kills should land in a running batch, not after it: "
                + killedWhileRunning + " of " + KILLS);

        // What a --resume must keep: every plan whose record still matches it (the inputs did not change since).
        Map<String, byte[]> intact = intactPlans();
        Path stderr = dir.resolve("final.err");
        Process last = startBatch(true, stderr);
        assertTrue(last.waitFor(3, TimeUnit.MINUTES), "the final --resume did not finish");
        String finalLog = Files.readString(stderr) + Files.readString(dir.resolve("final.err.out"));
        assertEquals(0, last.exitValue(), "every athlete is planned after --resume:\n" + finalLog);

        assertFolderSound(finalLog);
        assertEquals(Set.copyOf(ATHLETES), plannedIn(Files.readString(stderr)), finalLog);
        for (String id : ATHLETES) {
            PlanFiles.read(out.resolve(id + ".json"));
        }
        for (Map.Entry<String, byte[]> survived : intact.entrySet()) {
            assertArrayEquals(survived.getValue(), Files.readAllBytes(out.resolve(survived.getKey() + ".json")),
                    survived.getKey() + " survived the kills intact, so --resume keeps it as it was");
            assertTrue(Files.readString(stderr).contains("] " + survived.getKey() + ": planned (kept)"), finalLog);
        }
        try (Stream<Path> files = Files.list(out)) {
            assertTrue(files.noneMatch(file -> file.getFileName().toString().endsWith(".tmp")),
                    "a finished run leaves no temporary files");
        }
        List<String> summary = Files.readAllLines(out.resolve(Batch.SUMMARY_FILE));
        assertEquals(ATHLETES.size() + 1, summary.size());
        summary.stream().skip(1).forEach(line -> assertTrue(line.contains(",planned,"), line));
    }

    private void writeProfile(String id, int runsPerWeek) throws IOException {
        String availability = switch (id) {
            case "ben" -> "\"availableMinutes\": {\"MONDAY\": 60, \"WEDNESDAY\": 60, \"SATURDAY\": 90}";
            case "dee" -> "\"availableMinutes\": {\"TUESDAY\": 60, \"THURSDAY\": 60, \"SATURDAY\": 60, "
                    + "\"SUNDAY\": 60}";
            default -> ALL_WEEK;
        };
        profile(folder, id, availability + ", \"runsPerWeek\": " + runsPerWeek);
    }

    private Process startBatch(boolean resume, Path stderr) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "app.progression.cli.Main", "batch", folder.toString(), "--out", out.toString(), "--seconds", "0.5",
                "--seed", "42", "--threads", "2"));
        if (resume) {
            command.add("--resume");
        }
        return new ProcessBuilder(command).redirectError(stderr.toFile())
                .redirectOutput(stderr.resolveSibling(stderr.getFileName() + ".out").toFile()).start();
    }

    /**
     * Waits until the child has started planning (its "Planning N athletes" line: the folder is read and stale plans
     * are gone) and printed {@code lines} progress lines (athletes done), or has ended.
     */
    private static void waitForProgress(Process child, Path stderr, int lines) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (child.isAlive() && System.nanoTime() < deadline) {
            String progress = Files.exists(stderr) ? Files.readString(stderr) : "";
            if (progress.contains("Planning ") && progress.lines().filter(line -> line.startsWith("[")).count()
                    >= lines) {
                return;
            }
            Thread.sleep(5);
        }
    }

    /** What a kill left, for the test's log: plan files, records and temporary files. */
    private static String describe(Path out) throws IOException {
        if (!Files.isDirectory(out.resolve(Batch.RECORDS_DIR))) {
            return "no --out folder yet";
        }
        try (Stream<Path> files = Files.list(out); Stream<Path> records = Files.list(out.resolve(Batch.RECORDS_DIR))) {
            List<String> names = files.map(file -> file.getFileName().toString()).sorted().toList();
            long recordCount = records.filter(file -> file.getFileName().toString().endsWith(".json")).count();
            return names.stream().filter(name -> name.endsWith(".json")).count() + " plans, " + recordCount
                    + " records, " + names.stream().filter(name -> name.endsWith(".tmp")).count() + " temporary files";
        }
    }

    private static Set<String> plannedIn(String progress) {
        Set<String> ids = new TreeSet<>();
        Matcher matcher = PLANNED.matcher(progress);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    /**
     * What must hold at every instant, even right after a SIGKILL: each plan file (a {@code *.json} not starting
     * with a dot) is a whole plan; a record whose plan exists describes exactly that plan; and counted over the
     * plan files, no date has more athletes with strength than the coach can take. Half-written files can only be
     * temporary files ({@code .<name>.json<random>.tmp}), which never count as plans.
     */
    private void assertFolderSound(String context) throws IOException {
        if (!Files.isDirectory(out)) {
            return; // killed before the batch created it
        }
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".json")) {
                    assertFalse(name.startsWith("."), name + " looks like a plan but is a temporary file");
                    try {
                        PlanFiles.read(file);
                    } catch (RuntimeException e) {
                        throw new AssertionError(name + " is not a whole plan: " + e.getMessage() + "\n" + context, e);
                    }
                } else if (name.equals(Batch.SUMMARY_FILE)) {
                    String summary = Files.readString(file);
                    assertTrue(summary.startsWith(String.join(",", Summary.COLUMNS)) && summary.endsWith("\r\n"),
                            "summary.csv is whole");
                } else {
                    assertTrue(name.equals(Batch.TEAM_VIEW_FILE) || name.endsWith(".tmp"), "unexpected " + name);
                }
            }
        }
        Path records = out.resolve(Batch.RECORDS_DIR);
        if (Files.isDirectory(records)) {
            try (Stream<Path> files = Files.list(records)) {
                for (Path record : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                    Path plan = out.resolve(record.getFileName());
                    JsonNode recorded = Json.MAPPER.readTree(record.toFile()); // whole, or this throws
                    if (Files.exists(plan)) {
                        assertEquals(recorded.path("planSha256").asText(),
                                InputHash.sha256(Files.readAllBytes(plan)),
                                record.getFileName() + ": the record describes another plan than the one on disk\n"
                                        + context);
                    }
                }
            }
        }
        assertCapacityKept(out, CAPACITY);
    }

    /**
     * Plans on disk whose record matches both the plan and today's inputs (a profile edited before a run that was
     * killed early leaves a stale plan): a --resume keeps exactly these.
     */
    private Map<String, byte[]> intactPlans() throws IOException {
        TeamInputs inputs = TeamInputs.read(BatchTestSupport.options(folder, out, true));
        Map<String, byte[]> intact = new TreeMap<>();
        for (String id : ATHLETES) {
            Path plan = out.resolve(id + ".json");
            Path record = out.resolve(Batch.RECORDS_DIR).resolve(id + ".json");
            if (Files.isRegularFile(plan) && Files.isRegularFile(record)) {
                byte[] bytes = Files.readAllBytes(plan);
                JsonNode recorded = Json.MAPPER.readTree(record.toFile());
                String inputHash = InputHash.of(inputs.fingerprint(),
                        Json.readTree(folder.resolve(id + ".json"), "Profile"));
                if (recorded.path("planSha256").asText().equals(InputHash.sha256(bytes))
                        && recorded.path("inputHash").asText().equals(inputHash)) {
                    intact.put(id, bytes);
                }
            }
        }
        return intact;
    }
}
