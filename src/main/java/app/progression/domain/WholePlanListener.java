package app.progression.domain;

import org.optaplanner.core.api.domain.variable.VariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * A listener that derives its shadow variables from the whole plan after any change of its source: the derived
 * values depend on many entities at once and take microseconds to recompute.
 */
abstract class WholePlanListener<Entity_> implements VariableListener<TrainingPlan, Entity_> {

    /** Recomputes the shadow variables, telling the score director about each one that changes. */
    abstract void update(ScoreDirector<TrainingPlan> scoreDirector);

    @Override
    public void beforeVariableChanged(ScoreDirector<TrainingPlan> scoreDirector, Entity_ entity) {
    }

    @Override
    public void afterVariableChanged(ScoreDirector<TrainingPlan> scoreDirector, Entity_ entity) {
        update(scoreDirector);
    }

    @Override
    public void beforeEntityAdded(ScoreDirector<TrainingPlan> scoreDirector, Entity_ entity) {
    }

    @Override
    public void afterEntityAdded(ScoreDirector<TrainingPlan> scoreDirector, Entity_ entity) {
        update(scoreDirector);
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<TrainingPlan> scoreDirector, Entity_ entity) {
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<TrainingPlan> scoreDirector, Entity_ entity) {
        update(scoreDirector);
    }
}
