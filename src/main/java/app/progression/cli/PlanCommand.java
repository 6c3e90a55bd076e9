package app.progression.cli;

import app.progression.catalog.Catalog;
import app.progression.plan.Planner;
import app.progression.render.TerminalView;
import app.progression.render.OutputFormat;
import app.progression.render.Renderers;
import app.progression.profile.Profile;
import app.progression.profile.ProfileReader;
import app.progression.solver.SolveOptions;
import app.progression.solver.Weights;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the plan to FILE, in the format its "
            + "extension names (.json, .html, .ics, .md, .txt; JSON when it has none) or --format says.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = OutputFormat.Names.class,
            description = "The format of --out, or without --out of standard output instead of the text view: "
                    + "${COMPLETION-CANDIDATES}.")
    String format;

    @Option(names = "--at", paramLabel = "HH:MM",
            description = "Calendar (ics) only: when each day's first session starts, local time (default 07:00).")
    String at;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "5",
            description = "Most seconds to solve (default ${DEFAULT-VALUE}); it stops earlier once the plan stops improving.")
    double seconds;

    @Option(names = "--seed", paramLabel = "N",
            description = "Make the run reproducible: the same profile, weights and seed give the same plan.")
    Long seed;

    @Option(names = "--weights", paramLabel = "FILE", description = "Rule weights (JSON: rule id to weight).")
    Path weightsFile;

    @Mixin
    CatalogOption catalogOption;

    @Override
    public Integer call() throws Exception {
        OutputFormat outputFormat = OutputFormat.choose(format, out, out == null ? OutputFormat.TEXT : OutputFormat.JSON);
        LocalTime time = RenderCommand.checkedTime(at, outputFormat);
        Renderers.checkTarget(out);
        Catalog catalog = catalogOption.load();
        Profile profile = ProfileReader.read(profileFile, catalog);
        var weights = Weights.resolve(profile.weights(), weightsFile);
        var options = SolveOptions.of(seconds, seed);
        var outcome = new Planner(options).plan(new Planner.Request(profile, catalog, weights));
        var stdout = spec.commandLine().getOut();
        var stderr = spec.commandLine().getErr();
        if (!(outcome instanceof Planner.Planned planned)) {
            stderr.println(outcome.message());
            if (outcome instanceof Planner.Infeasible) {
                stderr.println("Change the profile (more available days or minutes, fewer sessions) and plan again.");
            }
            return ExitCode.of(outcome);
        }
        var renderOptions = new Renderers.Options(catalog, time);
        if (out == null && format != null) {
            RenderCommand.write(spec, planned.document(), outputFormat, renderOptions, null);
            return ExitCode.PLANNED;
        }
        stdout.print(TerminalView.render(planned.document(), catalog));
        if (out != null) {
            Renderers.write(planned.document(), outputFormat, renderOptions, out);
            stdout.println("\nPlan written to " + out + " (" + outputFormat.description() + ").");
        }
        stdout.flush();
        return ExitCode.PLANNED;
    }
}
