package app.progression.domain;

import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;
import org.optaplanner.core.api.domain.variable.ShadowVariable;

/**
 * An easy, conversational-pace run. The solver picks its day and the length to aim for; the length actually
 * planned is the target cut to the run-volume caps (see {@link RunLengths}).
 */
@PlanningEntity
public class Run implements Session, RunRecord {

    @PlanningId
    private String id;
    private Week week;
    private int warmupMinutes;

    @PlanningVariable(valueRangeProviderRefs = "runDays")
    private Day day;

    @PlanningVariable(valueRangeProviderRefs = "runMinutes")
    private Integer targetMinutes;

    @ShadowVariable(variableListenerClass = RunLengthListener.class, sourceVariableName = "day")
    @ShadowVariable(variableListenerClass = RunLengthListener.class, sourceVariableName = "targetMinutes")
    private Integer minutes;

    public Run() {
    }

    public Run(Week week, int index, int warmupMinutes) {
        this.id = "run-w" + week.number() + "-" + index;
        this.week = week;
        this.warmupMinutes = warmupMinutes;
    }

    @ValueRangeProvider(id = "runDays")
    public List<Day> getAvailableDays() {
        return week.availableDays();
    }

    @Override
    public SessionKind getKind() {
        return SessionKind.EASY_RUN;
    }

    @Override
    public boolean isScheduled() {
        return day != null && minutes != null;
    }

    @Override
    public int getTotalMinutes() {
        return warmupMinutes + (minutes == null ? 0 : minutes);
    }

    @Override
    public int getDayIndex() {
        return day.index();
    }

    @Override
    public int getWeekNumber() {
        return week.number();
    }

    @Override
    public int getRunMinutes() {
        return minutes == null ? 0 : minutes;
    }

    public String getId() {
        return id;
    }

    public Week getWeek() {
        return week;
    }

    public int getWarmupMinutes() {
        return warmupMinutes;
    }

    @Override
    public Day getDay() {
        return day;
    }

    public void setDay(Day day) {
        this.day = day;
    }

    public Integer getMinutes() {
        return minutes;
    }

    /** A run of a given length, as in a plan read back from a file: both the target and the planned minutes. */
    public void setMinutes(Integer minutes) {
        this.targetMinutes = minutes;
        this.minutes = minutes;
    }

    public Integer getTargetMinutes() {
        return targetMinutes;
    }

    public void setTargetMinutes(Integer targetMinutes) {
        this.targetMinutes = targetMinutes;
    }

    void setPlannedMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    @Override
    public String toString() {
        return minutes + " min run on " + day;
    }
}
