package app.progression.web;

import app.progression.InvalidInputException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every failure becomes JSON {@code {"error": "..."}} with a fitting status, and never a stack trace: bad input gets
 * the CLI's own message (400, with the fields it names for the profile form), a refused request its reason, and an
 * unexpected failure a short line, its details going to the server's terminal (with PROGRESSION_DEBUG=1).
 */
final class ApiErrors {

    private ApiErrors() {
    }

    static void install(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", e.getMessage());
            body.putAll(e.details());
            respond(ctx, e.status(), body);
        });
        app.exception(InvalidInputException.class, (e, ctx) -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", e.getMessage());
            var fields = FieldErrors.of(e.getMessage());
            if (!fields.isEmpty()) {
                body.put("fields", fields);
            }
            respond(ctx, 400, body);
        });
        app.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(),
                Map.of("error", e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("error: " + ctx.method() + " " + ctx.path() + ": " + e.getClass().getSimpleName() + ": "
                    + e.getMessage());
            if (System.getenv("PROGRESSION_DEBUG") != null) {
                e.printStackTrace();
            }
            respond(ctx, 500, Map.of("error", "An unexpected failure (" + e.getClass().getSimpleName() + "); the "
                    + "server's terminal says more (PROGRESSION_DEBUG=1 adds the details)."));
        });
        app.error(404, ctx -> {
            String written = ctx.res().getContentType();
            if (ctx.path().startsWith("/api") && (written == null || !written.startsWith("application/json"))) {
                respond(ctx, 404, Map.of("error", "No such API endpoint: " + ctx.method() + " " + ctx.path()
                        + ". The README lists them."));
            }
        });
    }

    private static void respond(Context ctx, int status, Map<String, Object> body) {
        ctx.status(status).json(body);
    }
}
