package app.progression.solver;

import app.progression.InvalidInputException;
import java.time.Duration;

/**
 * How long to solve at most. Solving stops earlier once the plan has stopped improving, which it counts in search
 * steps, the same on any machine. Without a seed the budget is wall-clock time (and the random seed is fixed, so a
 * run the clock does not cut short gives the same plan everywhere). With a seed the budget becomes a number of
 * score calculations (calibrated so that one second of budget is about one second on a 2-core machine): the same
 * profile, weights and seed give the same plan on any machine, loaded or not.
 */
public record SolveOptions(Duration budget, Long seed) {

    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(5);
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
