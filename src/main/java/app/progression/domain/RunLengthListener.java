package app.progression.domain;

import org.optaplanner.core.api.domain.variable.VariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * Re-plans run lengths when a run moves, or when the room on a run's day changes (strength there): from that week
 * on, while the weeks after come out different.
 */
public class RunLengthListener implements VariableListener<TrainingPlan, Object> {

    private RunLengths runLengths;
    private TrainingPlan indexed;

    private RunLengths runLengths(TrainingPlan plan) {
        if (plan != indexed) {
            runLengths = new RunLengths(plan);
            indexed = plan;
        }
        return runLengths;
    }

    @Override
    public void afterVariableChanged(ScoreDirector<TrainingPlan> scoreDirector, Object entity) {
        runLengths(scoreDirector.getWorkingSolution()).changed(entity, ShadowChanges.through(scoreDirector));
    }

    @Override
    public void afterEntityAdded(ScoreDirector<TrainingPlan> scoreDirector, Object entity) {
        indexed = null;
        runLengths(scoreDirector.getWorkingSolution()).deriveFrom(1, ShadowChanges.through(scoreDirector), true);
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<TrainingPlan> scoreDirector, Object entity) {
        indexed = null;
    }

    @Override
    public void beforeVariableChanged(ScoreDirector<TrainingPlan> scoreDirector, Object entity) {
    }

    @Override
    public void beforeEntityAdded(ScoreDirector<TrainingPlan> scoreDirector, Object entity) {
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<TrainingPlan> scoreDirector, Object entity) {
    }
}
