package app.progression.web;

import app.progression.explain.SessionMoves;
import app.progression.explain.MovePreview;
import app.progression.InvalidInputException;
import app.progression.explain.Explainer;
import app.progression.explain.PlanExplanation;
import app.progression.io.Json;
import app.progression.plan.PlanDocument;
import app.progression.profile.Profile;
import app.progression.render.HtmlRenderer;
import app.progression.render.PlanFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The squad and each athlete's files: list, read, create, and save a profile or a plan. Every save names the
 * version it was based on ({@link VersionedFiles}), is checked as the CLI checks it, and is written atomically.
 */
final class AthletesApi {

    private final Workbench bench;

    AthletesApi(Workbench bench) {
        this.bench = bench;
    }

    void routes(Javalin app) {
        app.get("/api/athletes", ctx -> ctx.json(SquadRows.of(bench)));
        app.post("/api/athletes", this::create);
        app.get("/api/athletes/{id}", this::athlete);
        app.put("/api/athletes/{id}/profile", this::saveProfile);
        app.put("/api/athletes/{id}/plan", this::savePlan);
        app.get("/api/athletes/{id}/plan.html", this::planPage);
    }

    /** The profile as written (and its version), and the saved plan (and its version), if any. */
    private void athlete(Context ctx) throws IOException {
        SquadFolder.ProfileFile file = bench.folder.profile(ctx.pathParam("id"));
        if (file.unreadable() != null) {
            throw new InvalidInputException(file.unreadable());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", file.id());
        body.put("file", file.file().getFileName().toString());
        body.put("profile", file.tree());
        body.put("version", VersionedFiles.read(file.file()).version());
        VersionedFiles.Versioned plan = VersionedFiles.read(bench.folder.planFile(file.id()));
        body.put("planVersion", plan == null ? null : plan.version());
        if (plan != null) {
            try {
                body.put("plan", PlanFiles.read(Json.MAPPER.readTree(plan.content()), "of " + file.id()));
            } catch (InvalidInputException | IOException e) {
                body.put("planError", "The saved plan cannot be read: " + e.getMessage());
            }
        }
        ctx.json(body);
    }

    private void create(Context ctx) throws IOException {
        bench.batch.refuseWhileRunning();
        ObjectNode profileTree = Bodies.member(Bodies.object(ctx), "profile");
        Profile profile = validated(profileTree);
        String id = profile.athleteId();
        boolean taken = bench.folder.profiles().stream().anyMatch(existing -> existing.id().equals(id));
        if (taken) {
            throw ApiException.conflict("An athlete with the id '" + id + "' already exists; choose another id.");
        }
        Path file = bench.folder.newProfileFile(id);
        String version = bench.files.write(file, null, bytes(profileTree), "The profile file " + file.getFileName());
        ctx.status(201).json(Map.of("id", id, "version", version));
    }

    private void saveProfile(Context ctx) throws IOException {
        bench.batch.refuseWhileRunning();
        SquadFolder.ProfileFile file = bench.folder.profile(ctx.pathParam("id"));
        ObjectNode body = Bodies.object(ctx);
        ObjectNode profileTree = Bodies.member(body, "profile");
        String expected = Bodies.version(body);
        Profile profile = validated(profileTree);
        if (!profile.athleteId().equals(file.id())) {
            throw new InvalidInputException("profile is invalid:\n  - athlete.id: stays '" + file.id() + "' (it names "
                    + "the plan file); add a new athlete for another id.");
        }
        String version = bench.files.write(file.file(), expected, bytes(profileTree),
                profile.athleteName() + "'s profile");
        ctx.json(Map.of("id", file.id(), "version", version));
    }

    /**
     * Saves a plan (one the page planned, or edited by moving sessions), re-scored against the profile as it is now.
     * A plan that breaks a hard rule is not saved: the athlete would get it as it stands.
     */
    private void savePlan(Context ctx) throws IOException {
        bench.batch.refuseWhileRunning();
        SquadFolder.ProfileFile file = bench.folder.profile(ctx.pathParam("id"));
        ObjectNode body = Bodies.object(ctx);
        String expected = Bodies.version(body);
        PlanDocument plan = PlanFiles.read(Bodies.member(body, "plan"), "in the request");
        if (file.unreadable() != null) {
            throw new InvalidInputException(file.unreadable());
        }
        Profile profile = bench.folder.read(file.tree(), "profile " + file.file().getFileName());
        Workbench.refuseReferral(profile);
        PlanExplanation explanation = Explainer.explainDocument(profile, bench.folder.catalog(),
                bench.weights(profile, null), bench.teamFacts(profile), plan.withScore(null, plan.feasible()));
        if (!explanation.feasible()) {
            throw new ApiException(422, "This plan breaks hard rules, so it was not saved:\n  - "
                    + String.join("\n  - ", explanation.brokenHardRules()),
                    Map.of("brokenHardRules", explanation.brokenHardRules()));
        }
        PlanDocument scored = plan.withScore(explanation.score(), true);
        String version = bench.files.write(bench.folder.planFile(file.id()), expected, bytes(scored),
                profile.athleteName() + "'s plan");
        ctx.json(Map.of("id", file.id(), "version", version, "score", explanation.score()));
    }

    /** The athlete's own page (the HTML view of {@code render}): no score, printable. */
    private void planPage(Context ctx) throws IOException {
        SquadFolder.ProfileFile file = bench.folder.profile(ctx.pathParam("id"));
        Path planFile = bench.folder.planFile(file.id());
        if (VersionedFiles.read(planFile) == null) {
            throw ApiException.notFound(file.id() + " has no saved plan yet.");
        }
        ctx.contentType("text/html; charset=utf-8").result(HtmlRenderer.render(PlanFiles.read(planFile),
                bench.folder.catalog()));
    }

    /** The whole check of a profile: schema, catalog ids, team defaults, then the weights. */
    private Profile validated(JsonNode tree) {
        Profile profile = bench.profile(tree);
        bench.weights(profile, null);
        return profile;
    }

    private static byte[] bytes(Object value) throws IOException {
        return (Json.MAPPER.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
