package app.progression.solver;

import app.progression.domain.Run;
import app.progression.domain.StrengthSession;
import app.progression.domain.TrainingPlan;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveListFactory;

/** Every trade of days between a movable strength session and a movable run of the same week. */
public class DaySwapMoves implements MoveListFactory<TrainingPlan> {

    @Override
    public List<DaySwapMove> createMoveList(TrainingPlan plan) {
        List<DaySwapMove> moves = new ArrayList<>();
        for (StrengthSession strength : plan.getStrengthSessions()) {
            for (Run run : plan.getRuns()) {
                if (run.getWeekNumber() == strength.getWeekNumber() && !run.isPinned() && !strength.isPinned()) {
                    moves.add(new DaySwapMove(strength, run));
                }
            }
        }
        return moves;
    }
}
