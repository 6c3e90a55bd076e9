package app.progression.solver;

import app.progression.domain.Stretch;
import app.progression.domain.StretchBlock;
import app.progression.domain.TrainingPlan;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Two stretch blocks of the same week trade their stretches: the week keeps the same stretches and their variety,
 * and a stretch for a finding moves to the day that needs it (after a run, or a second day in the week).
 */
public class StretchSwapMove extends AbstractMove<TrainingPlan> {

    private final StretchBlock a;
    private final StretchBlock b;

    public StretchSwapMove(StretchBlock a, StretchBlock b) {
        this.a = a;
        this.b = b;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<TrainingPlan> scoreDirector) {
        return !Objects.equals(a.getStretch(), b.getStretch());
    }

    @Override
    protected StretchSwapMove createUndoMove(ScoreDirector<TrainingPlan> scoreDirector) {
        return new StretchSwapMove(a, b);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<TrainingPlan> scoreDirector) {
        Stretch fromA = a.getStretch();
        scoreDirector.beforeVariableChanged(a, "stretch");
        a.setStretch(b.getStretch());
        scoreDirector.afterVariableChanged(a, "stretch");
        scoreDirector.beforeVariableChanged(b, "stretch");
        b.setStretch(fromA);
        scoreDirector.afterVariableChanged(b, "stretch");
    }

    @Override
    public StretchSwapMove rebase(ScoreDirector<TrainingPlan> destinationScoreDirector) {
        return new StretchSwapMove(destinationScoreDirector.lookUpWorkingObject(a),
                destinationScoreDirector.lookUpWorkingObject(b));
    }

    @Override
    public List<Object> getPlanningEntities() {
        return List.of(a, b);
    }

    @Override
    public List<Object> getPlanningValues() {
        return java.util.Arrays.asList(a.getStretch(), b.getStretch());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StretchSwapMove move && move.a == a && move.b == b;
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(a), System.identityHashCode(b));
    }

    @Override
    public String toString() {
        return a + " <-> " + b;
    }
}
