package app.progression.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.domain.History;
import app.progression.domain.ProgressionStep;
import app.progression.domain.StrengthSlot;
import app.progression.domain.TeamFacts;
import app.progression.domain.TrainingPlan;
import app.progression.profile.Profile;
import app.progression.profile.ProfileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;

/**
 * The search leaves rules out on the claim that it cannot break them ({@link SearchConstraints}): checked here on
 * every example, for random choices of steps, by scoring with every rule.
 */
class SearchConstraintsTest {

    private static final Catalog CATALOG = CatalogLoader.builtIn();

    @Test
    void noChoiceOfStepsBreaksALadderRuleAndAPlainPlanNoTeamOrOldPlanRule() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("problems"))) {
            examples = files.filter(path -> path.toString().endsWith(".json")).sorted().toList();
        }
        Random random = new Random(11);
        for (Path example : examples) {
            Profile profile = ProfileReader.read(example, CATALOG);
            TrainingPlan plan = build(profile, History.NONE);
            assertFalse(plan.hasTeamOrOldPlan(), example + " is a plan for one athlete, made for the first time");
            assertNoLeftOutRuleBreaks(plan, random, example.toString());
            if (plan.getWeekCount() >= 6 && plan.getLadder().startingEntries().size() >= 2) {
                // As when a plan is made again: two exercises logged as painful from week 4, a missed week 3
                // repeated, a flare before week 5. The derivation replaces, holds and steps back.
                Map<String, Integer> painful = Map.of(plan.getLadder().startingEntries().get(0).id(), 4,
                        plan.getLadder().startingEntries().get(1).id(), 4);
                TrainingPlan eased = build(profile, new History(0, Set.of(), painful, Set.of(5), Set.of(3)));
                assertNoLeftOutRuleBreaks(eased, random, example + " made again");
            }
        }
    }

    private static TrainingPlan build(Profile profile, History history) {
        return PlanProblem.build(profile, CATALOG, Weights.resolve(Map.of(), Map.of()), TeamFacts.NONE, history)
                .plan();
    }

    /** Scores 20 random choices of steps with every rule: none of those the search leaves out may score. */
    private static void assertNoLeftOutRuleBreaks(TrainingPlan plan, Random random, String what) {
        List<ProgressionStep> steps = plan.getProgressionSteps();
        for (int round = 0; round < 20; round++) {
            for (StrengthSlot slot : plan.getStrengthSlots()) {
                if (!slot.isPinned()) {
                    slot.setStep(steps.get(random.nextInt(steps.size())));
                }
            }
            plan.deriveShadows();
            for (ConstraintMatchTotal<HardSoftLongScore> total : PlanSolver.solutionManager().explain(plan)
                    .getConstraintMatchTotalMap().values()) {
                if (SearchConstraints.KEPT_BY_PROGRESSION.contains(total.getConstraintName())
                        || SearchConstraints.TEAM_AND_OLD_PLAN.contains(total.getConstraintName())) {
                    assertEquals(HardSoftLongScore.ZERO, total.getScore(),
                            what + ", round " + round + ": " + total.getConstraintName());
                }
            }
        }
    }
}
