package app.progression.domain;

import app.progression.catalog.Exercise;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * Room for one stretch or release on an available day (each day has two). The solver picks the stretch, or
 * leaves the block empty; the filled blocks of a day form its flexibility session.
 */
@PlanningEntity
public class StretchBlock implements Session, PlannedExercise, Remembered {

    @PlanningId
    private String id;
    private Day day;
    private int order;

    /** The stretch the plan had in this block before it was made again ("" for none), or null. */
    private String previousStretch;
    /** The athlete whose plan this is, set with the plan's entities: the rules read the athlete's limits here. */
    private Athlete athlete;
    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "stretches", nullable = true)
    private Stretch stretch;

    public StretchBlock() {
    }

    public StretchBlock(Day day, int order) {
        this.id = "stretch-d" + day.index() + "-" + order;
        this.day = day;
        this.order = order;
    }

    public static StretchBlock of(Day day, int order, Stretch stretch) {
        StretchBlock block = new StretchBlock(day, order);
        block.stretch = stretch;
        return block;
    }

    @Override
    public SessionKind getKind() {
        return SessionKind.FLEXIBILITY;
    }

    @Override
    public boolean isScheduled() {
        return stretch != null;
    }

    @Override
    public int getTotalMinutes() {
        return stretch == null ? 0 : stretch.minutes();
    }

    @Override
    public Exercise getPlannedExercise() {
        return stretch == null ? null : stretch.exercise();
    }

    public void setPreviousStretch(String previousStretch) {
        this.previousStretch = previousStretch;
    }

    @Override
    public Object previous() {
        return previousStretch;
    }

    @Override
    public Object current() {
        return stretch == null ? "" : stretch.id();
    }

    @Override
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

    public String getId() {
        return id;
    }

    @Override
    public Day getDay() {
        return day;
    }

    /** Where the block is in the plan: day by day, and its order within the day. */
    public int getPlace() {
        return day.index() * 8 + order;
    }

    public int getOrder() {
        return order;
    }

    public int getWeek() {
        return day.week();
    }

    @Override
    public int getPlannedWeek() {
        return day.week();
    }

    @Override
    public boolean isPast() {
        return day.past();
    }

    public Stretch getStretch() {
        return stretch;
    }

    public void setStretch(Stretch stretch) {
        this.stretch = stretch;
    }

    @Override
    public String toString() {
        return stretch + " on " + day;
    }
}
