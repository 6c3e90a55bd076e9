package app.progression.domain;

import java.util.Map;
import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;

/** Re-plans all run lengths when a run moves or changes its target: one run's length caps the later ones. */
public class RunLengthListener extends WholePlanListener<Run> {

    @Override
    void update(ScoreDirector<TrainingPlan> scoreDirector) {
        Map<Run, Integer> minutes = RunLengths.derive(scoreDirector.getWorkingSolution());
        for (Run run : scoreDirector.getWorkingSolution().getRuns()) {
            Integer planned = minutes.get(run);
            if (!Objects.equals(planned, run.getMinutes())) {
                scoreDirector.beforeVariableChanged(run, "minutes");
                run.setPlannedMinutes(planned);
                scoreDirector.afterVariableChanged(run, "minutes");
            }
        }
    }
}
