package app.progression.cli;

import app.progression.InvalidInputException;
import app.progression.plan.PlanDocument;
import app.progression.render.OutputFormat;
import app.progression.render.Renderers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import picocli.CommandLine.Option;

/** Where and how a plan is written: --out, --format and --at, the same for 'plan' and 'render'. */
public class OutputOptions {

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the plan to FILE (replaced whole, never half-written), in the format --format or "
                    + "the extension names (.json, .html, .ics, .md, .txt; JSON when it has none).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = OutputFormat.Names.class,
            description = "The format of --out (default: from its extension), or without --out of standard output "
                    + "instead of the text view: ${COMPLETION-CANDIDATES}.")
    String format;

    @Option(names = "--at", paramLabel = "HH:MM",
            description = "Calendar (ics) only: when each day's first session starts, local time (default 07:00).")
    String at;

    /** The format asked for: --format, else the extension of --out; JSON for a file without one, text without --out. */
    OutputFormat chosenFormat() {
        return OutputFormat.choose(format, out, out == null ? OutputFormat.TEXT : OutputFormat.JSON);
    }

    /**
     * Everything that can be refused before any work: the format, a --out that is a folder or device, and --at
     * as a time, refused when the output is not a calendar (where it would be quietly ignored).
     */
    Checked check() {
        OutputFormat chosen = chosenFormat();
        LocalTime time = null;
        if (at != null) {
            time = Renderers.parseTime(at);
            if (chosen != OutputFormat.ICS) {
                throw new InvalidInputException("--at sets the time of calendar events and only applies to ics "
                        + "output, not " + chosen.key() + ". Use --out FILE.ics or --format ics.");
            }
        }
        Renderers.checkTarget(out);
        return new Checked(chosen, time);
    }

    /** The format and start time, once checked. */
    record Checked(OutputFormat format, LocalTime startTime) {
    }

    /** To --out, atomically, with a line saying so; or, without --out, to standard output. */
    void write(PrintWriter stdout, PlanDocument plan, Checked target, Renderers.Options options) {
        if (out == null) {
            stdout.print(Renderers.render(plan, target.format(), options));
        } else {
            stdout.println(writeFile(plan, target, options));
        }
        stdout.flush();
    }

    /** Writes --out atomically (a failure leaves the old file as it was) and returns the line that says so. */
    String writeFile(PlanDocument plan, Checked target, Renderers.Options options) {
        Renderers.write(plan, target.format(), options, out);
        return "Plan written to " + out + " (" + target.format().description() + ").";
    }
}
