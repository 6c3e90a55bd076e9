package app.progression.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.Cli;
import app.progression.io.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defects found by fuzzing and fault injection, each as the user met it: the input that broke, and what a user
 * must get instead. Batch defects are in {@code BatchSafetyTest}.
 */
class ReportedDefectsTest {

    private static final String PROFILE = """
            {"athlete": {"id": "kim"}, "startDate": "2027-01-04", "weeks": 1,
             "availableMinutes": {"MONDAY": 60, "WEDNESDAY": 60, "FRIDAY": 60, "SUNDAY": 60},
             "runsPerWeek": 2, "easyRunMinutes": 20, "strengthSessionsPerWeek": 2%s}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private Path plannedFile() throws IOException {
        Path plan = dir.resolve("plan.json");
        Cli.Result result = Cli.run("plan", write("kim.json", PROFILE.formatted("")).toString(), "--seed", "3",
                "--seconds", "0.5", "--out", plan.toString());
        assertEquals(0, result.exitCode(), result.err());
        return plan;
    }

    @Test
    void aWeightTooLargeToScoreSafelyIsRefusedWherever() throws IOException {
        String huge = "{\"day-fits-available-minutes\": 1000000000}";
        Cli.Result fromProfile = Cli.run("plan", write("p.json", PROFILE.formatted(", \"weights\": " + huge))
                .toString(), "--seconds", "0.5");
        assertEquals(2, fromProfile.exitCode(), fromProfile.err());
        assertTrue(fromProfile.isCleanError() && fromProfile.err().contains("maximum"), fromProfile.err());
        Cli.Result fromFile = Cli.run("plan", write("q.json", PROFILE.formatted("")).toString(), "--weights",
                write("w.json", huge).toString(), "--seconds", "0.5");
        assertEquals(2, fromFile.exitCode(), fromFile.err());
        assertTrue(fromFile.isCleanError() && fromFile.err().contains("1000000"), fromFile.err());
    }

    @Test
    void theLargestWeightStillReportsABrokenPlanAsBroken() throws IOException {
        Path plan = plannedFile();
        ObjectNode tree = (ObjectNode) Json.MAPPER.readTree(plan.toFile());
        // Every strength session of the week on its first day, and a 1400-minute run on every day: far more than
        // the day holds, weighed at the largest weight (as int scores this wrapped around).
        JsonNode strength = null;
        for (JsonNode day : tree.path("days")) {
            for (JsonNode session : day.path("sessions")) {
                if (strength == null && session.path("kind").asText().equals("STRENGTH")) {
                    strength = session;
                }
            }
        }
        ArrayNode monday = (ArrayNode) tree.path("days").get(0).path("sessions");
        for (int i = 0; i < 6; i++) {
            monday.add(strength.deepCopy());
        }
        for (JsonNode day : tree.path("days")) {
            ((ArrayNode) day.path("sessions")).addObject().put("kind", "EASY_RUN").put("minutes", 1400)
                    .put("warmupMinutes", 6);
        }
        Files.writeString(plan, Json.MAPPER.writeValueAsString(tree));
        Path weights = write("max.json", "{\"day-fits-available-minutes\": 1000000, "
                + "\"no-strength-on-consecutive-days\": 1000000}");
        Cli.Result result = Cli.run("explain", dir.resolve("kim.json").toString(), plan.toString(), "--weights",
                weights.toString(), "--json");
        assertEquals(0, result.exitCode(), result.err());
        JsonNode explanation = Json.MAPPER.readTree(result.out());
        assertFalse(explanation.path("feasible").asBoolean(), result.out());
        assertTrue(explanation.path("hardScore").asLong() < 0, explanation.path("score").asText());
    }

    @Test
    void anAbsurdRunLengthInAPlanFileIsRefusedNotScored() throws IOException {
        Path plan = plannedFile();
        String edited = Files.readString(plan).replaceFirst("(\"kind\" : \"EASY_RUN\",\\s*\"minutes\" : )\\d+",
                "$12000000000");
        assertTrue(edited.contains("2000000000"));
        Files.writeString(plan, edited);
        Cli.Result result = Cli.run("explain", dir.resolve("kim.json").toString(), plan.toString());
        assertEquals(2, result.exitCode(), result.out() + result.err());
        assertTrue(result.isCleanError(), result.err());
    }

    @Test
    void outIsNeverAFolderOrADevice() throws IOException {
        Path profile = write("kim.json", PROFILE.formatted(""));
        Path folder = Files.createDirectories(dir.resolve("folder.json"));
        for (String out : List.of(folder.toString(), "/dev/null")) {
            Cli.Result result = Cli.run("plan", profile.toString(), "--seconds", "0.5", "--out", out);
            assertEquals(2, result.exitCode(), out + ": " + result.err());
            assertTrue(result.isCleanError() && result.err().contains("not a regular file"), result.err());
        }
        assertTrue(Files.isDirectory(folder));
        assertFalse(Files.isRegularFile(Path.of("/dev/null")));
    }

    @Test
    void aOneWeekPlanStartingOnSundayCanUseSaturdayAndSunday() throws IOException {
        // The block runs Sunday to Saturday: its Saturday and Sunday are six days apart, not neighbours.
        Path profile = write("sun.json", """
                {"athlete": {"id": "sun"}, "startDate": "2027-01-03", "weeks": 1,
                 "availableMinutes": {"SATURDAY": 60, "SUNDAY": 60},
                 "runsPerWeek": 0, "strengthSessionsPerWeek": 2}
                """);
        Cli.Result result = Cli.run("plan", profile.toString(), "--seed", "1", "--seconds", "0.5");
        assertEquals(0, result.exitCode(), result.err());
    }

    @Test
    void anIdWithATrailingNewlineIsRefused() throws IOException {
        Cli.Result result = Cli.run("plan", write("nl.json", PROFILE.formatted("").replace("\"kim\"", "\"kim\\n\""))
                .toString(), "--seconds", "0.5");
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.isCleanError() && result.err().contains("athlete/id: must be 1 to 64 letters"), result.err());
    }

    @Test
    void lenientJsonIsRefused() throws IOException {
        String valid = PROFILE.formatted("");
        for (String bad : List.of(valid + " trailing", valid + valid,
                valid.replace("\"weeks\": 1,", "\"weeks\": 1, \"weeks\": 2,"))) {
            Cli.Result result = Cli.run("plan", write("bad.json", bad).toString(), "--seconds", "0.5");
            assertEquals(2, result.exitCode(), bad + "\n" + result.err());
            assertTrue(result.isCleanError(), result.err());
        }
        Cli.Result duplicateWeight = Cli.run("constraints", "--weights", write("w.json",
                "{\"run-length-cap\": 0, \"run-length-cap\": 2}").toString());
        assertEquals(2, duplicateWeight.exitCode(), duplicateWeight.err());
        assertTrue(duplicateWeight.err().contains("Duplicate field"), duplicateWeight.err());
    }

    @Test
    void aBudgetTooSmallToSolveWithIsRefused() throws IOException {
        Cli.Result result = Cli.run("plan", write("kim.json", PROFILE.formatted("")).toString(), "--seconds",
                "0.0001");
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.isCleanError() && result.err().contains("--seconds"), result.err());
    }

    @Test
    void catalogDosesAndRungsAreValidatedWithExit2() throws IOException {
        String builtIn = new String(getClass().getResourceAsStream("/catalog/catalog.json").readAllBytes());
        Path profile = write("kim.json", PROFILE.formatted(""));
        List<String> broken = List.of(
                builtIn.replace("{\"id\": \"cat-cow\", \"sets\": 1, \"reps\": 10}",
                        "{\"id\": \"cat-cow\", \"sets\": 1, \"holdSeconds\": -99999}"),
                builtIn.replace("{\"id\": \"marching-in-place\", \"sets\": 1, \"holdSeconds\": 120}",
                        "{\"id\": \"marching-in-place\", \"sets\": 1, \"holdSeconds\": 999999999}"),
                builtIn.replace("\"rung\": 1,", "\"rung\": 2147483647,"),
                builtIn.replace("\"exercises\": [", "\"exercises\": [null,"));
        for (String catalog : broken) {
            assertFalse(catalog.equals(builtIn));
            Cli.Result result = Cli.run("plan", profile.toString(), "--seconds", "0.5", "--catalog",
                    write("catalog.json", catalog).toString());
            assertEquals(2, result.exitCode(), result.err());
            assertTrue(result.isCleanError(), result.err());
        }
    }

    @Test
    void aPlanFileWithAnEmptySessionOrExerciseIsRefusedWithExit2() throws IOException {
        Path plan = plannedFile();
        String original = Files.readString(plan);
        List<String> broken = List.of(
                original.replaceFirst("\"sessions\" : \\[ \\{", "\"sessions\" : [ null, {"),
                original.replaceFirst("\"exercises\" : \\[ \\{", "\"exercises\" : [ null, {"));
        for (String damaged : broken) {
            assertFalse(damaged.equals(original));
            Files.writeString(plan, damaged);
            Cli.Result explain = Cli.run("explain", dir.resolve("kim.json").toString(), plan.toString());
            assertEquals(2, explain.exitCode(), explain.err());
            assertTrue(explain.isCleanError(), explain.err());
            Cli.Result render = Cli.run("render", plan.toString(), "--format", "ics");
            assertEquals(2, render.exitCode(), render.err());
        }
    }

    @Test
    void aHugeWarmUpInAPlanFileNeverReachesACalendar() throws IOException {
        Path plan = plannedFile();
        Files.writeString(plan, Files.readString(plan).replaceFirst("\"warmupMinutes\" : \\d+",
                "\"warmupMinutes\" : 99999999"));
        Cli.Result result = Cli.run("render", plan.toString(), "--format", "ics");
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.isCleanError() && result.err().contains("warmupMinutes"), result.err());
    }
}
