package app.progression.solver;

import app.progression.domain.ConstraintWeights;
import app.progression.domain.CrossTrainingBlock;
import app.progression.domain.FindingCoverage;
import app.progression.domain.RunningWeek;
import app.progression.domain.Run;
import app.progression.domain.StrengthSession;
import app.progression.domain.StrengthSlot;
import app.progression.domain.StrengthWeek;
import app.progression.domain.StretchBlock;
import app.progression.domain.TrainingPlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import org.optaplanner.core.config.heuristic.selector.common.SelectionCacheType;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveListFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Runs OptaPlanner on plan problems with one set of options. One instance serves many problems and threads:
 * building a solver factory costs about a second, so each is built once.
 */
public final class PlanSolver {

    /**
     * When a budget ends with hard rules broken although the arithmetic allows a plan, solving starts again from
     * scratch on another random path with these multiples of the budget; the first path may be stuck where no
     * single move helps, and a loaded machine gives a thread little time.
     */
    static final List<Integer> RETRY_FACTORS = List.of(3, 9);

    /** The entities with decisions, in the order the construction heuristic decides them. */
    private static final Class<?>[] DECIDED = {StrengthSlot.class, StrengthSession.class, Run.class,
            StretchBlock.class, CrossTrainingBlock.class};
    /** Entities whose values all follow from the decisions. */
    private static final Class<?>[] DERIVED = {StrengthWeek.class, RunningWeek.class, FindingCoverage.class};

    /** Local search stops after this many steps without a better plan: where improvement has run dry. */
    static final int UNIMPROVED_STEPS = 1000;
    static final int LATE_ACCEPTANCE_SIZE = 1;

    private final SolveOptions options;
    private final Map<Attempt, SolverFactory<TrainingPlan>> factories = new ConcurrentHashMap<>();

    /**
     * A kind of solving attempt: its multiple of the budget (0 only constructs a plan that leaves nothing to
     * choose), and whether its plans have team facts or an old plan ({@link TrainingPlan#hasTeamOrOldPlan}).
     */
    public record Attempt(int factor, boolean teamOrOldPlan) {
    }

    public PlanSolver(SolveOptions options) {
        this.options = options;
    }

    /** The configuration for any plan: the search keeps the team and old-plan rules. */
    public static SolverConfig config(SolveOptions options) {
        return config(options, true);
    }

    /** The configuration for {@code problem}: the search leaves out the rules it cannot break. */
    public static SolverConfig config(SolveOptions options, TrainingPlan problem) {
        return config(options, problem.hasTeamOrOldPlan());
    }

    private static SolverConfig config(SolveOptions options, boolean teamOrOldPlan) {
        // Solving stops when it stops improving (a count of steps, the same on any machine) or when the budget is
        // spent: counted in score calculations when reproducible, on the clock otherwise. A reproducible run also
        // has a clock limit far beyond its budget, as a safety net: a plan whose every move changes nothing makes
        // no score calculations to count.
        TerminationConfig termination = options.reproducible()
                ? new TerminationConfig().withScoreCalculationCountLimit(
                        Math.max(1, options.budget().toMillis() * SolveOptions.CALCULATIONS_PER_SECOND / 1000))
                        .withSpentLimit(options.budget().multipliedBy(10).plusSeconds(10))
                : new TerminationConfig().withSpentLimit(options.budget());
        return new SolverConfig()
                .withSolutionClass(TrainingPlan.class)
                .withEntityClasses(Stream.concat(Arrays.stream(DECIDED), Arrays.stream(DERIVED))
                        .toArray(Class<?>[]::new))
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(SearchConstraints.class)
                        .withConstraintProviderCustomProperties(Map.of("teamOrOldPlan",
                                String.valueOf(teamOrOldPlan))))
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(options.reproducible() ? options.seed() : 0L)
                .withTerminationConfig(termination)
                .withPhases(phases());
    }

    /**
     * A week-shape draft ({@link WeekShapeConstruction}) that decides each week's days at once, a construction
     * heuristic per entity class for whatever the draft left open, then late acceptance with change and swap
     * moves, strength/run day trades ({@link DaySwapMove}) and stretch trades ({@link StretchSwapMove}).
     */
    private static PhaseConfig<?>[] phases() {
        List<PhaseConfig<?>> phases = new ArrayList<>();
        phases.add(new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(WeekShapeConstruction.class)));
        for (Class<?> entityClass : DECIDED) {
            phases.add(new ConstructionHeuristicPhaseConfig().withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                    .withEntitySelectorConfig(new EntitySelectorConfig(entityClass).withId(entityClass.getName()))));
        }
        phases.add(new LocalSearchPhaseConfig()
                .withTerminationConfig(new TerminationConfig().withUnimprovedStepCountLimit(UNIMPROVED_STEPS))
                // A memory of one step: the drafted plan is close to a good one, so the search climbs, taking moves
                // that keep the score to cross plateaus. Longer memories wander off into worse week shapes.
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                .withMoveSelectorConfig(new UnionMoveSelectorConfig()
                .withMoveSelectors(
                        new ChangeMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                        new SwapMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                        // Rare but there: a trade is the only way out of some week shapes.
                        new MoveListFactoryConfig().withMoveListFactoryClass(DaySwapMoves.class)
                                .withCacheType(SelectionCacheType.PHASE).withFixedProbabilityWeight(0.1),
                        new MoveListFactoryConfig().withMoveListFactoryClass(StretchSwapMoves.class)
                                .withCacheType(SelectionCacheType.PHASE).withFixedProbabilityWeight(0.5))));
        return phases.toArray(PhaseConfig<?>[]::new);
    }

    /** One solve with the given options, no retries (for tests and benchmarks that look at a single run). */
    public static TrainingPlan solve(TrainingPlan problem, SolveOptions options) {
        SolverConfig config = config(options, problem);
        SolverConfig chosen = problem.leavesAChoice() ? config : constructionOnly(config);
        return scoredInFull(SolverFactory.<TrainingPlan>create(chosen).buildSolver().solve(problem));
    }

    /**
     * {@code solved} with its score by every rule: the search leaves out the rules its derivations keep (see
     * {@link SearchConstraints}), and a plan's score is never reported without them.
     */
    public static TrainingPlan scoredInFull(TrainingPlan solved) {
        solutionManager().update(solved);
        return solved;
    }

    /** {@code config} without local search, for a plan that leaves nothing to choose. */
    private static SolverConfig constructionOnly(SolverConfig config) {
        return config.withPhaseList(config.getPhaseConfigList().stream()
                .filter(phase -> !(phase instanceof LocalSearchPhaseConfig)).toList());
    }

    private static SolutionManager<TrainingPlan, HardSoftLongScore> solutionManager;

    /** Scores and explains plans; built once, as a solver factory takes a second to build. */
    public static synchronized SolutionManager<TrainingPlan, HardSoftLongScore> solutionManager() {
        if (solutionManager == null) {
            SolverConfig config = config(SolveOptions.defaults()).withScoreDirectorFactory(
                    new ScoreDirectorFactoryConfig().withConstraintProviderClass(PlanConstraints.class));
            solutionManager = SolutionManager.create(SolverFactory.create(config));
        }
        return solutionManager;
    }

    /** The hard rules a solved plan breaks, in words. */
    public static List<String> brokenHardRules(TrainingPlan solved) {
        return Feasibility.brokenHardRules(solutionManager().explain(solved));
    }

    /**
     * The best plan found for {@code problem}, retrying as {@link #RETRY_FACTORS} says while the hard rules are
     * broken; each retry starts from {@code freshProblem}, as the first attempt changed {@code problem}. With weights
     * other than the defaults, the plan the default weights give is tried too. Reproducible runs stay
     * reproducible: retries derive their seeds from the seed.
     */
    public TrainingPlan solve(TrainingPlan problem, Supplier<TrainingPlan> freshProblem) {
        boolean teamOrOldPlan = problem.hasTeamOrOldPlan();
        if (!problem.leavesAChoice()) {
            return scoredInFull(factory(0, teamOrOldPlan).buildSolver().solve(problem));
        }
        TrainingPlan best = scoredInFull(factory(1, teamOrOldPlan).buildSolver().solve(problem));
        for (int factor : RETRY_FACTORS) {
            if (best.getScore().isFeasible()) {
                break;
            }
            TrainingPlan again = scoredInFull(factory(factor, teamOrOldPlan).buildSolver()
                    .solve(freshProblem.get()));
            if (again.getScore().compareTo(best.getScore()) > 0) {
                best = again;
            }
        }
        return betterOfDefaultWeights(best, freshProblem, teamOrOldPlan);
    }

    /**
     * Weights far from the defaults can steer the week-shape draft, and with it the search, into a worse part of the
     * plans: the plan made with the default weights is made too, and kept when it scores better by the weights asked
     * for.
     */
    private TrainingPlan betterOfDefaultWeights(TrainingPlan best, Supplier<TrainingPlan> freshProblem,
            boolean teamOrOldPlan) {
        if (!hasOtherWeights(best)) {
            return best;
        }
        return better(best, factory(1, teamOrOldPlan).buildSolver().solve(withDefaultWeights(freshProblem.get())));
    }

    /** Whether {@code plan} is scored with weights other than the defaults: the default plan is then worth a try. */
    public static boolean hasOtherWeights(TrainingPlan plan) {
        return !plan.getWeights().byRule().equals(new ConstraintWeights().byRule());
    }

    /** {@code problem}, to be solved with the default weights instead of its own. */
    public static TrainingPlan withDefaultWeights(TrainingPlan problem) {
        problem.setWeights(new ConstraintWeights());
        return problem;
    }

    /**
     * The better of {@code own} and {@code byDefault} (solved with the default weights) by the weights {@code own}
     * was solved with; {@code byDefault} is scored with those weights first.
     */
    public static TrainingPlan better(TrainingPlan own, TrainingPlan byDefault) {
        byDefault.setWeights(own.getWeights());
        solutionManager().update(byDefault);
        return byDefault.getScore().compareTo(own.getScore()) > 0 ? byDefault : own;
    }

    private SolverFactory<TrainingPlan> factory(int factor, boolean teamOrOldPlan) {
        return factories.computeIfAbsent(new Attempt(factor, teamOrOldPlan),
                attempt -> SolverFactory.create(config(options, attempt)));
    }

    /** The configuration of {@code attempt}: a retry takes another random path, derived from the seed if any. */
    public static SolverConfig config(SolveOptions options, Attempt attempt) {
        int factor = attempt.factor();
        if (factor <= 1) {
            SolverConfig config = config(options, attempt.teamOrOldPlan());
            return factor == 1 ? config : constructionOnly(config);
        }
        SolverConfig config = config(new SolveOptions(options.budget().multipliedBy(factor),
                options.seed() == null ? null : options.seed() + factor), attempt.teamOrOldPlan());
        config.setRandomSeed(options.seed() == null ? factor : options.seed() + factor);
        return config;
    }
}
