package app.progression.cli;

import app.progression.catalog.Catalog;
import app.progression.domain.SessionKind;
import app.progression.explain.Suggestions;
import app.progression.io.Json;
import app.progression.plan.PlanDocument;
import app.progression.plan.Provenance;
import app.progression.domain.TeamFacts;
import app.progression.profile.Profile;
import app.progression.profile.ProfileReader;
import app.progression.render.PlanFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = {"The best other days of its week for one session, before moving it by hand: each day with "
                + "the plan's score after the move and the rules that change.",
                "Each candidate is scored on the plan as it stands, with only that session moved (no new solve)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the days were scored (also when none keeps every hard rule; the output says so)",
                "1:an unexpected failure; the message says what",
                "2:invalid input: profile, plan file, --date or --kind, weights or catalog",
                "3:red flags in the profile: see a clinician"})
public class SuggestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PlanFileInputs inputs;

    @Option(names = "--date", paramLabel = "DATE", required = true,
            description = "The day the session is on now (YYYY-MM-DD).")
    LocalDate date;

    @Option(names = "--kind", paramLabel = "KIND", required = true,
            description = "The session to move: ${COMPLETION-CANDIDATES}.")
    SessionKind kind;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() throws Exception {
        PlanFileInputs.Read read = inputs.read();
        if (read.referred(spec.commandLine().getErr())) {
            return ExitCode.RED_FLAGS;
        }
        Suggestions.Result result = Suggestions.suggest(read.profile(), read.catalog(), read.weights(),
                TeamFacts.NONE, read.plan(), date, kind);
        var out = spec.commandLine().getOut();
        out.print(output.json ? Json.MAPPER.writeValueAsString(result) + "\n" : result.text());
        out.flush();
        return ExitCode.PLANNED;
    }
}
