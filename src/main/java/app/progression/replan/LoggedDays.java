package app.progression.replan;

import app.progression.catalog.Catalog;
import app.progression.domain.SessionKind;
import app.progression.plan.PlanDocument;
import app.progression.plan.PlanDocument.DayPlan;
import app.progression.plan.PlanDocument.ExercisePlan;
import app.progression.plan.PlanDocument.Logged;
import app.progression.plan.PlanDocument.SessionPlan;
import app.progression.replan.TrainingLog.Entry;
import app.progression.replan.TrainingLog.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The days of a plan that already happened, as the plan had them and with what the log says of each session: the
 * plan file keeps this, and reading the file back gives the runs as run and the strength sets as done.
 */
public final class LoggedDays {

    private LoggedDays() {
    }

    /** {@code plan} with every day before {@code from} annotated from {@code log}. */
    public static PlanDocument annotated(PlanDocument plan, TrainingLog log, Catalog catalog, LocalDate from) {
        List<DayPlan> days = plan.days().stream()
                .map(day -> day.date().isBefore(from) ? annotate(day, log, catalog) : day)
                .toList();
        return new PlanDocument(plan.athleteId(), plan.athleteName(), plan.startDate(), plan.weeks(), plan.feasible(),
                plan.score(), plan.warnings(), plan.findings(), plan.weekSummaries(), days, plan.madeWith());
    }

    private static DayPlan annotate(DayPlan day, TrainingLog log, Catalog catalog) {
        List<SessionPlan> sessions = new ArrayList<>();
        for (SessionPlan session : day.sessions()) {
            sessions.add(log.session(day.date(), session.kind())
                    .map(entry -> session.withLogged(logged(entry, null))).orElse(session));
        }
        // Runs and strength the log adds that the day did not plan (a run on a rest day, say).
        for (SessionKind kind : List.of(SessionKind.EASY_RUN, SessionKind.STRENGTH)) {
            boolean planned = day.sessions().stream().anyMatch(session -> session.kind() == kind);
            log.session(day.date(), kind).filter(entry -> !planned && entry.status() != Status.MISSED
                    && (kind == SessionKind.STRENGTH || Objects.requireNonNullElse(entry.minutes(), 0) > 0))
                    .ifPresent(entry -> sessions.add(new SessionPlan(kind, Objects.requireNonNullElse(
                            entry.minutes(), 0), null, null, null, exercises(entry, catalog), logged(entry, true))));
        }
        sessions.sort(Comparator.comparing(SessionPlan::kind));
        return new DayPlan(day.date(), day.week(), day.dayOfWeek(), day.availableMinutes(), sessions, day.locked());
    }

    private static Logged logged(Entry entry, Boolean unplanned) {
        return new Logged(entry.status().name(), entry.minutes(), entry.pain(),
                entry.exercises().isEmpty() ? null : entry.exercises(), unplanned);
    }

    private static List<ExercisePlan> exercises(Entry entry, Catalog catalog) {
        if (entry.exercises().isEmpty()) {
            return null;
        }
        return entry.exercises().stream().map(done -> new ExercisePlan(done.id(), catalog.get(done.id()).name(),
                catalog.strengthDose().sets(), done.reps(), null, null, null)).toList();
    }
}
