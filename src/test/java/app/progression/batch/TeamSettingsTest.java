package app.progression.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.InvalidInputException;
import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** team.json: read through its schema, and every mistake named by field with what is wrong. */
class TeamSettingsTest {

    private static final Catalog CATALOG = CatalogLoader.builtIn();

    @TempDir
    Path dir;

    private TeamSettings read(String json) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("riverside"));
        Files.writeString(folder.resolve(TeamSettings.FILE_NAME), json);
        return TeamSettings.read(folder, CATALOG);
    }

    @Test
    void aFullTeamFileIsRead() throws IOException {
        TeamSettings team = read("""
                {"name": "Riverside", "startDate": "2027-01-04", "weeks": 6, "weights": {"runs-on-group-days": 40},
                 "defaults": {"equipment": ["FOAM_ROLLER"]}, "groupRunDays": ["SATURDAY", "TUESDAY"],
                 "coachCapacityPerDay": 4}
                """);
        assertEquals("Riverside", team.name());
        assertEquals(List.of(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY), team.groupRunDays());
        assertEquals(4, team.coachCapacityPerDay());
        assertEquals(Map.of("runs-on-group-days", 40), team.weights());
        assertEquals("2027-01-04", team.profileDefaults().path("startDate").asText());
        assertEquals(6, team.profileDefaults().path("weeks").asInt());
        assertEquals("FOAM_ROLLER", team.profileDefaults().path("equipment").get(0).asText());
    }

    @Test
    void anEmptyTeamFileMeansNoLimitsAndTheFoldersName() throws IOException {
        TeamSettings team = read("{}");
        assertEquals("riverside", team.name());
        assertNull(team.coachCapacityPerDay());
        assertTrue(team.groupRunDays().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not an object          | [1, 2]                                            | (top level): array found, object expected",
            "unknown field          | {\"groupRunDay\": [\"TUESDAY\"]}                  | (top level): unknown field 'groupRunDay'",
            "blank name             | {\"name\": \" \"}                                 | /name: must be a non-empty text",
            "not a weekday          | {\"groupRunDays\": [\"TUESDAY\", \"FUNDAY\"]}     | /groupRunDays/1: is not a weekday; use MONDAY to SUNDAY (found \"FUNDAY\")",
            "weekday twice          | {\"groupRunDays\": [\"TUESDAY\", \"TUESDAY\"]}    | /groupRunDays: lists the same weekday twice",
            "capacity 0             | {\"coachCapacityPerDay\": 0}                      | /coachCapacityPerDay: must be a whole number from 1 to 10000",
            "capacity as text       | {\"coachCapacityPerDay\": \"4\"}                  | (found \"4\")",
            "fractional weight      | {\"weights\": {\"runs-on-group-days\": 1.5}}      | /weights/runs-on-group-days: must be a whole number from 0 to 1000000 (found 1.5)",
            "unknown rule           | {\"weights\": {\"runs-on-group-dayz\": 3}}        | weights: unknown rule 'runs-on-group-dayz'. Valid rules: ",
            "safety rule off        | {\"weights\": {\"run-length-cap\": 0}}            | weights: 'run-length-cap' is a safety rule and cannot be switched off",
            "athlete in defaults    | {\"defaults\": {\"athlete\": {\"id\": \"x\"}}}    | /defaults/athlete: is per athlete",
            "weights in defaults    | {\"defaults\": {\"weights\": {}}}                 | /defaults/weights: cannot be a default here: put team weights in the top-level weights",
            "weeks twice            | {\"weeks\": 4, \"defaults\": {\"weeks\": 6}}      | /defaults/weeks: is also given at the top of team.json; give it once",
            "bad default value      | {\"defaults\": {\"runsPerWeek\": 9}}              | /defaults/runsPerWeek: must have a maximum value of 7",
            "unknown painful id     | {\"defaults\": {\"painful\": [\"supermann\"]}}    | painful: unknown exercise id supermann",
            "unknown default field  | {\"defaults\": {\"runsPerWek\": 2}}               | runsPerWek",
            "bad date               | {\"startDate\": \"2027-02-30\"}                   | /startDate"})
    void everyMistakeIsNamedWithWhatIsWrong(String kind, String json, String expected) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(json));
        assertTrue(e.getMessage().startsWith("team settings " + dir.resolve("riverside").resolve("team.json")),
                e.getMessage());
        assertTrue(e.getMessage().contains(expected), kind + ": " + e.getMessage());
    }
}
