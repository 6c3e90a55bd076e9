package app.progression.domain;

import app.progression.profile.CrossTraining;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/** Room for one low-impact session on an available day; the solver picks an activity or leaves it empty. */
@PlanningEntity
public class CrossTrainingBlock implements Session, Remembered {

    @PlanningId
    private String id;
    private Day day;
    private int minutes;

    /** The activity the plan had on this day before it was made again (NONE for none), or null. */
    private String previousActivity;
    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "crossTraining", nullable = true)
    private CrossTraining activity;

    public CrossTrainingBlock() {
    }

    public CrossTrainingBlock(Day day, int minutes) {
        this.id = "cross-d" + day.index();
        this.day = day;
        this.minutes = minutes;
    }

    public static CrossTrainingBlock of(Day day, int minutes, CrossTraining activity) {
        CrossTrainingBlock block = new CrossTrainingBlock(day, minutes);
        block.activity = activity;
        return block;
    }

    @Override
    public SessionKind getKind() {
        return SessionKind.CROSS_TRAINING;
    }

    @Override
    public boolean isScheduled() {
        return activity != null;
    }

    @Override
    public int getTotalMinutes() {
        return activity == null ? 0 : minutes;
    }

    public void setPreviousActivity(String previousActivity) {
        this.previousActivity = previousActivity;
    }

    @Override
    public Object previous() {
        return previousActivity;
    }

    @Override
    public Object current() {
        return activity == null ? "" : activity.name();
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

    public int getWeek() {
        return day.week();
    }

    public int getMinutes() {
        return minutes;
    }

    public CrossTraining getActivity() {
        return activity;
    }

    public void setActivity(CrossTraining activity) {
        this.activity = activity;
    }

    @Override
    public String toString() {
        return activity + " on " + day;
    }
}
