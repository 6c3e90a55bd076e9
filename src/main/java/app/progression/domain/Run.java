package app.progression.domain;

import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/** An easy, conversational-pace run; the solver picks its day and its length. */
@PlanningEntity
public class Run implements Session, RunRecord {

    @PlanningId
    private String id;
    private Week week;
    private int warmupMinutes;

    @PlanningVariable(valueRangeProviderRefs = "runDays", nullable = true)
    private Day day;

    @PlanningVariable(valueRangeProviderRefs = "runMinutes")
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

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    @Override
    public String toString() {
        return minutes + " min run on " + day;
    }
}
