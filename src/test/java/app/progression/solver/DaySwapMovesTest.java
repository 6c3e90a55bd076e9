package app.progression.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.domain.Run;
import app.progression.domain.StrengthSession;
import app.progression.domain.TrainingPlan;
import app.progression.profile.ProfileReader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DaySwapMovesTest {

    private static final Catalog CATALOG = CatalogLoader.builtIn();

    @Test
    void everyStrengthSessionCanTradeDaysWithEveryRunOfItsOwnWeekOnly() {
        // 6 weeks, 2 strength sessions and 3 runs a week: 6 pairs a week.
        TrainingPlan plan = PlanProblem.build(ProfileReader.read(Path.of("problems/heel-pain-no-foam-roller.json"),
                CATALOG), CATALOG, Weights.resolve(Map.of(), Map.of())).plan();
        var moves = new DaySwapMoves().createMoveList(plan);
        assertEquals(6 * 2 * 3, moves.size());
        moves.forEach(move -> {
            var entities = move.getPlanningEntities();
            var strength = (StrengthSession) entities.get(0);
            var run = (Run) entities.get(1);
            assertEquals(strength.getWeek(), run.getWeek());
        });
    }

    @Test
    void aTradeIsDoableOnlyBetweenTwoDifferentDays() {
        TrainingPlan plan = PlanProblem.build(ProfileReader.read(Path.of("problems/heel-pain-no-foam-roller.json"),
                CATALOG), CATALOG, Weights.resolve(Map.of(), Map.of())).plan();
        var strength = plan.getStrengthSessions().get(0);
        var run = plan.getRuns().get(0);
        var move = new DaySwapMove(strength, run);
        assertFalse(move.isMoveDoable(null), "nothing to trade before days are chosen");
        strength.setDay(strength.getAvailableDays().get(0));
        run.setDay(strength.getAvailableDays().get(0));
        assertFalse(move.isMoveDoable(null), "the same day");
        run.setDay(strength.getAvailableDays().get(1));
        assertTrue(move.isMoveDoable(null));
    }
}
