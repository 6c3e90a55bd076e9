package app.progression.plan;

import app.progression.catalog.Catalog;
import app.progression.domain.ConstraintWeights;
import app.progression.domain.TrainingPlan;
import app.progression.profile.Profile;
import app.progression.solver.Feasibility;
import app.progression.solver.PlanProblem;
import app.progression.solver.Planner;
import app.progression.solver.SolveOptions;
import java.util.List;
import java.util.stream.Collectors;

/** From a read profile to one of three outcomes: a plan, a referral to a clinician, or the reasons no plan exists. */
public final class PlanMaker {

    public sealed interface Outcome permits Planned, Referred, Infeasible {
    }

    public record Planned(PlanDocument document, TrainingPlan solution) implements Outcome {
    }

    public record Referred(String message) implements Outcome {
    }

    public record Infeasible(List<String> reasons) implements Outcome {
    }

    private PlanMaker() {
    }

    public static Outcome make(Profile profile, Catalog catalog, ConstraintWeights weights, SolveOptions options) {
        if (!profile.redFlags().isEmpty()) {
            return new Referred(referral(profile));
        }
        PlanProblem.Built built = PlanProblem.build(profile, catalog, weights);
        List<String> reasons = Feasibility.precheck(profile, built.plan());
        if (!reasons.isEmpty()) {
            return new Infeasible(reasons);
        }
        Planner planner = new Planner(options);
        TrainingPlan solved = planner.solve(() -> PlanProblem.build(profile, catalog, weights).plan());
        if (!solved.getScore().isFeasible()) {
            return new Infeasible(planner.brokenHardRules(solved));
        }
        return new Planned(PlanDocuments.from(solved, profile, built.warnings()), solved);
    }

    static String referral(Profile profile) {
        String signs = profile.redFlags().stream().sorted()
                .map(flag -> "  - " + flag.name() + ": " + flag.description())
                .collect(Collectors.joining("\n"));
        return "No plan for " + profile.athleteName() + ": the profile reports signs that need a clinician before "
                + "any training:\n" + signs + "\nPlease see a doctor or physiotherapist. Once they clear you for "
                + "exercise, remove these from redFlags and plan again.";
    }

}
