package app.progression.solver;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.domain.TrainingPlan;
import app.progression.profile.Profile;
import app.progression.profile.ProfileReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolutionUpdatePolicy;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * Solves in FULL_ASSERT mode, where OptaPlanner recalculates the score from scratch after moves and fails on any
 * difference: this catches a shadow variable (derived strength sets, run lengths) that drifts from its sources.
 */
class ScoreIntegrityTest {

    @Test
    void incrementalScoreMatchesAFullRecalculation() {
        Catalog catalog = CatalogLoader.builtIn();
        for (String example : new String[] {"heel-pain-no-foam-roller.json", "upper-back-pain.json",
                "beginner-tight-hip-flexors.json"}) {
            Profile profile = ProfileReader.read(Path.of("problems", example), catalog);
            TrainingPlan problem = PlanProblem.build(profile, catalog, Weights.resolve(Map.of(), Map.of())).plan();
            SolverConfig config = PlanSolver.config(new SolveOptions(Duration.ofMillis(300), 7L))
                    .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
            // FULL_ASSERT throws on the first move whose incremental score or shadow variables differ.
            TrainingPlan solved = assertDoesNotThrow(
                    () -> SolverFactory.<TrainingPlan>create(config).buildSolver().solve(problem), example);
            HardSoftLongScore reported = solved.getScore();
            assertEquals(reported, PlanSolver.solutionManager().update(solved, SolutionUpdatePolicy.UPDATE_ALL),
                    example + ": the best plan's score, recalculated from scratch");
        }
    }
}
