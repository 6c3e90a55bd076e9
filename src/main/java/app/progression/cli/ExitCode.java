package app.progression.cli;

import app.progression.plan.Planner;

/** The documented exit codes of every command. */
public final class ExitCode {

    public static final int PLANNED = 0;
    /** Something else went wrong; the message says what. */
    public static final int FAILED = 1;
    public static final int INVALID_INPUT = 2;
    public static final int RED_FLAGS = 3;
    public static final int INFEASIBLE = 4;
    /** A batch where some athletes could not be planned. */
    public static final int SOME_NOT_PLANNED = 5;

    private ExitCode() {
    }

    /** The exit code of a planning outcome. */
    public static int of(Planner.Outcome outcome) {
        if (outcome instanceof Planner.Referred) {
            return RED_FLAGS;
        }
        return outcome instanceof Planner.Infeasible ? INFEASIBLE : PLANNED;
    }
}
