package app.progression.batch;

import static app.progression.batch.BatchTestSupport.ALL_WEEK;
import static app.progression.batch.BatchTestSupport.cli;
import static app.progression.batch.BatchTestSupport.profile;
import static app.progression.batch.BatchTestSupport.team;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.io.Json;
import app.progression.plan.PlanDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad, red-flag and infeasible profiles never stop the others; each row says why; duplicates stop everything. */
class BatchIsolationTest {

    private static final String TEAM = """
            {"name": "Test Harriers", "startDate": "2027-01-04", "weeks": 2,
             "groupRunDays": ["TUESDAY", "SATURDAY"], "coachCapacityPerDay": 3}
            """;

    @TempDir
    Path dir;

    @Test
    void oneBadProfileNeverStopsTheOthersAndTheSummarySaysWhy() throws Exception {
        Path folder = team(dir, TEAM);
        profile(folder, "ana", ALL_WEEK + ", \"runsPerWeek\": 2, \"easyRunMinutes\": 20");
        profile(folder, "bob", "\"availableMinutes\": {\"MONDAY\": 60, \"WEDNESDAY\": 60, \"SATURDAY\": 90}, "
                + "\"runsPerWeek\": 2, \"strengthSessionsPerWeek\": 1");
        profile(folder, "carl", ALL_WEEK + ", \"runsPerWeek\": \"three\"");
        profile(folder, "dora", ALL_WEEK + ", \"redFlags\": [\"FEVER\"]");
        profile(folder, "eli", "\"availableMinutes\": {\"SATURDAY\": 60}, \"runsPerWeek\": 3");
        Files.writeString(folder.resolve("fay.json"), "{\"athlete\": {\"id\": \"fay\"},");
        Path out = dir.resolve("plans");

        var run = cli("batch", folder.toString(), "--out", out.toString(), "--seconds", "1", "--seed", "42",
                "--threads", "2");

        assertEquals(5, run.exitCode(), run.err());
        for (String id : List.of("ana", "bob")) {
            PlanDocument plan = Json.MAPPER.readValue(out.resolve(id + ".json").toFile(), PlanDocument.class);
            assertTrue(plan.feasible(), id);
            assertEquals(2, plan.weeks(), id + " takes the team's weeks");
        }
        for (String id : List.of("carl", "dora", "eli", "fay")) {
            assertFalse(Files.exists(out.resolve(id + ".json")), id + " must have no plan file");
        }

        List<String> lines = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(String.join(",", Summary.COLUMNS), lines.get(0));
        assertEquals(7, lines.size(), "a header and one row per profile");
        Map<String, List<String>> rows = lines.stream().skip(1).map(BatchIsolationTest::parseCsv)
                .collect(Collectors.toMap(cells -> cells.get(0), Function.identity()));
        int status = Summary.COLUMNS.indexOf("status");
        int score = Summary.COLUMNS.indexOf("score");
        int seconds = Summary.COLUMNS.indexOf("solve_seconds");
        int reason = Summary.COLUMNS.indexOf("reason");
        assertEquals("planned", rows.get("ana").get(status));
        assertTrue(rows.get("ana").get(score).startsWith("0hard/"), rows.get("ana").toString());
        assertTrue(Double.parseDouble(rows.get("ana").get(seconds)) > 0);
        assertEquals("planned", rows.get("bob").get(status));
        assertEquals("invalid profile", rows.get("carl").get(status));
        assertTrue(rows.get("carl").get(reason).contains("runsPerWeek"), rows.get("carl").toString());
        assertEquals("referred for red flags", rows.get("dora").get(status));
        assertTrue(rows.get("dora").get(reason).contains("FEVER"));
        assertEquals("infeasible", rows.get("eli").get(status));
        assertTrue(rows.get("eli").get(reason).contains("runs-per-week"), rows.get("eli").toString());
        // Without a readable athlete id, the row is named by its file.
        assertEquals("invalid profile", rows.get("fay.json").get(status));
        assertTrue(rows.get("fay.json").get(reason).contains("not valid JSON"), rows.get("fay.json").toString());

        // The printed table and the team view.
        for (String expected : List.of("athlete", "status", "score", "solve s", "referred for red flags",
                "invalid profile", "infeasible", "Test Harriers: 6 athletes, 2 planned")) {
            assertTrue(run.out().contains(expected), "table lacks '" + expected + "':\n" + run.out());
        }
        String view = Files.readString(out.resolve("team-view.md"));
        for (String expected : List.of("# Test Harriers", "Tue 01-05 (group run)", "| ana |", "| bob |",
                "**coach load**", "**at the group run**", "- **dora**: referred for red flags")) {
            assertTrue(view.contains(expected), "team view lacks '" + expected + "':\n" + view);
        }
        // Progress went to stderr as plain lines (no terminal in a test).
        assertTrue(run.err().contains("[6/6]"), run.err());
    }

    @Test
    void duplicateAthleteIdsAreRefusedBeforeAnySolving() throws Exception {
        Path folder = team(dir, TEAM);
        profile(folder, "ana", ALL_WEEK);
        Files.writeString(folder.resolve("ana-copy.json"), "{\"athlete\": {\"id\": \"ana\"}, " + ALL_WEEK + "}");
        profile(folder, "bob", ALL_WEEK);
        Path out = dir.resolve("plans");

        var run = cli("batch", folder.toString(), "--out", out.toString(), "--seconds", "1", "--seed", "42");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("ana.json") && run.err().contains("ana-copy.json"), run.err());
        assertTrue(run.err().contains("'ana'"), run.err());
        assertFalse(run.err().contains("Exception"), "no stack trace: " + run.err());
        assertFalse(Files.exists(out), "nothing is written when ids clash");
    }

    @Test
    void aBrokenTeamFileIsInvalidInput() throws Exception {
        Path folder = team(dir, "{\"groupRunDays\": [\"TUESDAY\", \"FUNDAY\"], \"coachCapacityPerDay\": 0}");
        profile(folder, "ana", ALL_WEEK);

        var run = cli("batch", folder.toString(), "--out", dir.resolve("plans").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("FUNDAY"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    /** A minimal RFC 4180 reader for one line (the summary quotes fields with commas and quotes). */
    static List<String> parseCsv(String line) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
