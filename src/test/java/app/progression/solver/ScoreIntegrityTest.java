package app.progression.solver;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.domain.ConstraintWeights;
import app.progression.domain.TrainingPlan;
import app.progression.explain.ExplainTestSupport;
import app.progression.plan.PlanDocument;
import app.progression.plan.PlanReader;
import app.progression.profile.Profile;
import app.progression.profile.ProfileReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * difference: this catches a shadow variable (derived strength sets, run lengths) that drifts from its sources. The
 * search scores its moves without the rules it cannot break ({@link SearchConstraints}); its best plan's score must
 * equal the score by every rule.
 */
class ScoreIntegrityTest {

    @Test
    void incrementalScoreMatchesAFullRecalculation() {
        Catalog catalog = CatalogLoader.builtIn();
        for (String example : new String[] {"heel-pain-no-foam-roller.json", "upper-back-pain.json",
                "beginner-tight-hip-flexors.json"}) {
            Profile profile = ProfileReader.read(Path.of("problems", example), catalog);
            TrainingPlan problem = PlanProblem.build(profile, catalog, Weights.resolve(Map.of(), Map.of())).plan();
            SolverConfig config = PlanSolver.config(new SolveOptions(Duration.ofMillis(300), 7L), problem)
                    .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
            // FULL_ASSERT throws on the first move whose incremental score or shadow variables differ.
            TrainingPlan solved = assertDoesNotThrow(
                    () -> SolverFactory.<TrainingPlan>create(config).buildSolver().solve(problem), example);
            HardSoftLongScore reported = solved.getScore();
            assertEquals(reported, PlanSolver.solutionManager().update(solved, SolutionUpdatePolicy.UPDATE_ALL),
                    example + ": the best plan's score, recalculated from scratch");
        }
    }

    @Test
    void aSolvedPlanIsReportedByEveryRuleAlsoThoseTheSearchLeavesOut() {
        // Every strength exercise of a plan file at 14 repetitions: given content, outside 8-12, which the search's
        // own rules do not look at.
        Profile profile = ExplainTestSupport.profile(ExplainTestSupport.RIA);
        ConstraintWeights weights = ExplainTestSupport.weights(profile, Map.of());
        PlanDocument edited = ExplainTestSupport.edit(ExplainTestSupport.solve(profile, weights), plan -> {
            for (JsonNode day : plan.get("days")) {
                for (JsonNode session : day.get("sessions")) {
                    if (session.get("kind").asText().equals("STRENGTH")) {
                        session.get("exercises").forEach(exercise -> ((ObjectNode) exercise).put("reps", 14));
                    }
                }
            }
        });
        TrainingPlan read = PlanReader.read(profile, ExplainTestSupport.CATALOG, weights, edited, "edited").plan();
        TrainingPlan solved = PlanSolver.solve(read, ExplainTestSupport.SOLVE);
        assertTrue(solved.getScore().hardScore() < 0, "reported " + solved.getScore());
        assertEquals(PlanSolver.solutionManager().update(solved, SolutionUpdatePolicy.UPDATE_ALL),
                solved.getScore());
    }
}
