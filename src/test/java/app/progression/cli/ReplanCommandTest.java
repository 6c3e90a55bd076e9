package app.progression.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.Cli;
import app.progression.io.Json;
import app.progression.plan.PlanDocument;
import app.progression.render.PlanFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** replan and suggest from the command line: what they print and write, and what they refuse. */
class ReplanCommandTest {

    private static final String DIR = "problems/replan/";
    private static final String PROFILE = DIR + "profile.json";
    private static final String PLAN = DIR + "plan.json";

    @TempDir
    Path dir;

    @Test
    void replanWritesTheNewPlanKeepingThePastAndSaysWhatChangedAndWhy() {
        Path out = dir.resolve("new.json");
        var result = Cli.run("replan", PROFILE, PLAN, "--log", DIR + "log-painful-exercise.json",
                "--seconds", "2", "--seed", "7", "--out", out.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("Re-planned from Sun 10 Jan."), result.out());
        assertTrue(result.out().contains("beetle was logged with pain 4 on 2027-01-05 (5 at worst)"), result.out());
        assertTrue(result.out().contains("New plan written to " + out), result.out());
        PlanDocument before = PlanFiles.read(Path.of(PLAN));
        PlanDocument after = PlanFiles.read(out);
        LocalDate from = LocalDate.of(2027, 1, 10);
        assertEquals(from, after.madeWith().replanned().from());
        for (int i = 0; i < before.days().size(); i++) {
            if (before.days().get(i).date().isBefore(from)) {
                assertEquals(before.days().get(i).sessions().stream().map(s -> s.kind()).toList(),
                        after.days().get(i).sessions().stream().map(s -> s.kind()).toList(),
                        "a day that happened keeps its sessions: " + before.days().get(i).date());
            }
        }
        assertTrue(after.days().stream().filter(day -> !day.date().isBefore(from))
                .flatMap(day -> day.sessions().stream())
                .flatMap(session -> session.exercises() == null ? java.util.stream.Stream.empty()
                        : session.exercises().stream())
                .noneMatch(exercise -> exercise.id().equals("beetle")), "beetle hurt: it is gone from --from on");
    }

    @Test
    void replanJsonCarriesTheReportAndThePlanForApps() throws IOException {
        var result = Cli.run("replan", PROFILE, PLAN, "--log", DIR + "log-missed-week.json",
                "--seconds", "1", "--seed", "7", "--json");
        assertEquals(0, result.exitCode(), result.err());
        JsonNode answer = Json.MAPPER.readTree(result.out());
        assertEquals("2027-01-17", answer.path("report").path("from").asText());
        assertTrue(answer.path("report").path("causes").get(0).asText().contains("week 2 was missed"),
                answer.path("report").toString());
        assertTrue(answer.path("plan").path("feasible").asBoolean());
    }

    @Test
    void aLockedDayTheFlareCannotLiveWithGivesNoPlanAndSaysWhatStays() {
        var result = Cli.run("replan", PROFILE, DIR + "plan-locked.json", "--log", DIR + "log-flare.json",
                "--seconds", "0.2", "--seed", "7");
        assertEquals(4, result.exitCode(), result.out());
        assertTrue(result.err().contains("flare-week-eases-running"), result.err());
        assertTrue(result.err().contains("unlock a day"), result.err());
    }

    @Test
    void aBadLogIsRefusedNamingTheEntryAndFieldAndNothingIsWritten() throws IOException {
        Path log = dir.resolve("log.json");
        Files.writeString(log, """
                {"athleteId": "jo", "entries": [
                  {"date": "2027-01-04", "kind": "EASY_RUN", "status": "SKIPPED"}]}""");
        Path out = dir.resolve("kept.json");
        Files.writeString(out, "the old content");
        var result = Cli.run("replan", PROFILE, PLAN, "--log", log.toString(), "--out", out.toString());
        assertEquals(2, result.exitCode(), result.out());
        assertTrue(result.isCleanError(), result.err());
        assertTrue(result.err().contains("/entries/0/status"), result.err());
        assertEquals("the old content", Files.readString(out));
    }

    @Test
    void aFromOutsideThePlanOrBeforeTheLogEndsIsRefused() {
        var outside = Cli.run("replan", PROFILE, PLAN, "--log", DIR + "log-flare.json", "--from", "2030-01-01");
        assertEquals(2, outside.exitCode(), outside.out());
        assertTrue(outside.err().contains("is not a day of the plan"), outside.err());
        var early = Cli.run("replan", PROFILE, PLAN, "--log", DIR + "log-flare.json", "--from", "2027-01-05");
        assertEquals(2, early.exitCode(), early.out());
        assertTrue(early.err().contains("--from must be later"), early.err());
    }

    @Test
    void aPlanMadeWithAnotherCatalogIsRefusedByReplanSuggestAndExplain() throws IOException {
        ObjectNode plan = (ObjectNode) Json.MAPPER.readTree(Path.of(PLAN).toFile());
        ((ObjectNode) plan.path("madeWith")).put("catalog", "sha256:0000");
        Path other = dir.resolve("other-catalog.json");
        Files.writeString(other, Json.MAPPER.writeValueAsString(plan));
        for (String[] args : new String[][] {
                {"replan", PROFILE, other.toString(), "--log", DIR + "log-flare.json"},
                {"suggest", PROFILE, other.toString(), "--date", "2027-01-11", "--kind", "EASY_RUN"},
                {"explain", PROFILE, other.toString()}}) {
            var result = Cli.run(args);
            assertEquals(2, result.exitCode(), args[0] + ": " + result.out());
            assertTrue(result.err().contains("another exercise catalog"), result.err());
        }
    }

    @Test
    void suggestListsTheBestOtherDaysOfTheWeek() throws IOException {
        var text = Cli.run("suggest", PROFILE, PLAN, "--date", "2027-01-11", "--kind", "EASY_RUN");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().startsWith("Where else could the easy run of Mon 11 Jan go?"), text.out());
        var json = Cli.run("suggest", PROFILE, PLAN, "--date", "2027-01-11", "--kind", "EASY_RUN", "--json");
        assertEquals(0, json.exitCode(), json.err());
        JsonNode answer = Json.MAPPER.readTree(json.out());
        assertEquals(3, answer.path("best").size(), answer.toString());
        var wrongKind = Cli.run("suggest", PROFILE, PLAN, "--date", "2027-01-11", "--kind", "SWIM");
        assertEquals(2, wrongKind.exitCode());
        assertTrue(wrongKind.err().contains("--kind"), wrongKind.err());
    }

    @Test
    void explainReadsAPlanWithTheWeightsItWasMadeWith() throws IOException {
        Path weights = dir.resolve("weights.json");
        Files.writeString(weights, "{\"easy-run-volume\": 3}");
        Path plan = dir.resolve("plan.json");
        var made = Cli.run("plan", PROFILE, "--weights", weights.toString(), "--seconds", "1", "--seed", "3",
                "--out", plan.toString());
        assertEquals(0, made.exitCode(), made.err());
        var explained = Cli.run("explain", PROFILE, plan.toString(), "--json");
        assertEquals(0, explained.exitCode(), explained.err());
        assertEquals(PlanFiles.read(plan).score(), Json.MAPPER.readTree(explained.out()).path("score").asText(),
                "explain without --weights scores the plan as it was made");
    }
}
