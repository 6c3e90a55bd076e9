package app.progression.cli;

import app.progression.InvalidInputException;
import app.progression.catalog.Catalog;
import app.progression.explain.Comparer;
import app.progression.explain.Comparer.Weighting;
import app.progression.io.Json;
import app.progression.plan.Planner;
import app.progression.profile.Profile;
import app.progression.profile.ProfileReader;
import app.progression.solver.SolveOptions;
import app.progression.solver.Weights;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"What-if: solve one profile under two weightings (same seed and budget) and show, week by "
                + "week, the days that differ and what each rule scores in each plan.",
                "Give --weights twice (A, then B), or once to compare the profile's own weights (A) with the "
                        + "file (B)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:both weightings solved and compared (a plan breaking hard rules is marked)",
                "1:an unexpected failure; the message says what",
                "2:invalid input: profile, weights files (not one or two) or catalog",
                "3:red flags in the profile: see a clinician, no plan",
                "4:no plan can meet the hard rules for this profile, whatever the weights"})
public class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROFILE", description = "The athlete's profile (JSON).")
    Path profileFile;

    @Option(names = "--weights", paramLabel = "FILE", required = true,
            description = "A weights file (JSON: rule id to weight), on top of the profile's weights. Once or twice.")
    List<Path> weightsFiles = new ArrayList<>();

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "10",
            description = "Solving budget of each plan (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of both runs, so that only the weights differ (default ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    CatalogOption catalogOption;

    @Option(names = "--json", description = "Write the comparison as JSON (for apps).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (weightsFiles.size() > 2) {
            throw new InvalidInputException("compare takes --weights once or twice, not " + weightsFiles.size()
                    + " times.");
        }
        Catalog catalog = catalogOption.load();
        Profile profile = ProfileReader.read(profileFile, catalog);
        Weighting a;
        Weighting b;
        if (weightsFiles.size() == 1) {
            a = new Weighting("profile and default weights", Weights.resolve(profile.weights(), Map.of()));
            b = weighting(profile, weightsFiles.get(0));
        } else {
            a = weighting(profile, weightsFiles.get(0));
            b = weighting(profile, weightsFiles.get(1));
        }
        var stderr = spec.commandLine().getErr();
        var options = SolveOptions.of(seconds, seed);
        var referral = Planner.referral(profile);
        if (referral.isPresent()) {
            stderr.println(referral.get().message());
            return ExitCode.RED_FLAGS;
        }
        List<String> reasons = Planner.precheck(new Planner.Request(profile, catalog, a.weights()));
        if (!reasons.isEmpty()) {
            stderr.println("No plan can meet the hard rules for this profile, whatever the weights:");
            reasons.forEach(reason -> stderr.println("  - " + reason));
            return ExitCode.INFEASIBLE;
        }
        var comparison = Comparer.compare(profile, catalog, a, b, options);
        var out = spec.commandLine().getOut();
        out.print(json ? Json.MAPPER.writeValueAsString(comparison) + "\n" : Comparer.render(comparison, options));
        out.flush();
        return ExitCode.PLANNED;
    }

    private static Weighting weighting(Profile profile, Path file) {
        return new Weighting(file.toString(), Weights.resolve(profile.weights(), file));
    }
}
