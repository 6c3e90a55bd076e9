package app.progression.domain;

import org.optaplanner.core.api.domain.variable.VariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * Keeps each slot's exercise and repetitions, and each week's strength set time, in line with the steps: from the
 * week of the changed step on, until a week comes out as it was.
 */
public class ProgressionListener implements VariableListener<TrainingPlan, StrengthSlot> {

    private Progression progression;
    private TrainingPlan indexed;

    private Progression progression(TrainingPlan plan) {
        if (plan != indexed) {
            progression = new Progression(plan);
            indexed = plan;
        }
        return progression;
    }

    @Override
    public void afterVariableChanged(ScoreDirector<TrainingPlan> scoreDirector, StrengthSlot slot) {
        progression(scoreDirector.getWorkingSolution()).deriveFrom(slot.getWeek(), ShadowChanges.through(scoreDirector),
                false);
    }

    @Override
    public void afterEntityAdded(ScoreDirector<TrainingPlan> scoreDirector, StrengthSlot slot) {
        indexed = null;
        progression(scoreDirector.getWorkingSolution()).deriveFrom(slot.getWeek(), ShadowChanges.through(scoreDirector),
                true);
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<TrainingPlan> scoreDirector, StrengthSlot slot) {
        indexed = null;
    }

    @Override
    public void beforeVariableChanged(ScoreDirector<TrainingPlan> scoreDirector, StrengthSlot slot) {
    }

    @Override
    public void beforeEntityAdded(ScoreDirector<TrainingPlan> scoreDirector, StrengthSlot slot) {
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<TrainingPlan> scoreDirector, StrengthSlot slot) {
    }
}
