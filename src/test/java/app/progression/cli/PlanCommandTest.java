package app.progression.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.Cli;
import app.progression.catalog.CatalogLoader;
import app.progression.plan.PlanDocument;
import app.progression.render.PlanFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** `progression plan` as a user meets it: exit codes, refusals of bad input, warnings, reproducibility. */
class PlanCommandTest {

    private static final String VALID = """
            {"athlete": {"id": "kim"}, "startDate": "2027-01-04", "weeks": 2,
             "availableMinutes": {"MONDAY": 60, "WEDNESDAY": 60, "FRIDAY": 60, "SUNDAY": 60},
             "runsPerWeek": 2, "easyRunMinutes": 20, "strengthSessionsPerWeek": 2%s}
            """;

    @TempDir
    Path dir;

    private Path profile(String json) throws IOException {
        Path file = dir.resolve("profile.json");
        Files.writeString(file, json);
        return file;
    }

    private Cli.Result plan(String json, String... extra) throws IOException {
        Path out = dir.resolve("plan.json");
        List<String> args = new java.util.ArrayList<>(List.of("plan", profile(json).toString(), "--out",
                out.toString(), "--seed", "1", "--seconds", "1"));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed JSON               | {\"athlete\": {\"id\": \"kim\"},, }                        | line 1, column",
            "unknown exercise id          | %s, \"painful\": [\"supermann\"]                            | supermann",
            "bad date                     | %s, \"startDate\": \"2027-02-30\"                           | startDate",
            "negative minutes             | %s, \"availableMinutes\": {\"MONDAY\": -5}                  | availableMinutes",
            "unknown weekday              | %s, \"availableMinutes\": {\"FUNDAY\": 30}                  | FUNDAY",
            "unknown field                | %s, \"runsPerWek\": 3                                       | runsPerWek",
            "unknown red flag             | %s, \"redFlags\": [\"SORE_TOE\"]                            | redFlags",
            "unknown rule in weights      | %s, \"weights\": {\"no-such-rule\": 3}                      | no-such-rule",
            "safety rule switched off     | %s, \"weights\": {\"no-strength-on-consecutive-days\": 0}   | safety rule"})
    void badInputIsRefusedWithExitCode2AndAClearMessage(String kind, String fields, String expected)
            throws IOException {
        String json = fields.startsWith("%s") ? withFields(fields.substring(3)) : fields;
        Cli.Result result = plan(json);
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.isCleanError(), result.err());
        assertTrue(result.err().contains(expected), result.err());
        assertFalse(Files.exists(dir.resolve("plan.json")), "nothing written on bad input");
    }

    /** The valid profile with some fields given anew (a second key would be refused as a duplicate). */
    private static String withFields(String fields) throws IOException {
        var profile = (com.fasterxml.jackson.databind.node.ObjectNode) app.progression.io.Json.MAPPER.readTree(
                VALID.formatted(""));
        profile.setAll((com.fasterxml.jackson.databind.node.ObjectNode) app.progression.io.Json.MAPPER.readTree(
                "{" + fields + "}"));
        return profile.toString();
    }

    @Test
    void schemaProblemsNameTheFieldAndTheValueFound() throws IOException {
        Cli.Result result = plan("""
                {"athlete": {"id": "kim"}, "weeks": 99, "availableMinutes": {"MONDAY": 60}}""");
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.isCleanError(), result.err());
        assertTrue(result.err().contains("\n  - (top level): required property 'startDate' not found"), result.err());
        assertTrue(result.err().contains("\n  - /weeks: must have a maximum value of 52 (found 99)"), result.err());
    }

    @Test
    void aMissingProfileFileIsRefused() {
        Cli.Result result = Cli.run("plan", dir.resolve("nope.json").toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.isCleanError() && result.err().contains("does not exist"), result.err());
    }

    @Test
    void aBadOptionIsAUsageError() throws IOException {
        assertEquals(2, Cli.run("plan", profile(VALID.formatted("")).toString(), "--seconds", "abc").exitCode());
        assertEquals(2, Cli.run("plan", profile(VALID.formatted("")).toString(), "--seconds", "0").exitCode());
    }

    @Test
    void redFlagsRefuseToPlanAndReferToAClinician() throws IOException {
        Cli.Result result = plan(VALID.formatted(", \"redFlags\": [\"SADDLE_NUMBNESS\", \"FEVER\"]"));
        assertEquals(3, result.exitCode());
        assertTrue(result.err().contains("SADDLE_NUMBNESS") && result.err().contains("FEVER"), result.err());
        assertTrue(result.err().contains("clinician"), result.err());
        assertFalse(Files.exists(dir.resolve("plan.json")));
    }

    @Test
    void impossibleProfileExplainsWhichRuleAndWhyAndKeepsTheOldPlanFile() throws IOException {
        Path out = dir.resolve("plan.json");
        Files.writeString(out, "previous plan");
        String json = """
                {"athlete": {"id": "kim"}, "startDate": "2027-01-04", "weeks": 2,
                 "availableMinutes": {"MONDAY": 60, "TUESDAY": 60},
                 "runsPerWeek": 1, "strengthSessionsPerWeek": 2}
                """;
        Cli.Result result = plan(json);
        assertEquals(4, result.exitCode());
        assertTrue(result.err().contains("no-strength-on-consecutive-days"), result.err());
        assertTrue(result.err().contains("MONDAY, TUESDAY"), result.err());
        assertEquals("previous plan", Files.readString(out));
    }

    @Test
    void aProfileWhereTheSecondSessionFitsNowhereIsRefusedBeforeSolving() throws IOException {
        // Three days a day apart and Monday holds a strength session, but the second one fits on no other day.
        String json = """
                {"athlete": {"id": "kim"}, "startDate": "2027-01-04", "weeks": 2,
                 "availableMinutes": {"MONDAY": 40, "WEDNESDAY": 15, "FRIDAY": 15},
                 "runsPerWeek": 0, "strengthSessionsPerWeek": 2}
                """;
        Path out = dir.resolve("plan.json");
        Cli.Result result = Cli.run("plan", profile(json).toString(), "--out", out.toString(), "--seed", "1",
                "--seconds", "0.3");
        assertEquals(4, result.exitCode(), result.err());
        assertTrue(result.err().contains("day-fits-available-minutes") && result.err().contains("MONDAY"),
                result.err());
        assertFalse(Files.exists(dir.resolve("plan.json")));
    }

    @Test
    void fewerThanFourPainFreeRungsIsPlannedWithAWarning() throws IOException {
        String painful = ", \"painful\": [\"superman\", \"beetle\", \"single-leg-balance\", \"single-leg-balance-reach\","
                + " \"high-plank-leg-lifts\", \"single-leg-bridge\", \"low-side-plank-lifts\", \"quadruped-limb-raises\","
                + " \"superman-pull\", \"single-leg-deadlift\", \"high-plank-limb-raises\"]";
        Cli.Result result = plan(VALID.formatted(painful));
        assertEquals(0, result.exitCode(), result.err());
        String written = Files.readString(dir.resolve("plan.json"));
        assertTrue(written.contains("Only 2 ladder rung(s) are pain-free"), written);
        assertFalse(written.contains("\"superman\""));
    }

    @Test
    void aRunningTargetBelowTheRunningBeforeThePlanIsKeptAndSaidSo() throws IOException {
        Cli.Result result = plan("""
                {"athlete": {"id": "kim"}, "startDate": "2027-01-04", "weeks": 3,
                 "availableMinutes": {"MONDAY": 60, "WEDNESDAY": 60, "FRIDAY": 60, "SUNDAY": 60},
                 "runsPerWeek": 2, "easyRunMinutes": 40, "targetWeeklyRunMinutes": 60}""");
        assertEquals(0, result.exitCode(), result.err());
        PlanDocument written = PlanFiles.read(dir.resolve("plan.json"));
        assertTrue(written.warnings().stream().anyMatch(warning -> warning.contains(
                "target (60 min) is less than the 80 min a week run before the plan")), written.warnings().toString());
        assertTrue(written.weekSummaries().stream().allMatch(week -> week.runMinutes() <= 60),
                "the plan aims at the target: " + written.weekSummaries());
    }

    @Test
    void aPlanWithNothingToChooseIsMadeAtOnceAlsoWhenSeeded() {
        // One day a week and everything painful: the only run has one day to go to, and no move changes anything.
        // A seeded run counts score calculations, which such a plan never makes; it must still end.
        String painful = CatalogLoader.builtIn().exercises().stream().map(exercise -> "\"" + exercise.id() + "\"")
                .collect(java.util.stream.Collectors.joining(", "));
        Cli.Result result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> plan("""
                {"athlete": {"id": "kim"}, "startDate": "2027-12-26", "weeks": 3,
                 "availableMinutes": {"SATURDAY": 15}, "runsPerWeek": 1, "easyRunMinutes": 9,
                 "strengthSessionsPerWeek": 4, "painful": [%s]}""".formatted(painful)));
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("9 min running in 1 run"), result.out());
    }

    @Test
    void theSameProfileAndSeedGiveTheSamePlan() throws IOException {
        Path profile = profile(VALID.formatted(""));
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        assertEquals(0, Cli.run("plan", profile.toString(), "--seed", "42", "--seconds", "1", "--out",
                first.toString()).exitCode());
        assertEquals(0, Cli.run("plan", profile.toString(), "--seed", "42", "--seconds", "1", "--out",
                second.toString()).exitCode());
        assertEquals(Files.readString(first), Files.readString(second));
    }

    @Test
    void thePlanFileIsWrittenWholeWithNoTemporaryFilesLeft() throws IOException {
        Cli.Result result = plan(VALID.formatted(""));
        assertEquals(0, result.exitCode(), result.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("plan.json", "profile.json"),
                    files.map(path -> path.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.readString(dir.resolve("plan.json")).trim().endsWith("}"));
    }
}
