package app.progression.web;

import app.progression.catalog.CatalogLoader;
import app.progression.io.Json;
import app.progression.solver.SolveOptions;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A workbench served in-process on a free port over a copy of part of the Riverside team folder, with short,
 * seeded budgets; and a small HTTP client for the tests.
 */
final class TestWorkbench implements AutoCloseable {

    static final List<String> ATHLETES = List.of("ava", "ben", "finn");
    static final double SECONDS = 0.5;
    static final long SEED = 7;

    final Path folder;
    final WebServer server;
    final String token;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestWorkbench(Path folder, WebServer server, String token) {
        this.folder = folder;
        this.server = server;
        this.token = token;
    }

    static TestWorkbench start() throws IOException {
        return start(SECONDS, null);
    }

    /** A workbench whose one-athlete budget is {@code seconds} (seeded) and which needs {@code token} if not null. */
    static TestWorkbench start(double seconds, String token) throws IOException {
        Path folder = Files.createTempDirectory("progression-web-");
        Path team = Path.of("problems/team-riverside");
        Files.copy(team.resolve("team.json"), folder.resolve("team.json"));
        for (String athlete : ATHLETES) {
            Files.copy(team.resolve(athlete + ".json"), folder.resolve(athlete + ".json"));
        }
        WebSettings settings = new WebSettings(folder, "127.0.0.1", 0, token, CatalogLoader.builtIn(), null,
                SolveOptions.of(seconds, SEED), SolveOptions.of(SECONDS, SEED), 2);
        return new TestWorkbench(folder, WebServer.start(settings), token);
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    Answer get(String path) throws Exception {
        return send(request(path).GET());
    }

    Answer post(String path, Object body) throws Exception {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text(body))));
    }

    Answer put(String path, Object body) throws Exception {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(text(body))));
    }

    Answer send(HttpRequest.Builder builder) throws Exception {
        HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private static String text(Object body) throws IOException {
        return body instanceof String string ? string : Json.MAPPER.writeValueAsString(body);
    }

    JsonNode profile(String athlete) throws IOException {
        return Json.MAPPER.readTree(folder.resolve(athlete + ".json").toFile());
    }

    /** Polls a plan job until it has finished (or fails the test after a minute). */
    JsonNode finished(String jobId) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            JsonNode job = get("/api/plans/" + jobId).json();
            if (job.path("finished").asBoolean()) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + jobId + " did not finish within a minute");
    }

    /** Plans {@code athlete} through the API and returns the finished job. */
    JsonNode plan(String athlete) throws Exception {
        Answer submitted = post("/api/plans", profile(athlete));
        if (submitted.status() != 202) {
            throw new AssertionError(submitted.body());
        }
        return finished(submitted.json().path("id").asText());
    }

    @Override
    public void close() throws IOException {
        server.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
