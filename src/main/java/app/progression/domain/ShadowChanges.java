package app.progression.domain;

import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * Where derived values are written: straight into the entities while a problem is built, or through the score
 * director during solving, which must hear of every shadow variable before and after it changes.
 */
interface ShadowChanges {

    void set(Object entity, String variable, Runnable assignment);

    /** Assigns without telling anyone: for building a problem before it is solved. */
    ShadowChanges DIRECT = (entity, variable, assignment) -> assignment.run();

    static ShadowChanges through(ScoreDirector<TrainingPlan> scoreDirector) {
        return (entity, variable, assignment) -> {
            scoreDirector.beforeVariableChanged(entity, variable);
            assignment.run();
            scoreDirector.afterVariableChanged(entity, variable);
        };
    }
}
