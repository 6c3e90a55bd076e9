package app.progression.domain;

import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PiggybackShadowVariable;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/** A strength session doing its week's strength set; the solver picks the day. */
@PlanningEntity
public class StrengthSession implements Session {

    @PlanningId
    private String id;
    private Week week;
    private int warmupMinutes;
    /** Time of add-on exercises (wall pull-downs for upper-back pain), done in every session. */
    private int addOnSeconds;

    @PlanningVariable(valueRangeProviderRefs = "strengthDays")
    private Day day;

    /** Minutes of the week's strength set and add-ons, kept up to date as the set changes. */
    @PiggybackShadowVariable(shadowEntityClass = StrengthSlot.class, shadowVariableName = "exercise")
    private Integer contentMinutes;

    public StrengthSession() {
    }

    public StrengthSession(Week week, int index, int warmupMinutes, int addOnSeconds) {
        this.id = "strength-w" + week.number() + "-" + index;
        this.week = week;
        this.warmupMinutes = warmupMinutes;
        this.addOnSeconds = addOnSeconds;
    }

    @ValueRangeProvider(id = "strengthDays")
    public List<Day> getAvailableDays() {
        return week.availableDays();
    }

    @Override
    public SessionKind getKind() {
        return SessionKind.STRENGTH;
    }

    @Override
    public boolean isScheduled() {
        return day != null;
    }

    @Override
    public int getTotalMinutes() {
        return warmupMinutes + (contentMinutes == null ? 0 : contentMinutes);
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

    public int getAddOnSeconds() {
        return addOnSeconds;
    }

    @Override
    public Day getDay() {
        return day;
    }

    public void setDay(Day day) {
        this.day = day;
    }

    public Integer getContentMinutes() {
        return contentMinutes;
    }

    public void setContentMinutes(Integer contentMinutes) {
        this.contentMinutes = contentMinutes;
    }

    public int getDayIndex() {
        return day.index();
    }

    @Override
    public String toString() {
        return "strength on " + day;
    }
}
