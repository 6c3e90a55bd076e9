package app.progression.cli;

import app.progression.InvalidInputException;
import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.io.AtomicFiles;
import app.progression.io.Json;
import app.progression.plan.PlanMaker;
import app.progression.plan.TerminalView;
import app.progression.profile.Profile;
import app.progression.profile.ProfileReader;
import app.progression.solver.SolveOptions;
import app.progression.solver.Weights;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Turn one athlete's JSON profile into a dated multi-week plan.")
public class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROFILE", description = "The athlete's profile (JSON).")
    Path profileFile;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the plan to FILE as JSON.")
    Path out;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "10",
            description = "Most seconds to solve (default ${DEFAULT-VALUE}); it stops earlier once the plan stops improving.")
    double seconds;

    @Option(names = "--seed", paramLabel = "N",
            description = "Make the run reproducible: the same profile, weights and seed give the same plan.")
    Long seed;

    @Option(names = "--weights", paramLabel = "FILE", description = "Rule weights (JSON: rule id to weight).")
    Path weightsFile;

    @Option(names = "--catalog", paramLabel = "FILE", description = "A coach's exercise catalog (JSON).")
    Path catalogFile;

    @Override
    public Integer call() throws Exception {
        if (!(seconds > 0) || seconds > 3600) {
            throw new InvalidInputException("--seconds must be more than 0 and at most 3600, not " + seconds + ".");
        }
        Catalog catalog = catalogFile == null ? CatalogLoader.builtIn() : CatalogLoader.load(catalogFile);
        Profile profile = ProfileReader.read(profileFile, catalog);
        var weights = Weights.resolve(profile.weights(), weightsFile == null ? Map.of() : Weights.read(weightsFile));
        var options = new SolveOptions(Duration.ofMillis((long) (seconds * 1000)), seed);
        var outcome = PlanMaker.make(profile, catalog, weights, options);
        var stdout = spec.commandLine().getOut();
        var stderr = spec.commandLine().getErr();
        if (outcome instanceof PlanMaker.Referred referred) {
            stderr.println(referred.message());
            return ExitCode.RED_FLAGS;
        }
        if (outcome instanceof PlanMaker.Infeasible infeasible) {
            stderr.println("No plan can meet the hard rules for this profile:");
            infeasible.reasons().forEach(reason -> stderr.println("  - " + reason));
            stderr.println("Change the profile (more available days or minutes, fewer sessions) and plan again.");
            return ExitCode.INFEASIBLE;
        }
        var planned = (PlanMaker.Planned) outcome;
        stdout.print(TerminalView.render(planned.document()));
        if (out != null) {
            AtomicFiles.write(out, Json.MAPPER.writeValueAsString(planned.document()) + "\n");
            stdout.println("\nPlan written to " + out);
        }
        stdout.flush();
        return ExitCode.PLANNED;
    }
}
