package app.progression.explain;

import app.progression.InvalidInputException;
import app.progression.domain.SessionKind;
import app.progression.plan.PlanDocument;
import app.progression.plan.PlanDocument.DayPlan;
import app.progression.plan.PlanDocument.ExercisePlan;
import app.progression.plan.PlanDocument.SessionPlan;
import app.progression.plan.PlanDocuments;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A coach's hand edit of a plan document: one session moved to another day, written the way the planner writes a
 * day, so the rules judge the move and not its bookkeeping. The day's one warm-up goes before its first run or
 * strength session (on both days), sessions stay in the order done, stretching moved onto a day that already has
 * some joins that session, and the week summaries are counted again. The score is left out: only re-scoring knows it.
 */
public final class SessionMoves {

    private SessionMoves() {
    }

    /** Which session: the day and its position in that day's list (0 first). */
    public record SessionRef(LocalDate date, int index) {
    }

    public static PlanDocument move(PlanDocument plan, SessionRef from, LocalDate to, int warmUpMinutes) {
        DayPlan source = day(plan, from.date(), "from.date");
        DayPlan target = day(plan, to, "to");
        if (from.index() < 0 || from.index() >= source.sessions().size()) {
            throw new InvalidInputException("There is no session " + from.index() + " on " + from.date()
                    + " (it has " + source.sessions().size() + ").");
        }
        if (source.date().equals(target.date())) {
            throw new InvalidInputException("The session is already on " + to + ".");
        }
        SessionPlan moved = source.sessions().get(from.index());
        List<SessionPlan> left = new ArrayList<>(source.sessions());
        left.remove(from.index());
        List<SessionPlan> arrived = new ArrayList<>(target.sessions());
        SessionPlan flexibility = arrived.stream().filter(s -> s.kind() == SessionKind.FLEXIBILITY).findFirst()
                .orElse(null);
        if (moved.kind() == SessionKind.FLEXIBILITY && flexibility != null) {
            arrived.set(arrived.indexOf(flexibility), joined(flexibility, moved));
        } else {
            arrived.add(moved);
        }
        List<DayPlan> days = new ArrayList<>();
        for (DayPlan day : plan.days()) {
            if (day == source) {
                days.add(withSessions(day, left, warmUpMinutes));
            } else if (day == target) {
                days.add(withSessions(day, arrived, warmUpMinutes));
            } else {
                days.add(day);
            }
        }
        return new PlanDocument(plan.athleteId(), plan.athleteName(), plan.startDate(), plan.weeks(), plan.feasible(),
                null, plan.warnings(), plan.findings(),
                plan.weekSummaries().stream().map(summary -> PlanDocuments.counted(summary, days)).toList(), days,
                plan.madeWith());
    }

    private static DayPlan day(PlanDocument plan, LocalDate date, String field) {
        if (date == null) {
            throw new InvalidInputException("'" + field + "' is missing: give a date of the plan (YYYY-MM-DD).");
        }
        return plan.days().stream().filter(day -> day.date().equals(date)).findFirst()
                .orElseThrow(() -> new InvalidInputException("'" + field + "' " + date + " is not a day of this plan ("
                        + plan.startDate() + ", " + plan.weeks() + " weeks)."));
    }

    /** Sessions in the order done; the first run or strength session carries the warm-up, later ones none. */
    private static DayPlan withSessions(DayPlan day, List<SessionPlan> sessions, int warmUpMinutes) {
        List<SessionPlan> ordered = new ArrayList<>(sessions);
        ordered.sort(Comparator.comparing(SessionPlan::kind));
        List<SessionPlan> warmed = new ArrayList<>();
        boolean warmUpDone = false;
        for (SessionPlan session : ordered) {
            if (session.kind().needsWarmUp()) {
                warmed.add(new SessionPlan(session.kind(), session.minutes(), warmUpDone ? 0 : warmUpMinutes,
                        session.pace(), session.activity(), session.exercises(), session.logged()));
                warmUpDone = true;
            } else {
                warmed.add(session);
            }
        }
        return new DayPlan(day.date(), day.week(), day.dayOfWeek(), day.availableMinutes(), List.copyOf(warmed),
                day.locked());
    }

    private static SessionPlan joined(SessionPlan here, SessionPlan moved) {
        List<ExercisePlan> exercises = new ArrayList<>(here.exercises());
        exercises.addAll(moved.exercises());
        return new SessionPlan(SessionKind.FLEXIBILITY, here.minutes() + moved.minutes(), here.warmupMinutes(),
                here.pace(), here.activity(), List.copyOf(exercises), here.logged());
    }
}
