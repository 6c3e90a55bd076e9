package app.progression.explain;

import app.progression.InvalidInputException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.progression.domain.SessionKind;
import app.progression.plan.PlanDocument;
import app.progression.plan.PlanDocument.DayPlan;
import app.progression.plan.PlanDocument.ExercisePlan;
import app.progression.plan.PlanDocument.SessionPlan;
import app.progression.plan.PlanDocument.WeekSummary;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A moved session is written as the planner writes a day: one warm-up first, sessions in the order done. */
class SessionMovesTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);
    private static final int WARM_UP = 6;

    private static SessionPlan run(Integer warmUp) {
        return new SessionPlan(SessionKind.EASY_RUN, 30, warmUp, "easy", null, null);
    }

    private static SessionPlan strength(Integer warmUp) {
        return new SessionPlan(SessionKind.STRENGTH, 15, warmUp, null, null,
                List.of(new ExercisePlan("superman", "Superman", 3, 8, null, null, null)));
    }

    private static SessionPlan stretch(String id) {
        return new SessionPlan(SessionKind.FLEXIBILITY, 3, null, null, null,
                List.of(new ExercisePlan(id, id, 2, null, 30, true, null)));
    }

    private static PlanDocument plan(List<List<SessionPlan>> days) {
        List<DayPlan> dayPlans = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate date = MONDAY.plusDays(i);
            dayPlans.add(new DayPlan(date, 1, date.getDayOfWeek(), 60, i < days.size() ? days.get(i) : List.of()));
        }
        return new PlanDocument("a", "A", MONDAY, 1, true, "0hard/10soft", List.of(), null,
                List.of(new WeekSummary(1, false, List.of("superman"), 30, 1, 1, 1, 0)), dayPlans);
    }

    @Test
    void theWarmUpFollowsTheFirstWorkoutOnBothDays() {
        // Monday: run (warm-up) then strength; Tuesday: a stretch only.
        PlanDocument before = plan(List.of(List.of(run(WARM_UP), strength(0), stretch("cat-cow")),
                List.of(stretch("supine-twist"))));
        PlanDocument after = SessionMoves.move(before, new SessionMoves.SessionRef(MONDAY, 0), MONDAY.plusDays(1),
                WARM_UP);

        List<SessionPlan> monday = after.days().get(0).sessions();
        assertEquals(SessionKind.STRENGTH, monday.get(0).kind());
        assertEquals(WARM_UP, monday.get(0).warmupMinutes(), "strength now opens Monday, so it carries the warm-up");
        List<SessionPlan> tuesday = after.days().get(1).sessions();
        assertEquals(List.of(SessionKind.EASY_RUN, SessionKind.FLEXIBILITY), tuesday.stream().map(SessionPlan::kind)
                .toList(), "the run goes before stretching");
        assertEquals(WARM_UP, tuesday.get(0).warmupMinutes());
        assertNull(after.score(), "only re-scoring knows the score");
        assertEquals(DayOfWeek.TUESDAY, after.days().get(1).dayOfWeek());
    }

    @Test
    void stretchingMovedOntoADayWithStretchingJoinsThatSession() {
        PlanDocument before = plan(List.of(List.of(stretch("cat-cow")), List.of(stretch("supine-twist"))));
        PlanDocument after = SessionMoves.move(before, new SessionMoves.SessionRef(MONDAY, 0), MONDAY.plusDays(1),
                WARM_UP);
        List<SessionPlan> tuesday = after.days().get(1).sessions();
        assertEquals(1, tuesday.size());
        assertEquals(6, tuesday.get(0).minutes());
        assertEquals(2, tuesday.get(0).exercises().size());
        assertEquals(0, after.weekSummaries().get(0).runs());
        assertEquals(1, after.weekSummaries().get(0).flexibilityDays());
    }

    @Test
    void aMoveThatNamesNoSessionOrNoDayOfThePlanIsRefused() {
        PlanDocument before = plan(List.of(List.of(run(WARM_UP))));
        assertThrows(InvalidInputException.class, () -> SessionMoves.move(before, new SessionMoves.SessionRef(MONDAY, 3),
                MONDAY.plusDays(1), WARM_UP));
        assertThrows(InvalidInputException.class, () -> SessionMoves.move(before, new SessionMoves.SessionRef(MONDAY, 0),
                MONDAY.plusDays(30), WARM_UP));
        assertThrows(InvalidInputException.class, () -> SessionMoves.move(before, new SessionMoves.SessionRef(MONDAY, 0),
                MONDAY, WARM_UP));
    }
}
