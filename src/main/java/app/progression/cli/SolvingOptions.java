package app.progression.cli;

import app.progression.solver.SolveOptions;
import picocli.CommandLine.Option;

/**
 * The --seconds and --seed options of every command that solves. Commands solve for different lengths by
 * default (one athlete, a what-if of two plans, each athlete of a team), so each passes its own defaults in;
 * picocli shows a field's initial value as its default in the help.
 */
public class SolvingOptions {

    @Option(names = "--seconds", paramLabel = "N",
            description = "Most seconds to solve each plan (default ${DEFAULT-VALUE}); it stops earlier once the "
                    + "plan stops improving.")
    double seconds;

    @Option(names = "--seed", paramLabel = "N",
            description = "Make solving reproducible: the same inputs and seed give the same plans, on any machine.")
    Long seed;

    /** A command's defaults; the {@code @Mixin} field must be initialized with this, or there is no budget. */
    SolvingOptions(double defaultSeconds, Long defaultSeed) {
        this.seconds = defaultSeconds;
        this.seed = defaultSeed;
    }

    /** The options as given, refusing a budget that makes no sense. */
    SolveOptions toSolveOptions() {
        return SolveOptions.of(seconds, seed);
    }

    /** The same seed with another budget (serve's squad runs). */
    SolveOptions withSeconds(double otherSeconds) {
        return SolveOptions.of(otherSeconds, seed);
    }
}
