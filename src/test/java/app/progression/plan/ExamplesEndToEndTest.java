package app.progression.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.Cli;
import app.progression.catalog.Catalog;
import app.progression.check.PlanChecker;
import app.progression.catalog.CatalogLoader;
import app.progression.io.Json;
import app.progression.profile.Profile;
import app.progression.profile.ProfileReader;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Plans every example in problems/ through the command line and checks the written plan against the rules. */
class ExamplesEndToEndTest {

    private static final Catalog CATALOG = CatalogLoader.builtIn();

    @TempDir
    Path dir;

    static Stream<Path> examples() throws IOException {
        return Files.list(Path.of("problems")).filter(path -> path.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleGetsAPlanThatKeepsTheHardRules(Path example) {
        Profile profile = ProfileReader.read(example, CATALOG);
        Path out = dir.resolve("plan.json");
        Cli.Result result = Cli.run("plan", example.toString(), "--seed", "42", "--seconds", "2",
                "--out", out.toString());
        if (!profile.redFlags().isEmpty()) {
            assertEquals(3, result.exitCode(), result.err());
            assertTrue(result.err().contains("clinician"), result.err());
            assertFalse(Files.exists(out), "no plan is written for a red-flag profile");
            return;
        }
        assertEquals(0, result.exitCode(), result.err());
        JsonNode plan = Json.readTree(out, "plan");
        assertTrue(plan.get("feasible").asBoolean(), plan.get("score").asText());
        List<String> broken = PlanChecker.check(plan, profile, CATALOG);
        assertEquals(List.of(), broken, "broken rules in the plan for " + example);
    }
}
