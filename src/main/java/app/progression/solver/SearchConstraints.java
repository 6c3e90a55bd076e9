package app.progression.solver;

import app.progression.domain.ConstraintWeights;
import java.util.Arrays;
import java.util.Set;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;

/**
 * The rules the search scores its moves with: every rule of {@link PlanConstraints} except those that cannot change
 * during the search. Each would still look at every changed entity on every move, only to find nothing.
 * <ul>
 * <li>The strength ladder's rules, which {@link app.progression.domain.Progression} keeps by construction for every
 * choice of steps. A step change re-derives the sets of every later week, so these would re-check every changed
 * slot. Slots with given content (as read from a plan file) are pinned, so what the rules say about them cannot
 * change either.</li>
 * <li>For a plan without team mates or an old plan ({@link #setTeamOrOldPlan}), the team rules and the rule that
 * keeps an old plan as it was: they have nothing to look at.</li>
 * </ul>
 * {@link PlanSolver} scores every solved plan with all the rules, and the score-integrity test checks that both
 * agree.
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

    static final Set<String> TEAM_AND_OLD_PLAN = Set.of(
            ConstraintWeights.COACH_CAPACITY,
            ConstraintWeights.RUNS_ON_GROUP_DAYS,
            ConstraintWeights.PLAN_STAYS_AS_IT_WAS);

    private boolean teamOrOldPlan = true;

    /** Whether the plans solved have team facts or an old plan's decisions (set by the solver's configuration). */
    public void setTeamOrOldPlan(boolean teamOrOldPlan) {
        this.teamOrOldPlan = teamOrOldPlan;
    }

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return Arrays.stream(super.defineConstraints(factory))
                .filter(constraint -> !KEPT_BY_PROGRESSION.contains(constraint.getConstraintName()))
                .filter(constraint -> teamOrOldPlan || !TEAM_AND_OLD_PLAN.contains(constraint.getConstraintName()))
                .toArray(Constraint[]::new);
    }
}
