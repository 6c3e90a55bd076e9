package app.progression.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.InvalidInputException;
import app.progression.domain.ConstraintWeights;
import app.progression.domain.ConstraintWeights.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A weights file: checked by weights.schema.json, then for known rules and safety rules, each mistake named. */
class WeightsFileTest {

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("coach.json"), json);
    }

    @Test
    void wholeNumbersFromZeroToTheMaximumAreRead() throws IOException {
        assertEquals(Map.of("runs-not-back-to-back", 0, "no-run-after-strength", ConstraintWeights.MAX_WEIGHT),
                Weights.read(write("{\"runs-not-back-to-back\": 0, \"no-run-after-strength\": 1000000}")));
        assertEquals(Map.of(), Weights.read(write("{}")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a list           | [1, 2]                                  | (top level): array found, object expected",
            "negative         | {\"stretches-varied\": -5}              | /stretches-varied: must be a whole number from 0 to 1000000 (found -5)",
            "too large        | {\"stretches-varied\": 1000001}         | /stretches-varied: must be a whole number from 0 to 1000000 (found 1000001)",
            "fractional       | {\"stretches-varied\": 2.5}             | (found 2.5)",
            "text             | {\"stretches-varied\": \"high\"}        | (found \"high\")",
            "null             | {\"stretches-varied\": null}            | (found null)",
            "huge             | {\"stretches-varied\": 99999999999999999999} | (found 99999999999999999999)",
            "safety rule off  | {\"run-length-cap\": 0}                 | 'run-length-cap' is a safety rule and cannot be switched off (weight 0)"})
    void mistakesAreNamed(String kind, String json, String expected) throws IOException {
        Path file = write(json);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Weights.read(file));
        assertTrue(e.getMessage().startsWith("weights file " + file), e.getMessage());
        assertTrue(e.getMessage().contains(expected), kind + ": " + e.getMessage());
    }

    @Test
    void anUnknownRuleListsTheValidOnes() throws IOException {
        Path file = write("{\"runs-not-back-2-back\": 10}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Weights.read(file));
        assertTrue(e.getMessage().contains("unknown rule 'runs-not-back-2-back'"), e.getMessage());
        for (RuleInfo rule : ConstraintWeights.rules()) {
            assertTrue(e.getMessage().contains(rule.id()), rule.id());
        }
    }
}
