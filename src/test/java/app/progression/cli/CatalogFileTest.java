package app.progression.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.Cli;
import app.progression.explain.ExplainTestSupport;
import app.progression.io.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --catalog FILE: a coach's catalog is validated on load (exit 2 naming the entry) and can extend the built-in one. */
class CatalogFileTest {

    @TempDir
    Path dir;

    private static final String STRENGTH_HEAD = "{\"strengthDose\": {\"sets\": 3, \"minReps\": 8, \"maxReps\": 12}, "
            + "\"restSecondsBetweenSets\": 30, \"setupSecondsPerExercise\": 10, \"warmUp\": [], \"exercises\": [";

    @Test
    void aDuplicateIdIsRefusedByName() throws IOException {
        assertRefused(STRENGTH_HEAD
                + "{\"id\": \"bridge\", \"name\": \"Bridge\", \"kind\": \"STRENGTH\", \"rung\": 1, \"secondsPerRep\": 3},"
                + "{\"id\": \"bridge\", \"name\": \"Bridge again\", \"kind\": \"STRENGTH\", \"rung\": 2, "
                + "\"secondsPerRep\": 3}]}", "exercise id 'bridge' appears twice");
    }

    @Test
    void aVariantOnAnotherRungIsRefusedByName() throws IOException {
        assertRefused("{\"extendsBuiltIn\": true, \"exercises\": [{\"id\": \"knee-beetle\", \"name\": \"Knee beetle\", "
                + "\"kind\": \"STRENGTH\", \"rung\": 5, \"easierVariantOf\": \"beetle\", \"secondsPerRep\": 3}]}",
                "exercise 'knee-beetle' must be on the same rung as its full exercise 'beetle'");
    }

    @Test
    void unknownEquipmentIsRefusedByName() throws IOException {
        assertRefused("{\"extendsBuiltIn\": true, \"exercises\": [{\"id\": \"kb-stretch\", \"name\": \"KB stretch\", "
                + "\"kind\": \"FLEXIBILITY\", \"equipment\": [\"KETTLEBELL\"], \"sets\": 1, \"holdSeconds\": 30}]}",
                "exercise 'kb-stretch' at /exercises/0/equipment/0: is not known equipment; use FOAM_ROLLER, STRAP or "
                        + "MASSAGE_BALL (found \"KETTLEBELL\")");
    }

    @Test
    void nonsenseDosesAreRefusedByName() throws IOException {
        assertRefused("{\"extendsBuiltIn\": true, \"exercises\": [{\"id\": \"slow-bridge\", \"name\": \"Slow bridge\", "
                + "\"kind\": \"STRENGTH\", \"rung\": 5, \"secondsPerRep\": 0}]}",
                "exercise 'slow-bridge' at /exercises/0/secondsPerRep: must be from 1 to 20 seconds for a strength "
                        + "exercise (found 0)");
        assertRefused("{\"extendsBuiltIn\": true, \"exercises\": [{\"id\": \"long-hold\", \"name\": \"Long hold\", "
                + "\"kind\": \"FLEXIBILITY\", \"sets\": 1, \"holdSeconds\": 5000}]}",
                "exercise 'long-hold' at /exercises/0/holdSeconds: must be a whole number of seconds from 0 to 600 "
                        + "(found 5000)");
        assertRefused("{\"extendsBuiltIn\": true, \"strengthDose\": {\"sets\": 3, \"minReps\": 12, \"maxReps\": 8}}",
                "strengthDose: minReps (12) must not be more than maxReps (8)");
    }

    @Test
    void anExtendingCatalogAddsAStretchThatGetsPlanned() throws IOException {
        Path catalog = write("club.json", "{\"extendsBuiltIn\": true, \"exercises\": [{\"id\": \"club-hip-opener\", "
                + "\"name\": \"Club hip opener\", \"kind\": \"FLEXIBILITY\", "
                + "\"targets\": [\"HIP_FLEXORS\", \"HAMSTRINGS\", \"LOWER_BACK\", \"GLUTES\"], \"perSide\": true, "
                + "\"sets\": 2, \"holdSeconds\": 20, \"howTo\": \"Half-kneeling, tuck the pelvis, reach up.\"}]}");
        Path profile = write("sam.json", ExplainTestSupport.SAM);
        Path plan = dir.resolve("plan.json");
        var result = Cli.run("plan", profile.toString(), "--catalog", catalog.toString(), "--seconds",
                "2", "--seed", "42", "--out", plan.toString());
        assertEquals(0, result.exitCode(), result.err());
        JsonNode written = Json.MAPPER.readTree(plan.toFile());
        assertTrue(written.toString().contains("\"id\":\"club-hip-opener\""), "the coach's stretch is planned");
        // The plan explains with the same catalog, and the new stretch earns its findings reward.
        var explained = Cli.run("explain", profile.toString(), plan.toString(), "--catalog",
                catalog.toString());
        assertEquals(0, explained.exitCode(), explained.err());
        assertTrue(explained.out().replaceAll("\\s+", " ").contains("club-hip-opener works on"), explained.out());
        // Without it, the plan file's catalog fingerprint is not the built-in catalog's.
        var without = Cli.run("explain", profile.toString(), plan.toString());
        assertEquals(2, without.exitCode());
        assertTrue(without.err().contains("was made with another exercise catalog"), without.err());
        assertTrue(without.err().contains("--catalog"), without.err());
    }

    private void assertRefused(String catalogJson, String expected) throws IOException {
        Path catalog = write("bad.json", catalogJson);
        Path profile = write("ria.json", ExplainTestSupport.RIA);
        var result = Cli.run("plan", profile.toString(), "--catalog", catalog.toString(), "--seconds",
                "1", "--seed", "1");
        assertEquals(2, result.exitCode(), result.out() + result.err());
        assertTrue(result.err().contains(expected), result.err());
        assertTrue(result.hasNoStackTrace(), result.err());
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
