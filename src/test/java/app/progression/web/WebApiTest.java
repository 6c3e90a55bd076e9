package app.progression.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.io.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API over HTTP, served in-process on a free port: the squad, background planning, explain, a moved session,
 * compare, and bad input answered with the CLI's field message as a 400, never a stack trace.
 */
class WebApiTest {

    private static TestWorkbench bench;

    @BeforeAll
    static void start() throws Exception {
        bench = TestWorkbench.start();
    }

    @AfterAll
    static void stop() throws Exception {
        bench.close();
    }

    @Test
    void theSquadIsAJsonArrayOfEveryProfile() throws Exception {
        TestWorkbench.Answer answer = bench.get("/api/athletes");
        assertEquals(200, answer.status());
        JsonNode squad = answer.json();
        assertTrue(squad.isArray());
        List<String> ids = new ArrayList<>();
        squad.forEach(athlete -> ids.add(athlete.path("id").asText()));
        assertEquals(TestWorkbench.ATHLETES, ids);
        assertEquals("Ava Lindqvist", squad.get(0).path("name").asText());
    }

    @Test
    void aPlanIsMadeInTheBackgroundWithItsBestScoreAndSeveralAtOnce() throws Exception {
        TestWorkbench.Answer first = bench.post("/api/plans", bench.profile("ava"));
        TestWorkbench.Answer second = bench.post("/api/plans", bench.profile("ben"));
        assertEquals(202, first.status(), first.body());
        assertEquals(202, second.status(), second.body());
        String id = first.json().path("id").asText();
        assertFalse(first.json().path("finished").asBoolean());
        JsonNode done = bench.finished(id);
        JsonNode other = bench.finished(second.json().path("id").asText());
        for (JsonNode job : List.of(done, other)) {
            assertEquals("done", job.path("status").asText(), job.toString());
            assertTrue(job.path("bestScore").asText().matches("0hard/\\d+soft"), job.toString());
            assertEquals(job.path("bestScore").asText(), job.path("plan").path("score").asText());
        }
        assertEquals("ava", done.path("plan").path("athleteId").asText());
        // Team defaults apply: Ava's profile has no startDate, the team's is used.
        assertEquals("2027-01-04", done.path("plan").path("startDate").asText());
        assertEquals(6 * 7, done.path("plan").path("days").size());
    }

    @Test
    void redFlagsAnswerAReferralJobAndNoPlan() throws Exception {
        ObjectNode profile = (ObjectNode) bench.profile("ava");
        profile.putArray("redFlags").add("PAIN_SPREADS_TO_LEG");
        TestWorkbench.Answer answer = bench.post("/api/plans", profile);
        assertEquals(202, answer.status());
        JsonNode job = answer.json();
        assertEquals("referred", job.path("status").asText());
        assertTrue(job.path("message").asText().contains("clinician"), job.toString());
        assertTrue(job.path("plan").isMissingNode());
    }

    @Test
    void aBadFieldIsA400WithTheCliMessageAndTheFieldNamed() throws Exception {
        ObjectNode profile = (ObjectNode) bench.profile("ava");
        profile.put("weeks", 99);
        TestWorkbench.Answer answer = bench.post("/api/plans", profile);
        assertEquals(400, answer.status());
        JsonNode body = answer.json();
        assertTrue(body.path("error").asText().startsWith("profile is invalid:"), answer.body());
        assertTrue(body.path("error").asText().contains("52"), answer.body());
        assertEquals("weeks", body.path("fields").get(0).path("field").asText());
        assertNoStackTrace(answer.body());
    }

    @Test
    void brokenJsonAndUnknownPathsAreJsonErrorsWithoutAStackTrace() throws Exception {
        TestWorkbench.Answer broken = bench.post("/api/plans", "{\"athlete\": {\"id\": \"x\"},\n \"weeks\": }");
        assertEquals(400, broken.status());
        assertTrue(broken.json().path("error").asText().contains("line 2"), broken.body());
        TestWorkbench.Answer duplicate = bench.post("/api/plans", "{\"weeks\": 3, \"weeks\": 4}");
        assertEquals(400, duplicate.status());
        assertTrue(duplicate.json().path("error").asText().contains("Duplicate field 'weeks'"), duplicate.body());
        TestWorkbench.Answer array = bench.post("/api/explain", "[1, 2]");
        assertEquals(400, array.status());
        TestWorkbench.Answer unknown = bench.get("/api/nothing-here");
        assertEquals(404, unknown.status());
        assertTrue(unknown.json().has("error"));
        TestWorkbench.Answer job = bench.get("/api/plans/no-such-job");
        assertEquals(404, job.status());
        for (TestWorkbench.Answer answer : List.of(broken, duplicate, array, unknown, job)) {
            assertNoStackTrace(answer.body());
        }
    }

    @Test
    void explainScoresAPlanAndSaysWhyInJsonAndText() throws Exception {
        JsonNode plan = bench.plan("finn").path("plan");
        TestWorkbench.Answer answer = bench.post("/api/explain", Map.of("profile", bench.profile("finn"), "plan", plan));
        assertEquals(200, answer.status(), answer.body());
        JsonNode explanation = answer.json();
        assertEquals(plan.path("score").asText(), explanation.path("score").asText());
        assertTrue(explanation.path("feasible").asBoolean());
        assertTrue(explanation.path("rules").size() > 30);
        assertTrue(explanation.path("text").asText().contains("Score per rule")
                || explanation.path("text").asText().contains("score"), explanation.path("text").asText());
    }

    @Test
    void aSessionMovedOntoADayWithoutTimeNamesTheHardRuleItBreaks() throws Exception {
        JsonNode plan = bench.plan("finn").path("plan");
        JsonNode strengthDay = null;
        JsonNode freeDay = null;
        for (JsonNode day : plan.path("days")) {
            if (day.path("week").asInt() != 1) {
                continue;
            }
            if (strengthDay == null && day.path("sessions").toString().contains("STRENGTH")) {
                strengthDay = day;
            }
            if (freeDay == null && day.path("availableMinutes").asInt() == 0) {
                freeDay = day;
            }
        }
        int index = 0;
        while (!strengthDay.path("sessions").get(index).path("kind").asText().equals("STRENGTH")) {
            index++;
        }
        TestWorkbench.Answer answer = bench.post("/api/moves", Map.of("profile", bench.profile("finn"), "plan", plan,
                "from", Map.of("date", strengthDay.path("date").asText(), "index", index),
                "to", freeDay.path("date").asText()));
        assertEquals(200, answer.status(), answer.body());
        JsonNode preview = answer.json();
        assertFalse(preview.path("after").path("feasible").asBoolean());
        assertTrue(preview.path("newlyBrokenHardRules").toString().contains("nothing-on-unavailable-days"),
                answer.body());
        assertTrue(preview.path("brokenHardRules").get(0).asText().startsWith("nothing-on-unavailable-days"));
        assertTrue(preview.path("change").asText().startsWith("-"), preview.path("change").asText());
        // The edited plan has the session on its new day, with the day's warm-up before it.
        JsonNode moved = null;
        for (JsonNode day : preview.path("plan").path("days")) {
            if (day.path("date").equals(freeDay.path("date"))) {
                moved = day.path("sessions").get(0);
            }
        }
        assertEquals("STRENGTH", moved.path("kind").asText());
        assertEquals(6, moved.path("warmupMinutes").asInt());

        TestWorkbench.Answer bad = bench.post("/api/moves", Map.of("profile", bench.profile("finn"), "plan", plan,
                "from", Map.of("date", "2027-01-04", "index", 9), "to", "2030-01-01"));
        assertEquals(400, bad.status());
        assertNoStackTrace(bad.body());
    }

    @Test
    void compareScoresTwoPlansWithBothWeightings() throws Exception {
        JsonNode profile = bench.profile("ben");
        JsonNode planA = bench.plan("ben").path("plan");
        ObjectNode heavier = ((ObjectNode) profile.deepCopy());
        heavier.putObject("weights").put("runs-not-back-to-back", 200);
        JsonNode jobB = bench.finished(bench.post("/api/plans", heavier).json().path("id").asText());
        JsonNode planB = jobB.path("plan");
        // With other weights the job also makes the default plan; the progress shown ends at the plan kept.
        assertEquals(planB.path("score").asText(), jobB.path("bestScore").asText());
        TestWorkbench.Answer answer = bench.post("/api/compare", Map.of("profile", profile,
                "weightsB", Map.of("runs-not-back-to-back", 200), "planA", planA, "planB", planB));
        assertEquals(200, answer.status(), answer.body());
        JsonNode comparison = answer.json();
        assertEquals("runs-not-back-to-back", comparison.path("weightChanges").get(0).path("rule").asText());
        assertEquals(200, comparison.path("weightChanges").get(0).path("weightB").asInt());
        assertEquals(planA.path("score").asText(), comparison.path("a").path("score").asText());
        assertTrue(comparison.path("text").asText().contains("runs-not-back-to-back"));

        TestWorkbench.Answer solved = bench.post("/api/compare", Map.of("profile", profile,
                "weightsB", Map.of("runs-not-back-to-back", 200)));
        assertEquals(200, solved.status(), solved.body());
        TestWorkbench.Answer bad = bench.post("/api/compare", Map.of("profile", profile,
                "weightsB", Map.of("no-strength-on-consecutive-days", 0)));
        assertEquals(400, bad.status());
        assertTrue(bad.json().path("error").asText().contains("safety rule"), bad.body());
    }

    @Test
    void suggestionsNameTheBestOtherDaysOfTheSessionsWeek() throws Exception {
        JsonNode plan = bench.plan("finn").path("plan");
        JsonNode runDay = null;
        for (JsonNode day : plan.path("days")) {
            if (runDay == null && day.path("week").asInt() == 1 && day.path("sessions").toString().contains("EASY_RUN")) {
                runDay = day;
            }
        }
        int index = 0;
        while (!runDay.path("sessions").get(index).path("kind").asText().equals("EASY_RUN")) {
            index++;
        }
        TestWorkbench.Answer answer = bench.post("/api/suggestions", Map.of("profile", bench.profile("finn"),
                "plan", plan, "from", Map.of("date", runDay.path("date").asText(), "index", index)));
        assertEquals(200, answer.status(), answer.body());
        JsonNode suggestions = answer.json().path("suggestions");
        assertTrue(suggestions.size() >= 1 && suggestions.size() <= 3, answer.body());
        for (JsonNode suggestion : suggestions) {
            assertFalse(suggestion.path("date").asText().equals(runDay.path("date").asText()));
            assertTrue(suggestion.path("after").has("score"), answer.body());
        }
        TestWorkbench.Answer bad = bench.post("/api/suggestions", Map.of("profile", bench.profile("finn"),
                "plan", plan, "from", Map.of("date", runDay.path("date").asText(), "index", 9)));
        assertEquals(400, bad.status());
        assertNoStackTrace(bad.body());
    }

    @Test
    void referenceDataForThePage() throws Exception {
        assertEquals("Athlete profile", bench.get("/api/schema").json().path("title").asText());
        assertTrue(bench.get("/api/rules").json().path("rules").size() > 30);
        assertEquals("Riverside Runners", bench.get("/api/team").json().path("name").asText());
        assertTrue(bench.get("/api/exercises").json().toString().contains("superman"));
        assertTrue(bench.get("/").body().contains("js/main.js"), "the page is served");
    }

    static void assertNoStackTrace(String body) {
        assertFalse(body.contains("\tat ") || body.contains("at app.progression.") || body.contains("Exception:"),
                "a stack trace in the answer: " + body);
    }

    static JsonNode json(String text) throws Exception {
        return Json.MAPPER.readTree(text);
    }

    @Test
    void theAthletePageIsTheHtmlViewOfTheSavedPlan() throws Exception {
        JsonNode plan = bench.plan("ava").path("plan");
        JsonNode athlete = bench.get("/api/athletes/ava").json();
        TestWorkbench.Answer saved = bench.put("/api/athletes/ava/plan", Map.of("plan", plan,
                "version", athlete.path("planVersion")));
        assertEquals(200, saved.status(), saved.body());
        assertNotEquals("", saved.json().path("version").asText());
        TestWorkbench.Answer page = bench.get("/api/athletes/ava/plan.html");
        assertEquals(200, page.status());
        assertTrue(page.body().startsWith("<!DOCTYPE html>") && page.body().contains("Training plan for Ava"));
        assertTrue(Files.isRegularFile(bench.folder.resolve("plans/ava.json")));
    }
}
