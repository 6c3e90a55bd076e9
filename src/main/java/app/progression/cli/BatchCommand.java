package app.progression.cli;

import app.progression.InvalidInputException;
import app.progression.batch.AthleteRow;
import app.progression.batch.AthleteRow.Status;
import app.progression.batch.Batch;
import app.progression.batch.Summary;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Plan a whole team folder: every athlete's profile on its own, on every core, with the "
                + "team's group-run days and the coach's strength capacity (from team.json) kept.",
                "Writes OUT/<athleteId>.json per planned athlete, OUT/summary.csv and OUT/team-view.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every athlete was planned",
                "1:an unexpected failure; the message says what",
                "2:invalid input (team.json, options, duplicate athlete ids); nothing was planned",
                "5:some athletes were not planned (referred, infeasible, invalid profile); summary.csv says why"})
public class BatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TEAM_FOLDER",
            description = "Folder of athlete profiles (*.json) and an optional team.json.")
    Path folder;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where plans and the summary go.")
    Path out;

    @Option(names = "--resume", description = "Keep plans whose profile, team settings, catalog and weights did "
            + "not change since they were written; plan only the rest.")
    boolean resume;

    /** Each athlete's plan gets this budget. */
    @Mixin
    SolvingOptions solving = new SolvingOptions(2, null);

    @Option(names = "--threads", paramLabel = "N",
            description = "Athletes solved at once (default: every core)")
    Integer threads;

    /** For everyone in the team. */
    @Mixin
    WeightsOption weights;

    @Mixin
    CatalogOption catalogOption;

    @Override
    public Integer call() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        if (threads != null && (threads < 1 || threads > 256)) {
            throw new InvalidInputException("--threads must be from 1 to 256, not " + threads + ".");
        }
        var options = new Batch.Options(folder, out, resume,
                solving.toSolveOptions(), catalogOption.file, weights.file(),
                threads == null ? cores : threads);
        var stdout = spec.commandLine().getOut();
        var stderr = spec.commandLine().getErr();
        Batch.Result result;
        try (BatchProgress progress = new BatchProgress(System.console() != null, stderr)) {
            result = Batch.run(options, progress);
        }
        stdout.println();
        stdout.print(Summary.table(result.rows(), 70));
        stdout.println();
        for (AthleteRow row : result.rows()) {
            if (!row.planned()) {
                stdout.println(row.athleteId() + " (" + row.profileFile() + "): " + row.status().label() + "\n    "
                        + row.reason().replace("\n", "\n    "));
            }
        }
        long planned = result.count(Status.PLANNED);
        long kept = result.rows().stream().filter(AthleteRow::kept).count();
        stdout.printf(Locale.ROOT, "%n%s: %d athletes, %d planned (%d kept from an earlier run), %d referred, "
                        + "%d infeasible, %d invalid, %d errors; %.1f s on %d thread(s).%n",
                result.team().name(), result.rows().size(), planned, kept, result.count(Status.REFERRED),
                result.count(Status.INFEASIBLE), result.count(Status.INVALID), result.count(Status.ERROR),
                result.wallTime().toMillis() / 1000.0, options.threads());
        if (result.team().limitsCoach()) {
            Map.Entry<LocalDate, Integer> peak = result.coachLoad().entrySet().stream()
                    .max(Map.Entry.comparingByValue()).orElse(null);
            stdout.println("Coach capacity " + result.team().coachCapacityPerDay() + " a day; busiest date: "
                    + (peak == null ? "none" : peak.getKey() + " with " + peak.getValue()) + ".");
        }
        stdout.println("Summary: " + result.summaryFile() + "   Team view: " + result.teamViewFile());
        stdout.flush();
        return result.allPlanned() ? ExitCode.PLANNED : ExitCode.SOME_NOT_PLANNED;
    }
}
