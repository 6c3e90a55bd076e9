package app.progression.web;

import app.progression.explain.SessionMoves;
import app.progression.explain.Suggestions;
import app.progression.explain.MovePreview;
import app.progression.explain.Comparer;
import app.progression.explain.Comparer.Weighting;
import app.progression.explain.Explainer;
import app.progression.explain.ExplanationView;
import app.progression.explain.PlanExplanation;
import app.progression.io.Json;
import app.progression.plan.PlanDocument;
import app.progression.plan.Planner;
import app.progression.profile.Profile;
import app.progression.render.PlanFiles;
import app.progression.solver.SolveOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Why a plan looks as it does and what a change would cost, without saving anything: {@code explain} (the CLI's
 * explanation, as JSON and as its text), {@code moves} (a session dragged to another day, re-scored), {@code
 * compare} (two weightings side by side) and the hook for suggested days.
 */
final class AnalysisApi {

    /** {@code compare} without plans solves both with this seed, as the CLI's default. */
    static final long COMPARE_SEED = 42;

    private final Workbench bench;

    AnalysisApi(Workbench bench) {
        this.bench = bench;
    }

    void routes(Javalin app) {
        app.post("/api/explain", this::explain);
        app.post("/api/moves", this::move);
        app.post("/api/compare", this::compare);
        app.post("/api/suggestions", this::suggestions);
    }

    private void explain(Context ctx) throws Exception {
        ObjectNode body = Bodies.object(ctx);
        Profile profile = bench.profile(Bodies.member(body, "profile"));
        Workbench.refuseReferral(profile);
        PlanDocument plan = PlanFiles.read(Bodies.member(body, "plan"), "in the request");
        PlanExplanation explanation = Explainer.explainDocument(profile, bench.folder.catalog(),
                bench.weights(profile, Bodies.optionalMember(body, "weights")), bench.teamFacts(profile), plan);
        ObjectNode answer = Json.MAPPER.valueToTree(explanation);
        answer.put("text", ExplanationView.render(explanation));
        ctx.json(answer);
    }

    private void move(Context ctx) throws IOException {
        ObjectNode body = Bodies.object(ctx);
        Profile profile = bench.profile(Bodies.member(body, "profile"));
        Workbench.refuseReferral(profile);
        PlanDocument plan = PlanFiles.read(Bodies.member(body, "plan"), "in the request");
        SessionMoves.SessionRef ref = from(body);
        LocalDate to = date(body.get("to"), "to");
        ctx.json(MovePreview.of(profile, bench.folder.catalog(),
                bench.weights(profile, Bodies.optionalMember(body, "weights")), bench.teamFacts(profile), plan, ref,
                to));
    }

    /**
     * Weighting A is the profile's (over the team's and the defaults), B the same with {@code weightsB} on top
     * ({@code weightsA} likewise for A). With {@code planA} and {@code planB} both are re-scored at once; without
     * them both are solved with the same seed, as {@code compare} does, which takes the budget twice.
     */
    private void compare(Context ctx) throws IOException {
        ObjectNode body = Bodies.object(ctx);
        Profile profile = bench.profile(Bodies.member(body, "profile"));
        Workbench.refuseReferral(profile);
        Weighting a = new Weighting("weighting A", bench.weights(profile, Bodies.optionalMember(body, "weightsA")));
        Weighting b = new Weighting("weighting B", bench.weights(profile, Bodies.optionalMember(body, "weightsB")));
        ObjectNode planA = Bodies.optionalMember(body, "planA");
        ObjectNode planB = Bodies.optionalMember(body, "planB");
        Comparer.Comparison comparison;
        if (planA != null && planB != null) {
            comparison = Comparer.compare(profile, bench.folder.catalog(), a, PlanFiles.read(planA, "A in the request"),
                    b, PlanFiles.read(planB, "B in the request"), bench.teamFacts(profile));
        } else if (planA == null && planB == null) {
            List<String> reasons = Planner.precheck(new Planner.Request(profile, bench.folder.catalog(), a.weights()));
            if (!reasons.isEmpty()) {
                throw new ApiException(422, "No plan can meet the hard rules for this profile, whatever the weights:"
                        + "\n  - " + String.join("\n  - ", reasons), Map.of("reasons", reasons));
            }
            comparison = Comparer.compare(profile, bench.folder.catalog(), a, b,
                    new SolveOptions(bench.planOptions().budget(), COMPARE_SEED));
        } else {
            throw ApiException.badRequest("Give both 'planA' and 'planB' (to compare two plans) or neither (to solve "
                    + "both weightings).");
        }
        ObjectNode answer = Json.MAPPER.valueToTree(comparison);
        answer.put("text", Comparer.render(comparison, null));
        ctx.json(answer);
    }

    /**
     * The best other days of its week for the session at {@code from} (its date and index in the day), scored on
     * the plan as it stands, as {@code suggest} answers; the page highlights them while a session is dragged.
     */
    private void suggestions(Context ctx) throws IOException {
        ObjectNode body = Bodies.object(ctx);
        Profile profile = bench.profile(Bodies.member(body, "profile"));
        Workbench.refuseReferral(profile);
        PlanDocument plan = PlanFiles.read(Bodies.member(body, "plan"), "in the request");
        SessionMoves.SessionRef from = from(body);
        List<PlanDocument.SessionPlan> sessions = plan.days().stream().filter(day -> day.date().equals(from.date()))
                .findFirst().map(PlanDocument.DayPlan::sessions).orElse(List.of());
        if (from.index() < 0 || from.index() >= sessions.size()) {
            throw ApiException.badRequest("There is no session " + from.index() + " on " + from.date() + ".");
        }
        Suggestions.Result result = Suggestions.suggest(profile, bench.folder.catalog(),
                bench.weights(profile, Bodies.optionalMember(body, "weights")), bench.teamFacts(profile), plan,
                from.date(), sessions.get(from.index()).kind());
        ObjectNode answer = Json.MAPPER.valueToTree(result);
        answer.set("suggestions", answer.remove("best"));
        answer.put("text", result.text());
        ctx.json(answer);
    }

    /** The session a request's {@code from} points at: its date, and its place in that day. */
    private static SessionMoves.SessionRef from(ObjectNode body) {
        ObjectNode from = Bodies.member(body, "from");
        return new SessionMoves.SessionRef(date(from.get("date"), "from.date"), from.path("index").asInt(-1));
    }

    private static LocalDate date(JsonNode value, String field) {
        if (value == null || !value.isTextual()) {
            throw ApiException.badRequest("'" + field + "' must be a date of the plan (YYYY-MM-DD).");
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("'" + field + "' is '" + value.asText() + "', not a date (YYYY-MM-DD).");
        }
    }
}
