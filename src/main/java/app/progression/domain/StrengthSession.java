package app.progression.domain;

import app.progression.catalog.Catalog;
import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/** A strength session doing its week's strength set; the solver picks the day. */
@PlanningEntity
public class StrengthSession implements Session, Remembered {

    @PlanningId
    private String id;
    private Week week;
    /** Time of add-on exercises (wall pull-downs for upper-back pain), done in every session. */
    private int addOnSeconds;
    /** Warm-up minutes a plan file gives this session beyond the day's one warm-up (never in a solved plan). */
    private int extraWarmupMinutes;
    /** The day the plan had for this session before it was made again, or null. */
    private Day previousDay;
    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "strengthDays")
    private Day day;

    /** The week's strength set, which every session of the week does (and takes the time of). */
    private StrengthWeek strengthWeek;

    public StrengthSession() {
    }

    public StrengthSession(Week week, int index, int addOnSeconds) {
        this.id = "strength-w" + week.number() + "-" + index;
        this.week = week;
        this.addOnSeconds = addOnSeconds;
    }

    /** A session doing the set of {@code strengthWeek}, as in the rules' tests. */
    public static StrengthSession of(Week week, int index, Day day, StrengthWeek strengthWeek) {
        StrengthSession session = new StrengthSession(week, index, 0);
        session.day = day;
        session.strengthWeek = strengthWeek;
        return session;
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
        return totalMinutesWith(strengthWeek);
    }

    /** Minutes of this session when the week's set is {@code set}: the set, the add-ons and any extra warm-up. */
    public int totalMinutesWith(StrengthWeek set) {
        return getContentMinutes(set) + extraWarmupMinutes;
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

    public int getAddOnSeconds() {
        return addOnSeconds;
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

    /** Minutes of the week's strength set and this session's add-ons. */
    public int getContentMinutes() {
        return getContentMinutes(strengthWeek);
    }

    private int getContentMinutes(StrengthWeek set) {
        return set == null ? 0 : Catalog.ceilMinutes(set.getSetSeconds() + addOnSeconds);
    }

    public StrengthWeek getStrengthWeek() {
        return strengthWeek;
    }

    void setStrengthWeek(StrengthWeek strengthWeek) {
        this.strengthWeek = strengthWeek;
    }

    public int getDayIndex() {
        return day.index();
    }

    @Override
    public String toString() {
        return "strength on " + day;
    }
}
