package app.progression.solver;

import app.progression.domain.CrossTrainingBlock;
import app.progression.domain.Run;
import app.progression.domain.StrengthSession;
import app.progression.domain.StrengthSlot;
import app.progression.domain.StretchBlock;
import app.progression.domain.TrainingPlan;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/** Runs OptaPlanner on a plan problem. */
public final class Planner {

    private Planner() {
    }

    public static SolverConfig config(SolveOptions options) {
        TerminationConfig termination = options.reproducible()
                ? new TerminationConfig().withScoreCalculationCountLimit(
                        Math.max(1, options.budget().toMillis() * SolveOptions.CALCULATIONS_PER_SECOND / 1000))
                : new TerminationConfig()
                        .withSpentLimit(options.budget())
                        .withUnimprovedSpentLimit(SolveOptions.UNIMPROVED_LIMIT);
        return new SolverConfig()
                .withSolutionClass(TrainingPlan.class)
                .withEntityClasses(StrengthSlot.class, StrengthSession.class, Run.class, StretchBlock.class,
                        CrossTrainingBlock.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(PlanConstraints.class))
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(options.reproducible() ? options.seed() : 0L)
                .withTerminationConfig(termination);
    }

    public static TrainingPlan solve(TrainingPlan problem, SolveOptions options) {
        return solve(problem, options, best -> {
        });
    }

    /** Solves, telling {@code onBetterPlan} each time a better plan is found (for progress reports). */
    public static TrainingPlan solve(TrainingPlan problem, SolveOptions options, Consumer<TrainingPlan> onBetterPlan) {
        Solver<TrainingPlan> solver = SolverFactory.<TrainingPlan>create(config(options)).buildSolver();
        solver.addEventListener(event -> onBetterPlan.accept(event.getNewBestSolution()));
        return solver.solve(problem);
    }

    public static SolutionManager<TrainingPlan, HardSoftScore> solutionManager() {
        return SolutionManager.create(SolverFactory.create(config(SolveOptions.defaults())));
    }
}
