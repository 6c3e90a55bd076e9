package app.progression.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Saves over HTTP: two tabs saving the same athlete never lose an edit silently (the later save is refused with a
 * 409 that says why), a save without a version is refused, bad profiles are refused with the CLI's field message
 * and leave the file untouched, and a plan breaking a hard rule is not saved.
 */
class WebSavesTest {

    private TestWorkbench bench;

    @BeforeEach
    void start() throws Exception {
        bench = TestWorkbench.start();
    }

    @AfterEach
    void stop() throws Exception {
        bench.close();
    }

    @Test
    void theLaterOfTwoTabsSavingTheSameProfileIsRefusedAndTheFirstEditKept() throws Exception {
        JsonNode loaded = bench.get("/api/athletes/ben").json();
        String version = loaded.path("version").asText();
        ObjectNode tabOne = (ObjectNode) loaded.path("profile").deepCopy();
        tabOne.put("runsPerWeek", 2);
        ObjectNode tabTwo = (ObjectNode) loaded.path("profile").deepCopy();
        tabTwo.put("easyRunMinutes", 25);

        TestWorkbench.Answer first = bench.put("/api/athletes/ben/profile", Map.of("profile", tabOne, "version", version));
        assertEquals(200, first.status(), first.body());
        TestWorkbench.Answer second = bench.put("/api/athletes/ben/profile", Map.of("profile", tabTwo, "version", version));
        assertEquals(409, second.status(), second.body());
        assertTrue(second.json().path("error").asText().contains("was changed since you loaded it"), second.body());

        JsonNode onDisk = bench.profile("ben");
        assertEquals(2, onDisk.path("runsPerWeek").asInt());
        assertEquals(30, onDisk.path("easyRunMinutes").asInt(), "the refused edit was not written");
        assertEquals(first.json().path("version").asText(), bench.get("/api/athletes/ben").json().path("version").asText());
    }

    @Test
    void aSaveWithoutAVersionOrWithABadFieldIsRefusedAndTheFileUntouched() throws Exception {
        String before = Files.readString(bench.folder.resolve("ben.json"));
        JsonNode loaded = bench.get("/api/athletes/ben").json();
        TestWorkbench.Answer noVersion = bench.put("/api/athletes/ben/profile", Map.of("profile", loaded.path("profile")));
        assertEquals(428, noVersion.status());
        ObjectNode bad = (ObjectNode) loaded.path("profile").deepCopy();
        bad.putObject("availableMinutes").put("MONDAY", 900);
        TestWorkbench.Answer invalid = bench.put("/api/athletes/ben/profile", Map.of("profile", bad,
                "version", loaded.path("version")));
        assertEquals(400, invalid.status());
        assertEquals("availableMinutes.MONDAY", invalid.json().path("fields").get(0).path("field").asText());
        ObjectNode renamed = (ObjectNode) loaded.path("profile").deepCopy();
        ((ObjectNode) renamed.path("athlete")).put("id", "benjamin");
        TestWorkbench.Answer rename = bench.put("/api/athletes/ben/profile", Map.of("profile", renamed,
                "version", loaded.path("version")));
        assertEquals(400, rename.status());
        assertEquals("athlete.id", rename.json().path("fields").get(0).path("field").asText());
        assertEquals(before, Files.readString(bench.folder.resolve("ben.json")));
        WebApiTest.assertNoStackTrace(invalid.body() + noVersion.body() + rename.body());
    }

    @Test
    void aNewAthleteGetsTheirOwnFileAndAnIdTakenIsRefused() throws Exception {
        ObjectNode profile = (ObjectNode) bench.profile("ben").deepCopy();
        ((ObjectNode) profile.path("athlete")).put("id", "zoe").put("name", "Zoe");
        TestWorkbench.Answer created = bench.post("/api/athletes", Map.of("profile", profile));
        assertEquals(201, created.status(), created.body());
        assertTrue(Files.isRegularFile(bench.folder.resolve("zoe.json")));
        TestWorkbench.Answer again = bench.post("/api/athletes", Map.of("profile", profile));
        assertEquals(409, again.status());
    }

    @Test
    void twoTabsSavingAPlanForTheFirstTimeCannotBothWin() throws Exception {
        JsonNode plan = bench.plan("finn").path("plan");
        TestWorkbench.Answer first = bench.put("/api/athletes/finn/plan", Map.of("plan", plan, "version", NullNode.instance));
        assertEquals(200, first.status(), first.body());
        TestWorkbench.Answer second = bench.put("/api/athletes/finn/plan", Map.of("plan", plan, "version", NullNode.instance));
        assertEquals(409, second.status());
        assertTrue(second.json().path("error").asText().contains("already exists"), second.body());
        TestWorkbench.Answer third = bench.put("/api/athletes/finn/plan", Map.of("plan", plan,
                "version", first.json().path("version")));
        assertEquals(200, third.status(), third.body());
        JsonNode squadRow = bench.get("/api/athletes").json().get(2);
        assertEquals("planned", squadRow.path("status").asText());
        assertEquals(plan.path("score").asText(), squadRow.path("score").asText());
    }

    @Test
    void aPlanBreakingAHardRuleIsNotSaved() throws Exception {
        ObjectNode plan = (ObjectNode) bench.plan("finn").path("plan").deepCopy();
        // Hand edit: a second run on a day that has one (an extra run in week 1).
        for (JsonNode day : plan.path("days")) {
            ArrayNode sessions = (ArrayNode) day.path("sessions");
            if (day.path("week").asInt() == 1 && sessions.toString().contains("EASY_RUN")) {
                sessions.insert(0, sessions.get(0).deepCopy());
                break;
            }
        }
        TestWorkbench.Answer answer = bench.put("/api/athletes/finn/plan", Map.of("plan", plan, "version", NullNode.instance));
        assertEquals(422, answer.status(), answer.body());
        assertTrue(answer.json().path("brokenHardRules").size() > 0, answer.body());
        assertFalse(Files.exists(bench.folder.resolve("plans/finn.json")));
    }

    @Test
    void stoppingAPlanEarlyKeepsTheBestSoFar() throws Exception {
        try (TestWorkbench slow = TestWorkbench.start(120, null)) {
            String id = slow.post("/api/plans", slow.profile("ben")).json().path("id").asText();
            long end = System.nanoTime() + 60_000_000_000L;
            JsonNode job = slow.get("/api/plans/" + id).json();
            while (!job.hasNonNull("bestScore") && System.nanoTime() < end) {
                Thread.sleep(50);
                job = slow.get("/api/plans/" + id).json();
            }
            assertEquals("solving", job.path("status").asText(), job.toString());
            TestWorkbench.Answer stopped = slow.post("/api/plans/" + id + "/stop", "{}");
            assertEquals(200, stopped.status());
            JsonNode done = slow.finished(id);
            assertEquals("done", done.path("status").asText(), done.toString());
            assertTrue(done.path("stoppedEarly").asBoolean());
            assertTrue(done.path("plan").path("feasible").asBoolean());
            assertTrue(done.path("message").asText().contains("best plan found so far"));
        }
    }
}
