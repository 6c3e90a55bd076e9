package app.progression.cli;

import app.progression.InvalidInputException;
import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.plan.PlanDocument;
import app.progression.render.OutputFormat;
import app.progression.render.PlanFiles;
import app.progression.render.Renderers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Write an existing plan (from 'plan --out plan.json') as a printable page, a calendar, "
                + "Markdown or text, without solving again.",
                "The format is --format, or else the extension of --out: html, ics, md, txt or json. Without --out "
                        + "the plan goes to standard output, as 80-column text or in --format."})
public class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN", description = "A plan written by 'progression plan --out plan.json'.")
    Path planFile;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (replaced whole, never half-written).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = OutputFormat.Names.class,
            description = "One of: ${COMPLETION-CANDIDATES}. Default: from the extension of --out.")
    String format;

    @Option(names = "--at", paramLabel = "HH:MM",
            description = "Calendar (ics) only: when each day's first session starts, local time (default 07:00).")
    String at;

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "The catalog the plan was made with, for the how-to texts (default: the built-in one).")
    Path catalogFile;

    @Override
    public Integer call() {
        OutputFormat chosen = OutputFormat.choose(format, out, out == null ? OutputFormat.TEXT : OutputFormat.JSON);
        LocalTime time = checkedTime(at, chosen);
        Renderers.checkTarget(out);
        Catalog catalog = catalogFile == null ? CatalogLoader.builtIn() : CatalogLoader.load(catalogFile);
        PlanDocument plan = PlanFiles.read(planFile);
        write(spec, plan, chosen, new Renderers.Options(catalog, time), out);
        return ExitCode.PLANNED;
    }

    /** {@code --at} as a time, refused when the output is not a calendar (where it would be quietly ignored). */
    static LocalTime checkedTime(String at, OutputFormat format) {
        if (at == null) {
            return null;
        }
        LocalTime time = Renderers.parseTime(at);
        if (format != OutputFormat.ICS) {
            throw new InvalidInputException("--at sets the time of calendar events and only applies to ics output, "
                    + "not " + format.key() + ". Use --out FILE.ics or --format ics.");
        }
        return time;
    }

    /** To the file, atomically, with a line saying so; or, without --out, to standard output. */
    static void write(CommandSpec spec, PlanDocument plan, OutputFormat format, Renderers.Options options, Path out) {
        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null) {
            stdout.print(Renderers.render(plan, format, options));
        } else {
            Renderers.write(plan, format, options, out);
            stdout.println("Plan written to " + out + " (" + format.description() + ").");
        }
        stdout.flush();
    }
}
