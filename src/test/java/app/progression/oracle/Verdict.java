package app.progression.oracle;

/** The oracle's answer: a plan exists (with one as proof), none exists (with the reason), or it cannot tell. */
public sealed interface Verdict {

    record Feasible(Witness witness) implements Verdict {
    }

    record Infeasible(String reason) implements Verdict {
    }

    /** Only in the corners named in {@link FeasibilityOracle}'s documentation. */
    record Undecided(String reason) implements Verdict {
    }

    default boolean isFeasible() {
        return this instanceof Feasible;
    }

    default boolean isInfeasible() {
        return this instanceof Infeasible;
    }

    default String describe() {
        if (this instanceof Feasible feasible) {
            return "feasible:\n" + feasible.witness().describe();
        }
        return (this instanceof Infeasible ? "infeasible: " : "undecided: ")
                + (this instanceof Infeasible infeasible ? infeasible.reason() : ((Undecided) this).reason());
    }
}
