package app.progression.plan;

import app.progression.domain.Easing;
import app.progression.domain.SessionKind;
import app.progression.profile.CrossTraining;
import app.progression.profile.Findings;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The plan as written to JSON: every date in order, each with its sessions in the order they are done, and what the
 * plan was made with (weights and catalog), so that it can be explained and re-planned without repeating them.
 */
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
        List<DayPlan> days,
        MadeWith madeWith) {

    public PlanDocument(String athleteId, String athleteName, LocalDate startDate, int weeks, boolean feasible,
            String score, List<String> warnings, Findings findings, List<WeekSummary> weekSummaries,
            List<DayPlan> days) {
        this(athleteId, athleteName, startDate, weeks, feasible, score, warnings, findings, weekSummaries, days, null);
    }

    /**
     * The weights every rule had (rule id to weight), the fingerprint of the catalog the plan was made with
     * ({@code sha256:...} of its content), and, for a plan made again from a log, what the log meant.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MadeWith(Map<String, Integer> weights, String catalog, Replanned replanned) {

        public MadeWith(Map<String, Integer> weights, String catalog) {
            this(weights, catalog, null);
        }
    }

    /**
     * A plan made again: the days before {@code from} are history (their sessions say what the log said of them),
     * and from when each exercise logged as painful counts as painful, which weeks ease after a flare and which
     * repeat the load after a missed week.
     */
    public record Replanned(LocalDate from, Map<String, Integer> painfulFromWeek, List<Integer> flareWeeks,
            List<Integer> repeatWeeks) {

        public Replanned {
            painfulFromWeek = painfulFromWeek == null ? Map.of() : Map.copyOf(painfulFromWeek);
            flareWeeks = flareWeeks == null ? List.of() : List.copyOf(flareWeeks);
            repeatWeeks = repeatWeeks == null ? List.of() : List.copyOf(repeatWeeks);
        }
    }

    /** The same plan with {@code more} warnings after its own. */
    public PlanDocument withMoreWarnings(List<String> more) {
        List<String> all = new ArrayList<>(warnings);
        all.addAll(more);
        return new PlanDocument(athleteId, athleteName, startDate, weeks, feasible, score, List.copyOf(all), findings,
                weekSummaries, days, madeWith);
    }

    /** The same plan with the score re-scoring gave it. */
    public PlanDocument withScore(String newScore, boolean isFeasible) {
        return new PlanDocument(athleteId, athleteName, startDate, weeks, isFeasible, newScore, warnings, findings,
                weekSummaries, days, madeWith);
    }

    public PlanDocument withMadeWith(MadeWith made) {
        return new PlanDocument(athleteId, athleteName, startDate, weeks, feasible, score, warnings, findings,
                weekSummaries, days, made);
    }

    /** A day; {@code locked} when a coach marked it to stay as it is when the plan is made again. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DayPlan(LocalDate date, int week, DayOfWeek dayOfWeek, int availableMinutes,
            List<SessionPlan> sessions, Boolean locked) {

        public DayPlan(LocalDate date, int week, DayOfWeek dayOfWeek, int availableMinutes,
                List<SessionPlan> sessions) {
            this(date, week, dayOfWeek, availableMinutes, sessions, null);
        }

        /** Whether a coach locked the day (named so that JSON sees only {@code locked}). */
        public boolean lockedByCoach() {
            return Boolean.TRUE.equals(locked);
        }
    }

    /**
     * {@code minutes} is the session itself; its warm-up comes on top. {@code logged} is what a training log says
     * of a session that already happened.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SessionPlan(SessionKind kind, int minutes, Integer warmupMinutes, String pace,
            CrossTraining activity, List<ExercisePlan> exercises, Logged logged) {

        public SessionPlan(SessionKind kind, int minutes, Integer warmupMinutes, String pace, CrossTraining activity,
                List<ExercisePlan> exercises) {
            this(kind, minutes, warmupMinutes, pace, activity, exercises, null);
        }

        public SessionPlan withLogged(Logged log) {
            return new SessionPlan(kind, minutes, warmupMinutes, pace, activity, exercises, log);
        }
    }

    /**
     * What happened to a session, as logged: DONE, MISSED or PARTIAL, the minutes and pain when given, and the
     * strength exercises as done; {@code unplanned} for a session the athlete did that the plan did not have.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Logged(String status, Integer minutes, Integer pain, List<LoggedExercise> exercises,
            Boolean unplanned) {

        public boolean addedByAthlete() {
            return Boolean.TRUE.equals(unplanned);
        }

        public boolean missed() {
            return "MISSED".equals(status);
        }
    }

    /** A strength exercise as done: repetitions per set and pain (0 to 10), when given. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LoggedExercise(String id, Integer reps, Integer pain) {
    }

    /** {@code testFirst} marks the first session with an exercise that joined the set after week 1. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExercisePlan(String id, String name, int sets, Integer reps, Integer holdSeconds, Boolean perSide,
            Boolean testFirst) {
    }

    /**
     * The week at a glance: its strength set, its running minutes and how many sessions of each kind. A
     * {@code cutback} week is an easier one; {@code easing} says why (the athlete's rhythm, a flare, a missed week).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WeekSummary(int week, boolean cutback, List<String> strengthSet, int runMinutes,
            int strengthSessions, int runs, int flexibilityDays, int crossTrainingSessions, Easing easing) {

        public WeekSummary(int week, boolean cutback, List<String> strengthSet, int runMinutes, int strengthSessions,
                int runs, int flexibilityDays, int crossTrainingSessions) {
            this(week, cutback, strengthSet, runMinutes, strengthSessions, runs, flexibilityDays,
                    crossTrainingSessions, cutback ? Easing.CUTBACK : null);
        }
    }
}
