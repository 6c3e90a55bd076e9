package app.progression.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.Cli;
import app.progression.InvalidInputException;
import app.progression.catalog.CatalogLoader;
import app.progression.solver.SolveOptions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Who may use the API: the token when one is set, this machine's name only, no other site, JSON writes only. */
class WebAccessTest {

    @Test
    void withATokenEveryApiRequestNeedsItButThePageItselfLoads() throws Exception {
        try (TestWorkbench bench = TestWorkbench.start(TestWorkbench.SECONDS, "s3cret-token")) {
            assertEquals(200, bench.get("/api/athletes").status());
            TestWorkbench.Answer none = bench.send(HttpRequest.newBuilder(URI.create(bench.base() + "/api/athletes")));
            assertEquals(401, none.status());
            assertTrue(none.json().path("error").asText().contains("token"));
            TestWorkbench.Answer wrong = bench.send(HttpRequest.newBuilder(URI.create(bench.base() + "/api/athletes"))
                    .header("Authorization", "Bearer s3cret-tokem"));
            assertEquals(401, wrong.status());
            assertEquals(200, bench.send(HttpRequest.newBuilder(URI.create(bench.base() + "/"))).status());
            assertTrue(bench.server.address().endsWith("/?token=s3cret-token"));
        }
    }

    @Test
    void anotherSiteAnotherHostNameAndNonJsonWritesAreRefused() throws Exception {
        try (TestWorkbench bench = TestWorkbench.start()) {
            TestWorkbench.Answer crossSite = bench.send(bench.request("/api/athletes")
                    .header("Origin", "http://evil.example"));
            assertEquals(403, crossSite.status());
            assertEquals(200, bench.send(bench.request("/api/athletes").header("Origin", bench.base())).status());
            TestWorkbench.Answer form = bench.send(bench.request("/api/plans").header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")));
            assertEquals(415, form.status());
            // DNS rebinding: a page of another name that resolves to 127.0.0.1 is not this server.
            assertEquals(403, rawStatus(bench.server.port(), "rebound.example:" + bench.server.port()));
            assertEquals(200, rawStatus(bench.server.port(), "localhost:" + bench.server.port()));
        }
    }

    @Test
    void openingItToOtherMachinesNeedsAToken() {
        WebSettings open = new WebSettings(Path.of("problems/team-riverside"), "0.0.0.0", 0, null,
                CatalogLoader.builtIn(), null, SolveOptions.of(1, 1L), SolveOptions.of(1, 1L), 1);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> WebServer.start(open));
        assertTrue(refused.getMessage().contains("--token"), refused.getMessage());

        Cli.Result cli = Cli.run("serve", "problems/team-riverside", "--host", "0.0.0.0", "--port", "0");
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("token"), cli.err());
        Cli.Result missing = Cli.run("serve", "no/such/folder", "--port", "0");
        assertEquals(2, missing.exitCode(), missing.err());
    }

    private static int rawStatus(int port, String host) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/athletes HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }
}
