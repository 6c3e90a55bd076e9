package app.progression.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.Cli;
import app.progression.explain.ExplainTestSupport;
import app.progression.io.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** explain PROFILE PLAN [--json]: the score per rule, then each day's sessions; hand edits; refusals. */
class ExplainCommandTest {

    @TempDir
    static Path dir;
    static Path profile;
    static Path plan;

    @BeforeAll
    static void planOnce() throws IOException {
        profile = dir.resolve("sam.json");
        Files.writeString(profile, ExplainTestSupport.SAM);
        plan = dir.resolve("plan.json");
        var result = Cli.run("plan", profile.toString(), "--seconds", "2", "--seed", "42", "--out",
                plan.toString());
        assertEquals(0, result.exitCode(), result.err());
    }

    @Test
    void explainShowsTheScorePerRuleAndEachDay() {
        var result = Cli.run("explain", profile.toString(), plan.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("Score per rule (the rows add up to the plan's score):"), result.out());
        assertTrue(result.out().contains("every hard rule met"), result.out());
        assertTrue(result.out().contains("Mon 04 Jan (45 min available)"), result.out());
        assertTrue(result.out().contains("from 'easy-run-volume'"), result.out());
        result.out().lines().forEach(line -> assertTrue(line.length() <= 80, "too wide: " + line));
    }

    @Test
    void explainJsonTotalsAddUpToTheScore() throws IOException {
        var result = Cli.run("explain", profile.toString(), plan.toString(), "--json");
        assertEquals(0, result.exitCode(), result.err());
        JsonNode explanation = Json.MAPPER.readTree(result.out());
        int hard = 0;
        int soft = 0;
        for (JsonNode rule : explanation.path("rules")) {
            hard += rule.path("hardScore").asInt();
            soft += rule.path("softScore").asInt();
        }
        assertEquals(explanation.path("hardScore").asInt(), hard);
        assertEquals(explanation.path("softScore").asInt(), soft);
        assertEquals(Json.MAPPER.readTree(plan.toFile()).path("score").asText(), explanation.path("score").asText());
        assertEquals(3, explanation.path("weekList").size());
    }

    @Test
    void aHandEditedPlanThatBreaksAHardRuleIsReportedBroken() throws IOException {
        ObjectNode tree = (ObjectNode) Json.MAPPER.readTree(plan.toFile());
        // Put a strength session on every available day of week 1: strength on consecutive days.
        JsonNode strength = null;
        for (JsonNode day : tree.path("days")) {
            for (JsonNode session : day.path("sessions")) {
                if (session.path("kind").asText().equals("STRENGTH") && strength == null) {
                    strength = session.deepCopy();
                }
            }
        }
        for (JsonNode day : tree.path("days")) {
            if (day.path("week").asInt() == 1 && day.path("date").asText().equals("2027-01-04")) {
                ((ArrayNode) day.path("sessions")).add(strength.deepCopy());
            }
            if (day.path("week").asInt() == 1 && day.path("date").asText().equals("2027-01-05")) {
                ArrayNode sessions = (ArrayNode) day.path("sessions");
                boolean has = false;
                for (JsonNode session : sessions) {
                    has |= session.path("kind").asText().equals("STRENGTH");
                }
                if (!has) {
                    sessions.add(strength.deepCopy());
                }
            }
        }
        Path edited = dir.resolve("edited.json");
        Files.writeString(edited, Json.MAPPER.writeValueAsString(tree));
        var result = Cli.run("explain", profile.toString(), edited.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("HARD RULES BROKEN"), result.out());
        assertTrue(result.out().contains("! no-strength-on-consecutive-days"), result.out());
        result.out().lines().forEach(line -> assertTrue(line.length() <= 80, "too wide: " + line));
        assertTrue(result.out().replaceAll("\\s+", " ").contains("strength on Mon 04 Jan and on Tue 05 Jan, two days in a row"),
                result.out());
        var json = Cli.run("explain", profile.toString(), edited.toString(), "--json");
        assertTrue(json.out().contains("\"feasible\" : false"), json.out());
    }

    @Test
    void aPlanThatDoesNotMatchTheProfileExitsTwoWithAClearMessage() throws IOException {
        Path other = dir.resolve("other.json");
        Files.writeString(other, ExplainTestSupport.SAM.replace("\"sam\"", "\"kim\"")
                .replace("2027-01-04", "2027-02-01"));
        var result = Cli.run("explain", other.toString(), plan.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("does not match the profile"), result.err());
        assertTrue(result.err().contains("it is a plan for athlete 'sam', the profile is 'kim'"), result.err());
        assertTrue(result.hasNoStackTrace(), result.err());
    }

    @Test
    void aProfileWithRedFlagsIsReferredNotExplained() throws IOException {
        Path flagged = dir.resolve("flagged.json");
        Files.writeString(flagged, ExplainTestSupport.SAM.replace("\"painful\": [\"beetle\"]",
                "\"painful\": [\"beetle\"], \"redFlags\": [\"LEG_NUMBNESS_OR_TINGLING\"]"));
        var result = Cli.run("explain", flagged.toString(), plan.toString());
        assertEquals(3, result.exitCode(), result.err());
        assertTrue(result.err().contains("LEG_NUMBNESS_OR_TINGLING"), result.err());
    }

    @Test
    void aBrokenPlanFileExitsTwo() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"days\": [");
        var result = Cli.run("explain", profile.toString(), broken.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("is not valid JSON"), result.err());
        var missing = Cli.run("explain", profile.toString(), dir.resolve("nope.json").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.hasNoStackTrace());
        assertFalse(missing.err().isBlank());
    }
}
