package app.progression.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.Cli;
import app.progression.domain.ConstraintWeights;
import app.progression.domain.ConstraintWeights.RuleInfo;
import app.progression.explain.ExplainTestSupport;
import app.progression.io.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** constraints: every rule with its level, default weight and what it protects; weights files checked and refused. */
class ConstraintsCommandTest {

    @TempDir
    Path dir;

    @Test
    void everyRuleIsListedWithLevelDefaultWeightAndWhatItProtects() {
        var result = Cli.run("constraints");
        assertEquals(0, result.exitCode(), result.err());
        String flat = result.out().replaceAll("\\s+", " ");
        for (RuleInfo rule : ConstraintWeights.rules()) {
            assertTrue(result.out().contains(rule.id() + (rule.safety() ? " *" : "")), rule.id());
            assertTrue(flat.contains(rule.protects()), rule.protects());
        }
        assertTrue(flat.contains("runs-not-back-to-back soft 30"), result.out());
        assertTrue(flat.contains("painful-exercise-never-planned * hard 1"), result.out());
        result.out().lines().forEach(line -> assertTrue(line.length() <= 80, "too wide: " + line));
    }

    @Test
    void jsonListsTheSameRules() throws IOException {
        var result = Cli.run("constraints", "--json");
        JsonNode rows = Json.MAPPER.readTree(result.out());
        assertEquals(ConstraintWeights.rules().size(), rows.size());
        JsonNode first = rows.get(0);
        assertEquals("painful-exercise-never-planned", first.path("id").asText());
        assertEquals("hard", first.path("level").asText());
        assertTrue(first.path("safety").asBoolean());
    }

    @Test
    void aWeightsFileIsCheckedAndShown() throws IOException {
        Path weights = write("coach.json", "{\"flexibility-after-every-run\": 90}");
        var result = Cli.run("constraints", "--weights", weights.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().replaceAll("\\s+", " ").contains("flexibility-after-every-run soft 30 90 <"),
                result.out());
    }

    @Test
    void anUnknownRuleIsRefusedListingTheValidOnes() throws IOException {
        Path weights = write("typo.json", "{\"runs-not-back-2-back\": 10}");
        for (String command : new String[] {"constraints", "plan"}) {
            var result = command.equals("plan")
                    ? Cli.run("plan", profile().toString(), "--weights", weights.toString())
                    : Cli.run("constraints", "--weights", weights.toString());
            assertEquals(2, result.exitCode(), command);
            assertTrue(result.err().contains("unknown rule 'runs-not-back-2-back'"), result.err());
            for (RuleInfo rule : ConstraintWeights.rules()) {
                assertTrue(result.err().contains(rule.id()), "valid rule " + rule.id() + " listed");
            }
            assertTrue(result.hasNoStackTrace(), result.err());
        }
    }

    @Test
    void negativeWeightsNonNumbersAndSwitchingOffASafetyRuleAreRefused() throws IOException {
        var negative = Cli.run("plan", profile().toString(), "--weights",
                write("neg.json", "{\"stretches-varied\": -5}").toString());
        assertEquals(2, negative.exitCode());
        assertTrue(negative.err().contains("/stretches-varied: must be a whole number from 0 to 1000000 (found -5)"),
                negative.err());
        var text = Cli.run("plan", profile().toString(), "--weights",
                write("text.json", "{\"stretches-varied\": \"high\"}").toString());
        assertEquals(2, text.exitCode());
        assertTrue(text.err().contains("must be a whole number"), text.err());
        var safety = Cli.run("compare", profile().toString(), "--weights",
                write("off.json", "{\"run-length-cap\": 0}").toString());
        assertEquals(2, safety.exitCode());
        assertTrue(safety.err().contains("'run-length-cap' is a safety rule"), safety.err());
        var notObject = Cli.run("explain", profile().toString(), profile().toString(), "--weights",
                write("list.json", "[1, 2]").toString());
        assertEquals(2, notObject.exitCode());
        assertTrue(notObject.hasNoStackTrace());
    }

    private Path profile() throws IOException {
        Path file = dir.resolve("ria.json");
        if (!Files.exists(file)) {
            Files.writeString(file, ExplainTestSupport.RIA);
        }
        return file;
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
