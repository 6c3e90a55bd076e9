package app.progression.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers in a user's file reach the schemas as written: whole numbers whole, fractions never rounded to one. */
class JsonNumbersTest {

    @TempDir
    Path dir;

    private JsonNode read(String json) throws IOException {
        return Json.readTree(Files.writeString(dir.resolve("n.json"), json), "Test file");
    }

    @Test
    void wholeNumbersWrittenAsDecimalsAreWhole() throws IOException {
        JsonNode node = read("{\"a\": 2.0, \"b\": 1E2, \"c\": -0.0, \"d\": [3.00], \"e\": 7}");
        assertEquals(2, node.get("a").longValue());
        assertTrue(node.get("a").isIntegralNumber());
        assertEquals(100, node.get("b").longValue());
        assertEquals(0, node.get("c").longValue());
        assertEquals(3, node.get("d").get(0).longValue());
        assertEquals(7, node.get("e").intValue());
    }

    @Test
    void aFractionTooSmallForADoubleStaysAFraction() throws IOException {
        JsonNode tiny = read("{\"w\": 1e-400}").get("w");
        assertTrue(!tiny.isIntegralNumber() && !tiny.canConvertToExactIntegral(), tiny.toString());
        assertTrue(tiny.decimalValue().signum() > 0, "not rounded to 0");
    }

    @Test
    void aWholeNumberBeyondALongIsNoLongerMistakenForASmallOne() throws IOException {
        JsonNode huge = read("{\"w\": 1e999, \"v\": 1E+19}");
        assertEquals(Double.POSITIVE_INFINITY, huge.get("w").doubleValue());
        assertTrue(huge.get("v").doubleValue() > Long.MAX_VALUE);
    }

    @Test
    void anExponentBeyondAnyNumberTypeIsRefusedAsInvalidInput() throws IOException {
        Path file = Files.writeString(dir.resolve("e.json"), "{\"w\": 88888888e888888787887}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Json.readTree(file, "Weights file"));
        assertTrue(e.getMessage().startsWith("Weights file " + file + " has a number that cannot be read"),
                e.getMessage());
    }

    @Test
    void aFractionWithAnEnormousScaleIsCheckedAtOnce() throws IOException {
        // Turned into a long the exact way, 1e-2000000000 would take a division by ten to the two billionth.
        JsonNode weights = read("{\"stretches-varied\": 1e-2000000000, \"easy-run-volume\": -3e-2000000000}");
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertEquals(2, JsonSchemas.problems(
                JsonSchemas.get("weights.schema.json"), weights, Map.of()).size()));
    }

    @Test
    void theSchemasRefuseThemNamingTheValue() throws IOException {
        JsonNode weights = read("{\"stretches-varied\": 1e-400, \"easy-run-volume\": 1e999}");
        List<String> problems = JsonSchemas.problems(JsonSchemas.get("weights.schema.json"), weights, Map.of());
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.contains("/stretches-varied: must be a whole number from 0 to 1000000 (found 1E-400)"),
                problems.toString());
    }
}
