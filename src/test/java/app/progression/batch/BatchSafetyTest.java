package app.progression.batch;

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

import app.progression.batch.AthleteRow.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a batch writes, keeps and removes is what its summary says, and the coach's capacity holds on disk. */
class BatchSafetyTest {

    @TempDir
    Path dir;

    static final class Killed extends RuntimeException {
    }

    @Test
    void aBrokenProfileNamedLikeAnotherAthleteNeverCostsThemTheirPlan() throws IOException {
        Path folder = team(dir, "{\"startDate\": \"2027-01-04\", \"weeks\": 1}");
        // ben's plan comes from x.json; the file ben.json is broken and has no usable athlete id.
        Files.writeString(folder.resolve("x.json"), "{\"athlete\": {\"id\": \"ben\"}, "
                + BatchTestSupport.ALL_WEEK + ", \"runsPerWeek\": 2}");
        Files.writeString(folder.resolve("ben.json"), "{\"athlete\": {\"id\": 7}, " + BatchTestSupport.ALL_WEEK
                + "}");
        Path out = dir.resolve("plans");
        run(folder, out, false);
        byte[] plan = Files.readAllBytes(out.resolve("ben.json"));

        var resumed = run(folder, out, true);

        AthleteRow ben = resumed.rows().stream().filter(row -> row.planned()).findFirst().orElseThrow();
        assertEquals("ben", ben.athleteId());
        assertTrue(ben.kept());
        assertArrayEquals(plan, Files.readAllBytes(out.resolve("ben.json")), "ben's plan is intact");
        assertTrue(Files.exists(out.resolve(Batch.RECORDS_DIR).resolve("ben.json")));
        AthleteRow broken = resumed.rows().stream().filter(row -> !row.planned()).findFirst().orElseThrow();
        assertEquals(Status.INVALID, broken.status());
        assertEquals("ben.json", broken.athleteId(), "named by its file, not as an athlete");
    }

    @Test
    void aFreshRunKilledHalfWayNeverLeavesMoreOnADateThanTheCoachCanTake() throws IOException {
        Path folder = team(dir, "{\"startDate\": \"2027-01-04\", \"weeks\": 1, \"coachCapacityPerDay\": 3}");
        String mondayOnly = "\"availableMinutes\": {\"MONDAY\": 60, \"WEDNESDAY\": 30, \"FRIDAY\": 30}, "
                + "\"runsPerWeek\": 0, \"strengthSessionsPerWeek\": 1, \"painful\": [\"superman\", \"beetle\"]";
        for (String id : new String[] {"ana", "ben", "cy"}) {
            profile(folder, id, mondayOnly);
        }
        Path out = dir.resolve("plans");
        run(folder, out, false);
        assertEquals(3, assertCapacityKept(out, 3).values().stream().mapToInt(Integer::intValue).max().orElse(0),
                "the earlier run put everyone on Monday");

        // Now the coach takes one athlete a day and everyone has three long days: a fresh run spreads them out.
        Files.writeString(folder.resolve("team.json"),
                "{\"startDate\": \"2027-01-04\", \"weeks\": 1, \"coachCapacityPerDay\": 1}");
        String spread = "\"availableMinutes\": {\"MONDAY\": 60, \"WEDNESDAY\": 60, \"FRIDAY\": 60}, "
                + "\"runsPerWeek\": 0, \"strengthSessionsPerWeek\": 1";
        for (String id : new String[] {"ana", "ben", "cy"}) {
            profile(folder, id, spread);
        }
        assertThrows(Killed.class, () -> Batch.run(options(folder, out, false), new Batch.Listener() {
            @Override
            public void finished(AthleteRow row) {
                throw new Killed();
            }
        }));
        assertCapacityKept(out, 1);

        var resumed = run(folder, out, true);
        assertTrue(resumed.allPlanned(), resumed.rows().toString());
        assertCapacityKept(out, 1);
    }

    @Test
    void aLinkToNowhereGetsARowSayingSo() throws IOException {
        Path folder = team(dir, "{\"startDate\": \"2027-01-04\", \"weeks\": 1}");
        profile(folder, "ana", BatchTestSupport.ALL_WEEK);
        Files.createSymbolicLink(folder.resolve("gone.json"), dir.resolve("missing.json"));

        var result = run(folder, dir.resolve("plans"), false);

        AthleteRow gone = row(result, "gone.json");
        assertEquals(Status.INVALID, gone.status());
        assertTrue(gone.reason().contains("link to a file that does not exist"), gone.reason());
    }

    @Test
    void anIdWithALineBreakNamesNoFile() throws IOException {
        Path folder = team(dir, "{\"startDate\": \"2027-01-04\", \"weeks\": 1}");
        Files.writeString(folder.resolve("odd.json"), "{\"athlete\": {\"id\": \"odd\\n\"}, "
                + BatchTestSupport.ALL_WEEK + "}");
        Path out = dir.resolve("plans");

        var result = run(folder, out, false);

        assertEquals(Status.INVALID, row(result, "odd.json").status());
        try (Stream<Path> files = Files.list(out)) {
            assertTrue(files.noneMatch(file -> file.getFileName().toString().contains("\n")));
        }
    }

    @Test
    void theSummaryNeverHandsASpreadsheetAFormula() throws IOException {
        Path folder = team(dir, "{\"startDate\": \"2027-01-04\", \"weeks\": 1}");
        Files.writeString(folder.resolve("eve.json"), "{\"athlete\": {\"id\": \"eve\", \"name\": "
                + "\"=HYPERLINK(\\\"http://x\\\")\"}, " + BatchTestSupport.ALL_WEEK + "}");
        Files.writeString(folder.resolve("max.json"), "{\"athlete\": {\"id\": \"max\", \"name\": \"@SUM(1)\"}, "
                + BatchTestSupport.ALL_WEEK + "}");
        Path out = dir.resolve("plans");

        run(folder, out, false);

        String csv = Files.readString(out.resolve(Batch.SUMMARY_FILE));
        assertTrue(csv.contains("eve,\"'=HYPERLINK(\"\"http://x\"\")\""), csv);
        assertTrue(csv.contains("max,'@SUM(1)"), csv);
        assertFalse(csv.contains(",=") || csv.contains(",@") || csv.contains(",\"="), csv);
    }
}
