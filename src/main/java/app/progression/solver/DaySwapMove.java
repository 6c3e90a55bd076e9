package app.progression.solver;

import app.progression.domain.Day;
import app.progression.domain.Run;
import app.progression.domain.StrengthSession;
import app.progression.domain.TrainingPlan;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * A strength session and a run of the same week trade days. Changing one day at a time must pass through weeks
 * that are worse on every count (strength next to strength, a run the day after strength), so a week shape
 * that a trade would improve could otherwise not be left.
 */
public class DaySwapMove extends AbstractMove<TrainingPlan> {

    private final StrengthSession strength;
    private final Run run;

    public DaySwapMove(StrengthSession strength, Run run) {
        this.strength = strength;
        this.run = run;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<TrainingPlan> scoreDirector) {
        return strength.getDay() != null && run.getDay() != null && !strength.getDay().equals(run.getDay());
    }

    @Override
    protected DaySwapMove createUndoMove(ScoreDirector<TrainingPlan> scoreDirector) {
        return new DaySwapMove(strength, run);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<TrainingPlan> scoreDirector) {
        Day strengthDay = strength.getDay();
        scoreDirector.beforeVariableChanged(strength, "day");
        strength.setDay(run.getDay());
        scoreDirector.afterVariableChanged(strength, "day");
        scoreDirector.beforeVariableChanged(run, "day");
        run.setDay(strengthDay);
        scoreDirector.afterVariableChanged(run, "day");
    }

    @Override
    public DaySwapMove rebase(ScoreDirector<TrainingPlan> destinationScoreDirector) {
        return new DaySwapMove(destinationScoreDirector.lookUpWorkingObject(strength),
                destinationScoreDirector.lookUpWorkingObject(run));
    }

    @Override
    public List<Object> getPlanningEntities() {
        return List.of(strength, run);
    }

    @Override
    public List<Object> getPlanningValues() {
        return List.of(strength.getDay(), run.getDay());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DaySwapMove move && move.strength == strength && move.run == run;
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(strength), System.identityHashCode(run));
    }

    @Override
    public String toString() {
        return strength + " <-> " + run;
    }
}
