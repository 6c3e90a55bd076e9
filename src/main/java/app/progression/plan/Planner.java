package app.progression.plan;

import app.progression.catalog.Catalog;
import app.progression.domain.ConstraintWeights;
import app.progression.domain.TeamFacts;
import app.progression.domain.TrainingPlan;
import app.progression.profile.Profile;
import app.progression.solver.Feasibility;
import app.progression.solver.PlanProblem;
import app.progression.solver.PlanSolver;
import app.progression.solver.SolveOptions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one way from a profile to a plan, for every command and the team batch: red flags, the problem, the
 * pre-check, solving (with retries), the plan document. One instance serves many requests and threads.
 */
public final class Planner {

    /** One athlete to plan: their profile, the catalog and weights in force, and what they share with a team. */
    public record Request(Profile profile, Catalog catalog, ConstraintWeights weights, TeamFacts team) {

        public Request(Profile profile, Catalog catalog, ConstraintWeights weights) {
            this(profile, catalog, weights, TeamFacts.NONE);
        }
    }

    /** A plan, a referral to a clinician, or the reasons no plan can meet the hard rules. */
    public sealed interface Outcome permits Planned, Referred, Infeasible {

        /** What to tell the user when there is no plan. */
        default String message() {
            return "";
        }
    }

    public record Planned(PlanDocument document, TrainingPlan solution) implements Outcome {
    }

    public record Referred(String message) implements Outcome {
    }

    public record Infeasible(List<String> reasons) implements Outcome {

        @Override
        public String message() {
            return "No plan can meet the hard rules for this profile:\n"
                    + reasons.stream().map(reason -> "  - " + reason).collect(Collectors.joining("\n"));
        }
    }

    /** What the pipeline knows before solving: the outcome already (a referral, a refusal), or a problem to solve. */
    public sealed interface Prepared permits Decided, ToSolve {
    }

    public record Decided(Outcome outcome) implements Prepared {
    }

    /**
     * A problem that passed the pre-check: {@code built} is solved first, {@link #freshProblem()} builds it anew for
     * each further attempt.
     */
    public record ToSolve(Request request, PlanProblem.Built built) implements Prepared {

        public TrainingPlan freshProblem() {
            return build(request).plan();
        }
    }

    private final PlanSolver solver;

    public Planner(SolveOptions options) {
        this.solver = new PlanSolver(options);
    }

    public Outcome plan(Request request) {
        Prepared prepared = prepare(request);
        if (prepared instanceof Decided decided) {
            return decided.outcome();
        }
        ToSolve toSolve = (ToSolve) prepared;
        return finish(toSolve, solver.solve(toSolve.built().plan(), toSolve::freshProblem));
    }

    /** Red flags and the pre-check: everything up to solving, for callers that solve in their own way. */
    public static Prepared prepare(Request request) {
        Optional<Referred> referral = referral(request.profile());
        if (referral.isPresent()) {
            return new Decided(referral.get());
        }
        PlanProblem.Built built = build(request);
        List<String> reasons = Feasibility.precheck(built.plan());
        return reasons.isEmpty() ? new ToSolve(request, built) : new Decided(new Infeasible(reasons));
    }

    /** The outcome of a solved problem: its plan, or the hard rules it still breaks. */
    public static Outcome finish(ToSolve toSolve, TrainingPlan solved) {
        if (!solved.getScore().isFeasible()) {
            return new Infeasible(PlanSolver.brokenHardRules(solved));
        }
        return new Planned(PlanDocuments.from(solved, toSolve.request().profile(), toSolve.built().warnings()),
                solved);
    }

    /** Reasons no plan can exist, found without solving; empty when solving may find one. */
    public static List<String> precheck(Request request) {
        return Feasibility.precheck(build(request).plan());
    }

    /** A profile with red flags gets no plan: this says why and what to do. */
    public static Optional<Referred> referral(Profile profile) {
        if (profile.redFlags().isEmpty()) {
            return Optional.empty();
        }
        String signs = profile.redFlags().stream().sorted()
                .map(flag -> "  - " + flag.name() + ": " + flag.description())
                .collect(Collectors.joining("\n"));
        return Optional.of(new Referred("No plan for " + profile.athleteName() + ": the profile reports signs that "
                + "need a clinician before any training:\n" + signs + "\nPlease see a doctor or physiotherapist. Once "
                + "they clear you for exercise, remove these from redFlags and plan again."));
    }

    private static PlanProblem.Built build(Request request) {
        return PlanProblem.build(request.profile(), request.catalog(), request.weights(), request.team());
    }
}
