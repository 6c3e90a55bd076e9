package app.progression.web;

import app.progression.catalog.Catalog;
import app.progression.solver.SolveOptions;
import java.nio.file.Path;

/**
 * How {@code serve} runs: the folder, where it listens, the token (null: none), the catalog (and its file, for the
 * squad run), the budgets of one athlete's plan and of each athlete in a squad run, and how many plans are solved
 * at once.
 */
public record WebSettings(Path folder, String host, int port, String token, Catalog catalog, Path catalogFile,
        SolveOptions planOptions, SolveOptions batchOptions, int parallelSolves) {

    /** Whether {@code host} is this machine only, where no token is needed. */
    public static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.equals("[::1]");
    }
}
