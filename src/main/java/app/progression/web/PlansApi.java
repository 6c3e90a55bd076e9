package app.progression.web;

import app.progression.plan.Planner;
import app.progression.profile.Profile;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;

/**
 * Background planning: {@code POST /api/plans} takes a profile and answers a job id at once; {@code GET
 * /api/plans/{id}} tells its status, best score so far and, when done, the plan; {@code POST
 * /api/plans/{id}/stop} ends it early with the best plan so far. A finished plan is not saved by itself: the coach
 * looks at it first and saves it with {@code PUT /api/athletes/{id}/plan}.
 */
final class PlansApi {

    private final Workbench bench;

    PlansApi(Workbench bench) {
        this.bench = bench;
    }

    void routes(Javalin app) {
        app.post("/api/plans", this::submit);
        app.get("/api/plans", ctx -> ctx.json(bench.jobs.all().stream().map(job -> job.view(false)).toList()));
        app.get("/api/plans/{id}", ctx -> ctx.json(job(ctx).view()));
        app.post("/api/plans/{id}/stop", this::stop);
    }

    private void submit(Context ctx) throws IOException {
        Profile profile = bench.profile(Bodies.object(ctx));
        Planner.Request request = new Planner.Request(profile, bench.folder.catalog(), bench.weights(profile, null),
                bench.teamFacts(profile));
        PlanJob job = bench.jobs.submit(request);
        ctx.status(202).header("Location", "/api/plans/" + job.id).json(job.view());
    }

    private void stop(Context ctx) {
        PlanJob job = job(ctx);
        bench.jobs.stop(job);
        ctx.json(job.view());
    }

    private PlanJob job(Context ctx) {
        String id = ctx.pathParam("id");
        return bench.jobs.find(id).orElseThrow(() -> ApiException.notFound("No planning job '" + id + "' (finished "
                + "jobs are forgotten after a while, and when the server restarts)."));
    }
}
