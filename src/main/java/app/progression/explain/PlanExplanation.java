package app.progression.explain;

import app.progression.domain.SessionKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Why a plan scores what it scores: the score of every rule (these add up to the plan's score), then week by week
 * and day by day what touched each session. A match that involves two sessions (a run the day after strength) is
 * listed under both, so per-session lines do not add up; the per-rule totals do.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanExplanation(
        String athleteId,
        String athleteName,
        LocalDate startDate,
        int weeks,
        String score,
        long hardScore,
        long softScore,
        boolean feasible,
        List<String> brokenHardRules,
        List<RuleScore> rules,
        List<Effect> planEffects,
        List<WeekExplanation> weekList,
        List<String> notes) {

    /** One rule's part of the score; {@code weight} is the weight used, {@code defaultWeight} the built-in one. */
    public record RuleScore(String id, boolean hard, int weight, int defaultWeight, boolean safety, int matches,
            long hardScore, long softScore, String protects) {
    }

    /** What one rule did to one session (or day, week, strength set): its score and why, in plain words. */
    public record Effect(String rule, long hard, long soft, int matches, List<String> reasons) {
    }

    /** The week's strength set (done in each strength session of the week) and rules about the whole week. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WeekExplanation(int week, List<String> strengthSet, List<Effect> strengthSetEffects,
            List<Effect> weekEffects, List<DayExplanation> days) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DayExplanation(LocalDate date, DayOfWeek dayOfWeek, int availableMinutes, List<Effect> dayEffects,
            List<SessionExplanation> sessions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SessionExplanation(SessionKind kind, String summary, List<Effect> effects) {
    }
}
