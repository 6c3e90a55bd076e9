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

/** compare PROFILE --weights A --weights B: the days that differ and the per-rule score difference. */
class CompareCommandTest {

    @TempDir
    Path dir;

    @Test
    void compareShowsTheDaysThatDifferAndTheRuleDifferences() throws IOException {
        Path profile = write("ria.json", ExplainTestSupport.RIA);
        Path a = write("a.json", "{}");
        Path b = write("b.json", "{\"runs-not-back-to-back\": 0}");
        var result = Cli.run("compare", profile.toString(), "--weights", a.toString(), "--weights",
                b.toString(), "--seconds", "2");
        assertEquals(0, result.exitCode(), result.err());
        String out = result.out();
        assertTrue(out.contains("Weights that differ (A -> B): runs-not-back-to-back 30 -> 0."), out);
        assertTrue(out.contains(" days differ."), out);
        assertTrue(out.contains("Week 1"), out);
        assertTrue(out.contains("A: ") && out.contains("B: "), out);
        assertTrue(out.contains("Score per rule, plan B minus plan A."), out);
        out.lines().forEach(line -> assertTrue(line.length() <= 80, "too wide: " + line));

        var json = Cli.run("compare", profile.toString(), "--weights", b.toString(), "--seconds", "2",
                "--json");
        assertEquals(0, json.exitCode(), json.err());
        JsonNode comparison = Json.MAPPER.readTree(json.out());
        int listed = 0;
        for (JsonNode week : comparison.path("weekList")) {
            listed += week.path("days").size();
        }
        assertEquals(comparison.path("changedDays").asInt(), listed);
        assertEquals("profile and default weights", comparison.path("a").path("label").asText());
        assertTrue(listed > 0, "switching run spacing off moves this plan");
    }

    @Test
    void compareNeedsOneOrTwoWeightsFiles() throws IOException {
        Path profile = write("ria.json", ExplainTestSupport.RIA);
        Path a = write("a.json", "{}");
        var none = Cli.run("compare", profile.toString());
        assertEquals(2, none.exitCode());
        var three = Cli.run("compare", profile.toString(), "--weights", a.toString(), "--weights",
                a.toString(), "--weights", a.toString());
        assertEquals(2, three.exitCode());
        assertTrue(three.err().contains("once or twice"), three.err());
        assertTrue(three.hasNoStackTrace());
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
