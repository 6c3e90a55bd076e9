package app.progression.plan;

import app.progression.domain.SessionKind;
import app.progression.profile.CrossTraining;
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
        List<WeekSummary> weekSummaries,
        List<DayPlan> days) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DayPlan(LocalDate date, int week, DayOfWeek dayOfWeek, int availableMinutes,
            List<SessionPlan> sessions) {
    }

    /** {@code minutes} is the session itself; its warm-up comes on top. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SessionPlan(SessionKind kind, int minutes, Integer warmupMinutes, String pace,
            CrossTraining activity, List<ExercisePlan> exercises) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExercisePlan(String id, String name, int sets, Integer reps, Integer holdSeconds, Boolean perSide) {
    }

    /** The week at a glance: its strength set, its running minutes and how many sessions of each kind. */
    public record WeekSummary(int week, List<String> strengthSet, int runMinutes, int strengthSessions, int runs,
            int flexibilityDays, int crossTrainingSessions) {
    }
}
