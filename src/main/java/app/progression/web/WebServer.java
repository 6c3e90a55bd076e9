package app.progression.web;

import app.progression.InvalidInputException;
import app.progression.io.Json;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Files;

/**
 * The coach's workbench: the page (static files shipped in the jar, under {@code /web}) and the JSON API under
 * {@code /api} that the page uses and nothing else. One embedded Jetty through Javalin; no application server.
 */
public final class WebServer implements AutoCloseable {

    /** Bodies larger than this are refused (413): a profile or plan is a few hundred kilobytes at most. */
    private static final long MAX_BODY_BYTES = 4L * 1024 * 1024;

    private final WebSettings settings;
    private final Workbench bench;
    private final Javalin app;

    private WebServer(WebSettings settings) {
        this.settings = settings;
        this.bench = new Workbench(settings);
        AccessGuard guard = new AccessGuard(settings.token(), WebSettings.isLoopback(settings.host()));
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                // The page loads only its own files: nothing from elsewhere, online or not.
                files.headers = java.util.Map.of("Content-Security-Policy", "default-src 'self'; "
                        + "img-src 'self' data:; style-src 'self'; object-src 'none'; frame-ancestors 'none'",
                        "X-Content-Type-Options", "nosniff", "Cache-Control", "no-cache");
            });
        });
        app.before("/api/*", guard::check);
        app.before("/api/*", ctx -> ctx.header("Cache-Control", "no-store"));
        ApiErrors.install(app);
        new AthletesApi(bench).routes(app);
        new PlansApi(bench).routes(app);
        new AnalysisApi(bench).routes(app);
        new SquadApi(bench).routes(app);
        new ReferenceApi(bench).routes(app);
    }

    /**
     * Starts serving {@code settings.folder()}; port 0 picks a free one. Refuses a folder that does not exist and a
     * host other than this machine without a token.
     */
    public static WebServer start(WebSettings settings) {
        if (!Files.isDirectory(settings.folder())) {
            throw new InvalidInputException("Folder " + settings.folder() + " does not exist or is not a folder.");
        }
        if (!WebSettings.isLoopback(settings.host()) && (settings.token() == null || settings.token().isBlank())) {
            throw new InvalidInputException("--host " + settings.host() + " opens the workbench to other machines: "
                    + "give a token with --token or PROGRESSION_TOKEN, which every request must then carry.");
        }
        WebServer server = new WebServer(settings);
        server.bench.jobs.warmUp();
        server.app.start(settings.host(), settings.port());
        return server;
    }

    public int port() {
        return app.port();
    }

    /** The address to open, with the token once when there is one (the page then keeps it for the tab). */
    public String address() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + host + ":" + port() + "/" + (settings.token() == null ? "" : "?token=" + settings.token());
    }

    @Override
    public void close() {
        app.stop();
        bench.close();
    }
}
