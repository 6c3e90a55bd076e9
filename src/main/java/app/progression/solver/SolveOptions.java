package app.progression.solver;

import app.progression.InvalidInputException;
import java.time.Duration;

/**
 * How long to solve. Without a seed the budget is wall-clock time and solving stops early once the plan has
 * stopped improving. With a seed the run is reproducible: the budget becomes a fixed number of score
 * calculations (calibrated so that one second of budget is about one second on a 2-core machine), and the same
 * profile, weights and seed give the same plan on any machine, loaded or not. A reproducible run uses its
 * whole budget, since stopping early would mean reading the clock.
 */
public record SolveOptions(Duration budget, Long seed) {

    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(5);
    /** Stop this long after the last improvement. */
    public static final Duration UNIMPROVED_LIMIT = Duration.ofSeconds(1);
    /** Score calculations per second of budget in a reproducible run. */
    public static final long CALCULATIONS_PER_SECOND = 40_000;

    /** The smallest budget worth solving with: less does not even finish building the first plan. */
    public static final double MIN_SECONDS = 0.1;
    public static final double MAX_SECONDS = 3600;

    /** Options from the command line's --seconds and --seed, refusing a budget that makes no sense. */
    public static SolveOptions of(double seconds, Long seed) {
        if (!(seconds >= MIN_SECONDS) || seconds > MAX_SECONDS) {
            throw new InvalidInputException("--seconds must be from " + MIN_SECONDS + " to " + (int) MAX_SECONDS
                    + ", not " + seconds + ".");
        }
        return new SolveOptions(Duration.ofMillis((long) (seconds * 1000)), seed);
    }

    public static SolveOptions defaults() {
        return new SolveOptions(DEFAULT_BUDGET, null);
    }

    public boolean reproducible() {
        return seed != null;
    }
}
