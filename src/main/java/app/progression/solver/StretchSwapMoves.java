package app.progression.solver;

import app.progression.domain.StretchBlock;
import app.progression.domain.TrainingPlan;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveListFactory;

/** Every trade of stretches between two movable blocks of the same week on different days. */
public class StretchSwapMoves implements MoveListFactory<TrainingPlan> {

    @Override
    public List<StretchSwapMove> createMoveList(TrainingPlan plan) {
        List<StretchSwapMove> moves = new ArrayList<>();
        List<StretchBlock> blocks = plan.getStretchBlocks().stream().filter(block -> !block.isPinned()).toList();
        // The blocks come week by week, so a week's pairs are neighbours in the list.
        for (int i = 0; i < blocks.size(); i++) {
            for (int j = i + 1; j < blocks.size() && blocks.get(j).getWeek() == blocks.get(i).getWeek(); j++) {
                if (!blocks.get(i).getDay().equals(blocks.get(j).getDay())) {
                    moves.add(new StretchSwapMove(blocks.get(i), blocks.get(j)));
                }
            }
        }
        return moves;
    }
}
