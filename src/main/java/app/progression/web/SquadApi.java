package app.progression.web;

import app.progression.batch.Batch;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The whole squad: start a batch run, follow it, and read the team view it wrote. */
final class SquadApi {

    private final Workbench bench;

    SquadApi(Workbench bench) {
        this.bench = bench;
    }

    void routes(Javalin app) {
        app.post("/api/batch", this::start);
        app.get("/api/batch", ctx -> ctx.json(bench.batch.view()));
        app.get("/api/team-view", this::teamView);
    }

    /** Body (all optional): {@code {"resume": true, "replaceSavedPlans": false}}. */
    private void start(Context ctx) throws IOException {
        ObjectNode body = ctx.body().isBlank() ? null : Bodies.object(ctx);
        boolean resume = body == null || body.path("resume").asBoolean(true);
        boolean replace = body != null && body.path("replaceSavedPlans").asBoolean(false);
        ctx.status(202).json(bench.batch.start(resume, replace));
    }

    /** The team view (Markdown) of the last squad run, from the page or the CLI; null when there was none. */
    private void teamView(Context ctx) throws IOException {
        Path file = bench.folder.plansFolder().resolve(Batch.TEAM_VIEW_FILE);
        String markdown = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        ctx.json(markdown == null ? Map.of() : Map.of("markdown", markdown));
    }
}
