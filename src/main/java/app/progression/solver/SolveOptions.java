package app.progression.solver;

import java.time.Duration;

/**
 * How long to solve. Without a seed the budget is wall-clock time and solving stops early once the plan has
 * stopped improving. With a seed the run is reproducible: the budget becomes a fixed number of score
 * calculations (calibrated so that one second of budget is about one second on a 2-core machine), and the same
 * profile, weights and seed give the same plan on any machine, loaded or not.
 */
public record SolveOptions(Duration budget, Long seed) {

    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(10);
    /** Stop this long after the last improvement. */
    public static final Duration UNIMPROVED_LIMIT = Duration.ofMillis(1500);
    /** Score calculations per second of budget in a reproducible run. */
    public static final long CALCULATIONS_PER_SECOND = 40_000;
    /** Steps without improvement after which a reproducible run stops early. */
    public static final int UNIMPROVED_STEPS = 6_000;

    public static SolveOptions defaults() {
        return new SolveOptions(DEFAULT_BUDGET, null);
    }

    public boolean reproducible() {
        return seed != null;
    }
}
