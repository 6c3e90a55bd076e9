package app.progression.cli;

import app.progression.catalog.Catalog;
import app.progression.explain.Explainer;
import app.progression.explain.ExplanationView;
import app.progression.explain.PlanExplanation;
import app.progression.io.Json;
import app.progression.render.PlanFiles;
import app.progression.plan.Provenance;
import app.progression.profile.Profile;
import app.progression.profile.ProfileReader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Re-score a plan file against its profile and say why it scores what it scores: the score "
                + "per rule (adding up to the plan's score), then each day's sessions with the rules that reward "
                + "or penalize them.",
                "The file is scored as it stands, so a hand-edited plan (a run moved, an exercise swapped) shows "
                        + "what the edit breaks, hard rules included."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:explained, also when the plan breaks hard rules (the output says so; JSON: feasible=false)",
                "1:an unexpected failure; the message says what",
                "2:invalid input: profile, plan file (or a plan not made for this profile), weights or catalog",
                "3:red flags in the profile: see a clinician"})
public class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PlanFileInputs inputs;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() throws Exception {
        PlanFileInputs.Read read = inputs.read();
        if (read.referred(spec.commandLine().getErr())) {
            return ExitCode.RED_FLAGS;
        }
        PlanExplanation explanation = Explainer.explainDocument(read.profile(), read.catalog(), read.weights(),
                read.plan());
        var out = spec.commandLine().getOut();
        out.print(output.json ? Json.MAPPER.writeValueAsString(explanation) + "\n"
                : ExplanationView.render(explanation));
        out.flush();
        return ExitCode.PLANNED;
    }
}
