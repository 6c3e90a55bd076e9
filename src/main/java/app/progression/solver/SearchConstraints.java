package app.progression.solver;

import app.progression.domain.ConstraintWeights;
import java.util.Arrays;
import java.util.Set;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;

/**
 * The rules the search scores its moves with: every rule of {@link PlanConstraints} except the strength ladder's,
 * which {@link app.progression.domain.Progression} keeps by construction for every choice of steps. A step change
 * re-derives the sets of every later week, and each of those rules would re-check every changed slot on every move
 * only to find nothing. Slots with given content (as read from a plan file) are pinned, so whatever these rules say
 * about them cannot change during a search either. {@link PlanSolver} scores every solved plan with all the rules,
 * and the score-integrity test checks that both agree.
 */
public class SearchConstraints extends PlanConstraints {

    static final Set<String> KEPT_BY_PROGRESSION = Set.of(
            ConstraintWeights.FIRST_WEEK_STARTS_AT_FIRST_PAIN_FREE_RUNGS,
            ConstraintWeights.STRENGTH_DOSE_IN_RANGE,
            ConstraintWeights.REPS_BUILD_GRADUALLY,
            ConstraintWeights.SWAP_ONLY_AFTER_WEEK_AT_TWELVE,
            ConstraintWeights.REPLACEMENT_IS_HARDER,
            ConstraintWeights.REPLACEMENT_STARTS_AT_EIGHT,
            ConstraintWeights.ONE_SWAP_PER_WEEK,
            ConstraintWeights.NO_EXERCISE_TWICE_IN_A_SET,
            ConstraintWeights.STRENGTH_HOLDS_IN_CUTBACK_WEEKS);

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return Arrays.stream(super.defineConstraints(factory))
                .filter(constraint -> !KEPT_BY_PROGRESSION.contains(constraint.getConstraintName()))
                .toArray(Constraint[]::new);
    }
}
