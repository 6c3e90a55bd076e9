package app.progression.web;

import app.progression.batch.TeamSettings;
import app.progression.catalog.Exercise;
import app.progression.domain.ConstraintWeights;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the page builds its forms from: the rules, the profile schema, the catalog's exercises, the team. */
final class ReferenceApi {

    private final Workbench bench;

    ReferenceApi(Workbench bench) {
        this.bench = bench;
    }

    void routes(Javalin app) {
        app.get("/api/rules", ctx -> ctx.json(Map.of("maxWeight", ConstraintWeights.MAX_WEIGHT,
                "rules", ConstraintWeights.rules())));
        app.get("/api/schema", this::schema);
        app.get("/api/exercises", this::exercises);
        app.get("/api/team", this::team);
        app.get("/api/settings", this::settings);
    }

    private void schema(Context ctx) throws IOException {
        try (InputStream in = ReferenceApi.class.getResourceAsStream("/schema/profile.schema.json")) {
            ctx.contentType("application/json").result(in.readAllBytes());
        }
    }

    private void exercises(Context ctx) {
        List<Map<String, Object>> exercises = bench.folder.catalog().exercises().stream().map(ReferenceApi::exercise)
                .toList();
        ctx.json(exercises);
    }

    private static Map<String, Object> exercise(Exercise exercise) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", exercise.id());
        view.put("name", exercise.name());
        view.put("kind", exercise.kind());
        view.put("rung", exercise.rung());
        return view;
    }

    private void team(Context ctx) {
        TeamSettings team = bench.folder.team();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", team.name());
        view.put("defaults", team.profileDefaults());
        view.put("weights", team.weights());
        view.put("groupRunDays", team.groupRunDays());
        view.put("coachCapacityPerDay", team.coachCapacityPerDay());
        ctx.json(view);
    }

    private void settings(Context ctx) {
        WebSettings settings = bench.settings;
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("folder", bench.folder.folder().toString());
        view.put("planSeconds", settings.planOptions().budget().toMillis() / 1000.0);
        view.put("seed", settings.planOptions().seed());
        view.put("batchSeconds", settings.batchOptions().budget().toMillis() / 1000.0);
        view.put("parallelSolves", settings.parallelSolves());
        ctx.json(view);
    }
}
