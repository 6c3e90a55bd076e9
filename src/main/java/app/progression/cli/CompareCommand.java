package app.progression.cli;

import app.progression.InvalidInputException;
import app.progression.catalog.Catalog;
import app.progression.explain.Comparer;
import app.progression.explain.Comparer.Weighting;
import app.progression.io.Json;
import app.progression.plan.Planner;
import app.progression.profile.Profile;
import app.progression.profile.ProfileReader;
import app.progression.solver.Weights;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"What-if: solve one profile under two weightings (same budget and seed, the seed 42 unless "
                + "--seed says otherwise) and show, week by week, the days that differ and what each rule scores in "
                + "each plan.",
                "Give --weights twice (A, then B), or once to compare the profile's own weights (A) with the "
                        + "file (B)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:both weightings solved and compared (a plan breaking hard rules is marked)",
                "1:an unexpected failure; the message says what",
                "2:invalid input: profile, weights files (not one or two) or catalog",
                "3:red flags in the profile: see a clinician, no plan",
                "4:no plan can meet the hard rules for this profile, whatever the weights"},
        modelTransformer = WeightsOption.OnceOrTwice.class)
public class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROFILE", description = "The athlete's profile (JSON).")
    Path profileFile;

    /** Made required and repeatable (A, then B) by the model transformer above. */
    @Mixin
    WeightsOption weights;

    /** Both plans are always solved with one seed, so that only the weights differ. */
    @Mixin
    SolvingOptions solving = new SolvingOptions(10, 42L);

    @Mixin
    CatalogOption catalogOption;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() throws Exception {
        List<Path> weightsFiles = weights.files();
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
        var options = solving.toSolveOptions();
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
        out.print(output.json ? Json.MAPPER.writeValueAsString(comparison) + "\n" : Comparer.render(comparison, options));
        out.flush();
        return ExitCode.PLANNED;
    }

    private static Weighting weighting(Profile profile, Path file) {
        return new Weighting(file.toString(), Weights.resolve(profile.weights(), file));
    }
}
