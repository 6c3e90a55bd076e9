package app.progression.domain;

import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;
import org.optaplanner.core.api.domain.variable.ShadowVariable;

/**
 * An easy, conversational-pace run. The solver picks its day; its length follows from the running model (see
 * {@link RunLengths}): building toward the weekly target within the caps, in the room the day leaves. A run whose
 * length is given (as written in a plan file, or as done) keeps it.
 */
@PlanningEntity
public class Run implements Session, Remembered {

    @PlanningId
    private String id;
    private Week week;
    /** The length as written, or null when the running model decides it. */
    private Integer fixedMinutes;
    /** What the athlete really ran, for a run that already happened; its load counts instead of the plan's. */
    private Integer doneMinutes;
    /** Warm-up minutes a plan file gives this session beyond the day's one warm-up (never in a solved plan). */
    private int extraWarmupMinutes;
    /** The day the plan had for this run before it was made again, or null. */
    private Day previousDay;
    /** The athlete whose plan this is, set with the plan's entities: the rules read the athlete's limits here. */
    private Athlete athlete;
    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "runDays")
    private Day day;

    /** Planned minutes; 0 for a run an easier week leaves out, null while the run has no day. */
    @ShadowVariable(variableListenerClass = RunLengthListener.class, sourceVariableName = "day")
    @ShadowVariable(variableListenerClass = RunLengthListener.class, sourceEntityClass = StrengthSession.class,
            sourceVariableName = "day")
    @ShadowVariable(variableListenerClass = RunLengthListener.class, sourceEntityClass = StrengthWeek.class,
            sourceVariableName = "setSeconds")
    private Integer minutes;

    public Run() {
    }

    public Run(Week week, int index) {
        this.id = "run-w" + week.number() + "-" + index;
        this.week = week;
    }

    /** A run as written or done: on its day, with its length, kept as it is by the solver. */
    public static Run fixed(Week week, int index, Day day, int minutes) {
        Run run = new Run(week, index);
        run.day = day;
        run.fixedMinutes = minutes;
        run.minutes = minutes;
        run.pinned = true;
        return run;
    }

    @ValueRangeProvider(id = "runDays")
    public List<Day> getAvailableDays() {
        return week.availableDays();
    }

    @Override
    public SessionKind getKind() {
        return SessionKind.EASY_RUN;
    }

    /** On a day and with a length: a run an easier week leaves out is not scheduled. */
    @Override
    public boolean isScheduled() {
        return day != null && minutes != null && minutes > 0;
    }

    @Override
    public int getTotalMinutes() {
        return isScheduled() ? minutes + extraWarmupMinutes : 0;
    }

    public String getId() {
        return id;
    }

    public Week getWeek() {
        return week;
    }

    public int getWeekNumber() {
        return week.number();
    }

    public Integer getFixedMinutes() {
        return fixedMinutes;
    }

    public Integer getDoneMinutes() {
        return doneMinutes;
    }

    /** Marks a run that already happened with what the athlete really ran (0 if missed). */
    public void setDoneMinutes(Integer doneMinutes) {
        this.doneMinutes = doneMinutes;
    }

    /** The minutes that count toward the load: what was run, for a run that already happened. */
    int loadMinutes() {
        return doneMinutes != null ? doneMinutes : isScheduled() ? minutes : 0;
    }

    public void setExtraWarmupMinutes(int extraWarmupMinutes) {
        this.extraWarmupMinutes = extraWarmupMinutes;
    }

    public void setPreviousDay(Day previousDay) {
        this.previousDay = previousDay;
    }

    @Override
    public Object previous() {
        return previousDay;
    }

    @Override
    public Object current() {
        return day;
    }

    public Athlete getAthlete() {
        return athlete;
    }

    public void setAthlete(Athlete athlete) {
        this.athlete = athlete;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    @Override
    public Day getDay() {
        return day;
    }

    public void setDay(Day day) {
        this.day = day;
    }

    public int getDayIndex() {
        return day.index();
    }

    public Integer getMinutes() {
        return minutes;
    }

    void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    @Override
    public String toString() {
        return minutes + " min run on " + day;
    }
}
