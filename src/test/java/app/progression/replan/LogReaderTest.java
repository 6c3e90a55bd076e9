package app.progression.replan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.InvalidInputException;
import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.io.Json;
import app.progression.plan.PlanDocument;
import app.progression.render.PlanFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A log is read only when it makes sense for its plan; every mistake is named with its entry. */
class LogReaderTest {

    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final PlanDocument PLAN = PlanFiles.read(Path.of("problems/replan/plan.json"));

    private static String error(String json) {
        return assertThrows(InvalidInputException.class,
                () -> LogReader.read(Json.MAPPER.readTree(json), "log.json", CATALOG, PLAN)).getMessage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"log-painful-exercise.json", "log-flare.json", "log-missed-week.json"})
    void theExampleLogsAreRead(String file) {
        TrainingLog log = LogReader.read(Path.of("problems/replan").resolve(file), CATALOG, PLAN);
        assertTrue(log.entries().size() >= 5);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"athleteId\": \"sam\", \"entries\": []}"
                + "|the log of athlete 'sam', the plan is for 'jo'",
        "{\"entries\": [{\"date\": \"2026-12-31\", \"kind\": \"EASY_RUN\", \"status\": \"DONE\", \"minutes\": 20}]}"
                + "|entries[0] (2026-12-31): the date is outside the plan",
        "{\"entries\": [{\"date\": \"2027-01-04\", \"kind\": \"EASY_RUN\", \"status\": \"DONE\"},"
                + " {\"date\": \"2027-01-04\", \"kind\": \"EASY_RUN\", \"status\": \"MISSED\"}]}"
                + "|entries[1] (2027-01-04): a second EASY_RUN entry for the day",
        "{\"entries\": [{\"date\": \"2027-01-04\", \"kind\": \"EASY_RUN\", \"status\": \"PARTIAL\"}]}"
                + "|'minutes' is required for a run cut short",
        "{\"entries\": [{\"date\": \"2027-01-08\", \"kind\": \"EASY_RUN\", \"status\": \"DONE\"}]}"
                + "|'minutes' is required for a run on a day the plan has none",
        "{\"entries\": [{\"date\": \"2027-01-08\", \"kind\": \"CROSS_TRAINING\", \"status\": \"DONE\"}]}"
                + "|the plan has no CROSS_TRAINING session on that day",
        "{\"entries\": [{\"date\": \"2027-01-05\", \"kind\": \"STRENGTH\", \"status\": \"DONE\","
                + " \"exercises\": [{\"id\": \"handstand\"}]}]}"
                + "|entries[0] (2027-01-05): unknown exercise 'handstand'",
        "{\"entries\": [{\"date\": \"2027-01-05\", \"kind\": \"STRENGTH\", \"status\": \"DONE\","
                + " \"exercises\": [{\"id\": \"superman\", \"pain\": 11}]}]}"
                + "|must be from 0 to 10",
        "{\"entries\": [{\"date\": \"2027-01-05\", \"kind\": \"STRENGTH\", \"status\": \"SKIPPED\"}]}"
                + "|status",
        "{\"entries\": [{\"date\": \"2027-01-05\", \"flare\": false}]}"
                + "|entries",
    })
    void aBadLogIsRefusedNamingTheEntry(String json, String expected) {
        String message = error(json);
        assertTrue(message.contains(expected), message);
        assertTrue(message.startsWith("log.json") || message.contains("log.json"), message);
    }

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"[]", "{\"entries\": [], \"entries\": []}", "{\"entries\": []} trailing", "{"})
    void aFileThatIsNotALogIsRefusedWithoutAStackTrace(String text) throws Exception {
        Path file = dir.resolve("log.json");
        Files.writeString(file, text);
        String message = assertThrows(InvalidInputException.class, () -> LogReader.read(file, CATALOG, PLAN))
                .getMessage();
        assertTrue(message.contains("log.json"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"entries\": []}"})
    void anEmptyLogIsALog(String json) throws Exception {
        assertEquals(0, LogReader.read(Json.MAPPER.readTree(json), "log.json", CATALOG, PLAN).entries().size());
    }
}
