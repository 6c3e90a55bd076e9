package app.progression.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole squad over HTTP: a batch run with progress, its team view, the squad's statuses after it; a plan
 * saved from the page is not replaced by a later run without the coach saying so; saves wait while it runs.
 */
class SquadBatchApiTest {

    @Test
    void theSquadIsPlannedWithProgressAndAPageSavedPlanIsNotReplacedUnasked() throws Exception {
        try (TestWorkbench bench = TestWorkbench.start()) {
            TestWorkbench.Answer started = bench.post("/api/batch", Map.of("resume", true));
            assertEquals(202, started.status(), started.body());
            JsonNode batch = waitForBatch(bench);
            assertEquals("done", batch.path("state").asText(), batch.toString());
            assertEquals(TestWorkbench.ATHLETES.size(), batch.path("total").asInt());
            assertEquals(TestWorkbench.ATHLETES.size(), batch.path("finished").asInt());
            assertEquals(TestWorkbench.ATHLETES.size(), batch.path("planned").asInt());
            for (String athlete : TestWorkbench.ATHLETES) {
                assertTrue(Files.isRegularFile(bench.folder.resolve("plans").resolve(athlete + ".json")));
            }
            JsonNode squad = bench.get("/api/athletes").json();
            squad.forEach(row -> assertEquals("planned", row.path("status").asText(), row.toString()));
            String teamView = bench.get("/api/team-view").json().path("markdown").asText();
            assertTrue(teamView.contains("Riverside Runners"), teamView);

            // The coach saves a plan of their own for Finn from the page (seeded like the batch, so it is told apart
            // by a note the coach added: the same bytes would rightly count as the batch's own plan).
            com.fasterxml.jackson.databind.node.ObjectNode plan =
                    (com.fasterxml.jackson.databind.node.ObjectNode) bench.plan("finn").path("plan").deepCopy();
            plan.putArray("warnings").add("Checked with Finn on Monday.");
            JsonNode finn = bench.get("/api/athletes/finn").json();
            assertEquals(200, bench.put("/api/athletes/finn/plan", Map.of("plan", plan,
                    "version", finn.path("planVersion"))).status());
            byte[] saved = Files.readAllBytes(bench.folder.resolve("plans/finn.json"));

            TestWorkbench.Answer refused = bench.post("/api/batch", Map.of("resume", true));
            assertEquals(409, refused.status(), refused.body());
            assertEquals("finn", refused.json().path("athletes").get(0).asText());
            assertEquals(1, refused.json().path("athletes").size(), "the batch's own plans are kept by --resume");
            assertTrue(java.util.Arrays.equals(saved, Files.readAllBytes(bench.folder.resolve("plans/finn.json"))));

            assertEquals(202, bench.post("/api/batch", Map.of("resume", true, "replaceSavedPlans", true)).status());
            TestWorkbench.Answer duringRun = bench.put("/api/athletes/finn/plan", Map.of("plan", plan,
                    "version", NullNode.instance));
            JsonNode again = waitForBatch(bench);
            assertEquals("done", again.path("state").asText(), again.toString());
            assertTrue(again.path("rows").toString().contains("\"kept\":true") || again.path("rows").toString()
                    .contains("\"kept\" : true"), "ava and ben were kept: " + again.path("rows"));
            // A save while the batch ran was refused (or, had the run already ended, judged on its version).
            assertTrue(duringRun.status() == 409, duringRun.body());
        }
    }

    private static JsonNode waitForBatch(TestWorkbench bench) throws Exception {
        long end = System.nanoTime() + 120_000_000_000L;
        JsonNode batch = bench.get("/api/batch").json();
        while (batch.path("state").asText().equals("running") && System.nanoTime() < end) {
            Thread.sleep(100);
            batch = bench.get("/api/batch").json();
        }
        return batch;
    }
}
