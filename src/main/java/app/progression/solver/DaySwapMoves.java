package app.progression.solver;

import app.progression.domain.Run;
import app.progression.domain.StrengthSession;
import app.progression.domain.TrainingPlan;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveListFactory;

/** Every trade of days between a strength session and a run of the same week. */
public class DaySwapMoves implements MoveListFactory<TrainingPlan> {

    @Override
    public List<DaySwapMove> createMoveList(TrainingPlan plan) {
        List<DaySwapMove> moves = new ArrayList<>();
        for (StrengthSession strength : plan.getStrengthSessions()) {
            for (Run run : plan.getRuns()) {
                if (run.getWeek() == strength.getWeek()) {
                    moves.add(new DaySwapMove(strength, run));
                }
            }
        }
        return moves;
    }
}
