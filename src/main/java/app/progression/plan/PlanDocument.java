package app.progression.plan;

import app.progression.domain.SessionKind;
import app.progression.profile.CrossTraining;
import app.progression.profile.Findings;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** The plan as written to JSON: every date in order, each with its sessions in the order they are done. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanDocument(
        String athleteId,
        String athleteName,
        LocalDate startDate,
        int weeks,
        boolean feasible,
        String score,
        List<String> warnings,
        Findings findings,
        List<WeekSummary> weekSummaries,
        List<DayPlan> days) {

    /** The same plan with {@code more} warnings after its own. */
    public PlanDocument withMoreWarnings(List<String> more) {
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new PlanDocument(athleteId, athleteName, startDate, weeks, feasible, score, List.copyOf(all), findings,
                weekSummaries, days);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DayPlan(LocalDate date, int week, DayOfWeek dayOfWeek, int availableMinutes,
            List<SessionPlan> sessions) {
    }

    /** {@code minutes} is the session itself; its warm-up comes on top. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SessionPlan(SessionKind kind, int minutes, Integer warmupMinutes, String pace,
            CrossTraining activity, List<ExercisePlan> exercises) {
    }

    /** {@code testFirst} marks the first session with an exercise that joined the set after week 1. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExercisePlan(String id, String name, int sets, Integer reps, Integer holdSeconds, Boolean perSide,
            Boolean testFirst) {
    }

    /**
     * The week at a glance: its strength set, its running minutes and how many sessions of each kind; a
     * {@code cutback} week is an easier one (less running, strength held).
     */
    public record WeekSummary(int week, boolean cutback, List<String> strengthSet, int runMinutes,
            int strengthSessions, int runs, int flexibilityDays, int crossTrainingSessions) {
    }
}
