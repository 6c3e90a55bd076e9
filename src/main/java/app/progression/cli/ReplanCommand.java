package app.progression.cli;

import app.progression.catalog.Catalog;
import app.progression.io.Json;
import app.progression.plan.PlanDocument;
import app.progression.plan.Planner;
import app.progression.plan.Provenance;
import app.progression.profile.Profile;
import app.progression.profile.ProfileReader;
import app.progression.render.OutputFormat;
import app.progression.render.PlanFiles;
import app.progression.render.Renderers;
import app.progression.render.TerminalView;
import app.progression.replan.LogReader;
import app.progression.replan.Replanner;
import app.progression.replan.TrainingLog;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "replan", mixinStandardHelpOptions = true,
        description = {"Make a plan again from what happened: the days before --from stay as they were (with what "
                + "the log says), so do the days the coach marked \"locked\"; the rest is planned from where the "
                + "athlete really is, changing as little of the old plan as the log and the rules allow.",
                "Prints what changed and why, day by day; --out writes the new plan."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:a new plan was made (and written where asked)",
                "1:an unexpected failure; the message says what",
                "2:invalid input: profile, plan file, log (naming the entry and field), --from, weights or catalog",
                "3:red flags in the profile: see a clinician, no plan",
                "4:no plan can meet the hard rules from --from on; the message says which"})
public class ReplanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PlanFileInputs inputs;

    @Option(names = "--log", paramLabel = "LOG", required = true,
            description = "What happened (JSON, see schema/log.schema.json): sessions done, missed or cut short, "
                    + "pain per exercise, flares.")
    Path logFile;

    @Option(names = "--from", paramLabel = "DATE",
            description = "The first day to plan again (YYYY-MM-DD; default: the day after the log's last entry).")
    LocalDate from;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the new plan to FILE (replaced whole, never half-written); JSON unless the "
                    + "extension names another format (.html, .ics, .md, .txt). It may be PLAN itself.")
    Path out;

    @Mixin
    JsonOption output;

    @Mixin
    SolvingOptions solving = new SolvingOptions(5, null);

    @Override
    public Integer call() throws Exception {
        Renderers.checkTarget(out);
        OutputFormat format = OutputFormat.choose(null, out, OutputFormat.JSON);
        PlanFileInputs.Read read = inputs.read();
        TrainingLog log = LogReader.read(logFile, read.catalog(), read.plan());
        LocalDate start = from != null ? from : Replanner.defaultFrom(read.plan(), log);
        var result = new Replanner(solving.toSolveOptions()).replan(new Replanner.Request(read.profile(),
                read.catalog(), read.weights(), read.plan(), inputs.planFile.toString(), log, start));
        var stdout = spec.commandLine().getOut();
        if (!(result.outcome() instanceof Planner.Planned planned)) {
            var stderr = spec.commandLine().getErr();
            stderr.println(result.outcome().message());
            if (result.outcome() instanceof Planner.Infeasible) {
                stderr.println("The days before " + start + " and the days marked \"locked\" in " + inputs.planFile
                        + " stay as they are: unlock a day (remove its \"locked\": true) or change the profile, "
                        + "and re-plan.");
            }
            return ExitCode.of(result.outcome());
        }
        if (out != null) {
            Renderers.write(planned.document(), format, new Renderers.Options(read.catalog(),
                    Renderers.DEFAULT_TIME), out);
        }
        if (output.json) {
            ObjectNode answer = Json.MAPPER.createObjectNode();
            answer.set("report", Json.MAPPER.valueToTree(result.report()));
            if (out == null) {
                answer.set("plan", Json.MAPPER.valueToTree(planned.document()));
            } else {
                answer.put("writtenTo", out.toString());
            }
            stdout.println(Json.MAPPER.writeValueAsString(answer));
        } else if (out == null) {
            stdout.print(result.report().text() + "\n" + TerminalView.render(planned.document(), read.catalog()));
        } else {
            stdout.print(result.report().text());
            stdout.println("New plan written to " + out + " (" + format.description() + ").");
        }
        stdout.flush();
        return ExitCode.PLANNED;
    }
}
