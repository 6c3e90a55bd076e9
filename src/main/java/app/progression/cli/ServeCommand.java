package app.progression.cli;

import app.progression.web.WebServer;
import app.progression.web.WebSettings;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"The coach's workbench in the browser: a folder of profiles (a team folder as it is) and "
                + "their plans in FOLDER/plans, served on this machine.",
                "Open the address it prints. Stop it with Ctrl+C."})
public class ServeCommand implements Callable<Integer> {

    static final String TOKEN_VARIABLE = "PROGRESSION_TOKEN";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FOLDER", defaultValue = ".",
            description = "Profiles (*.json, optional team.json); plans go to FOLDER/plans (default: this folder).")
    Path folder;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}, this machine only). Any other needs a "
                    + "token.")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "The token every API request must carry (Authorization: Bearer TOKEN); default: the "
                    + TOKEN_VARIABLE + " environment variable. Required with --host.")
    String token;

    /** One athlete's plan, as 'plan' (--seconds, --seed); the squad runs get --batch-seconds and the same seed. */
    @Mixin
    SolvingOptions solving = new SolvingOptions(5, null);

    @Option(names = "--batch-seconds", paramLabel = "N", defaultValue = "2",
            description = "Seconds per athlete when planning the whole squad (default ${DEFAULT-VALUE}), as 'batch'.")
    double batchSeconds;

    @Option(names = "--solvers", paramLabel = "N",
            description = "Athletes planned at once; more wait their turn (default: the cores, at least 2).")
    Integer solvers;

    @Mixin
    CatalogOption catalogOption;

    @Override
    public Integer call() throws Exception {
        String chosenToken = token != null ? token : System.getenv(TOKEN_VARIABLE);
        int parallel = solvers != null ? solvers : Math.max(2, Runtime.getRuntime().availableProcessors());
        if (parallel < 1 || port < 0 || port > 65535) {
            throw new app.progression.InvalidInputException("--solvers must be 1 or more and --port from 0 to 65535.");
        }
        WebSettings settings = new WebSettings(folder.toAbsolutePath().normalize(), host, port,
                chosenToken == null || chosenToken.isBlank() ? null : chosenToken, catalogOption.load(),
                catalogOption.file, solving.toSolveOptions(), solving.withSeconds(batchSeconds), parallel);
        WebServer server = WebServer.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "serve-shutdown"));
        var out = spec.commandLine().getOut();
        out.println("Serving " + settings.folder() + " (plans in " + settings.folder().resolve("plans") + ")");
        out.println("Open " + server.address());
        out.println("Stop with Ctrl+C.");
        out.flush();
        stopped.await();
        return ExitCode.PLANNED;
    }
}
