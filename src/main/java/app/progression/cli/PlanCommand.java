package app.progression.cli;

import app.progression.catalog.Catalog;
import app.progression.plan.Planner;
import app.progression.render.TerminalView;
import app.progression.render.Renderers;
import app.progression.profile.Profile;
import app.progression.profile.ProfileReader;
import app.progression.solver.Weights;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Turn one athlete's JSON profile into a dated multi-week plan.",
                "The plan is shown as text; --out also writes it to a file, and --format without --out prints "
                        + "it in that format instead."})
public class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROFILE", description = "The athlete's profile (JSON).")
    Path profileFile;

    @Mixin
    OutputOptions output;

    @Mixin
    SolvingOptions solving = new SolvingOptions(5, null);

    @Mixin
    WeightsOption weights;

    @Mixin
    CatalogOption catalogOption;

    @Override
    public Integer call() throws Exception {
        OutputOptions.Checked target = output.check();
        Catalog catalog = catalogOption.load();
        Profile profile = ProfileReader.read(profileFile, catalog);
        var ruleWeights = Weights.resolve(profile.weights(), weights.file());
        var planner = new Planner(solving.toSolveOptions());
        var outcome = planner.plan(new Planner.Request(profile, catalog, ruleWeights));
        var stdout = spec.commandLine().getOut();
        var stderr = spec.commandLine().getErr();
        if (!(outcome instanceof Planner.Planned planned)) {
            stderr.println(outcome.message());
            if (outcome instanceof Planner.Infeasible) {
                stderr.println("Change the profile (more available days or minutes, fewer sessions) and plan again.");
            }
            return ExitCode.of(outcome);
        }
        var renderOptions = new Renderers.Options(catalog, target.startTime());
        if (output.out == null && output.format != null) {
            output.write(stdout, planned.document(), target, renderOptions);
            return ExitCode.PLANNED;
        }
        stdout.print(TerminalView.render(planned.document(), catalog));
        if (output.out != null) {
            stdout.println("\n" + output.writeFile(planned.document(), target, renderOptions));
        }
        stdout.flush();
        return ExitCode.PLANNED;
    }
}
