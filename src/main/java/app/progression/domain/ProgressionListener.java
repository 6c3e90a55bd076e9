package app.progression.domain;

import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * Keeps each slot's exercise and repetitions, and each strength session's minutes, in line with the steps.
 * A change in one week can move every later week (and, through "next free rung", other slots), so the whole
 * progression is derived again; it is a few dozen slots.
 */
public class ProgressionListener extends WholePlanListener<StrengthSlot> {

    @Override
    void update(ScoreDirector<TrainingPlan> scoreDirector) {
        TrainingPlan plan = scoreDirector.getWorkingSolution();
        List<Progression.SlotState> states = Progression.derive(plan);
        List<StrengthSlot> slots = plan.getStrengthSlots();
        for (int i = 0; i < states.size(); i++) {
            StrengthSlot slot = slots.get(i);
            Progression.SlotState state = states.get(i);
            if (slot.getExercise() != state.exercise()) {
                scoreDirector.beforeVariableChanged(slot, "exercise");
                slot.setExercise(state.exercise());
                scoreDirector.afterVariableChanged(slot, "exercise");
            }
            if (!Objects.equals(slot.getReps(), state.reps())) {
                scoreDirector.beforeVariableChanged(slot, "reps");
                slot.setReps(state.reps());
                scoreDirector.afterVariableChanged(slot, "reps");
            }
        }
        int[] seconds = Progression.strengthSecondsByWeek(plan);
        for (StrengthSession session : plan.getStrengthSessions()) {
            Integer minutes = Progression.contentMinutes(seconds[session.getWeek().number() - 1], session);
            if (!minutes.equals(session.getContentMinutes())) {
                scoreDirector.beforeVariableChanged(session, "contentMinutes");
                session.setContentMinutes(minutes);
                scoreDirector.afterVariableChanged(session, "contentMinutes");
            }
        }
    }
}
