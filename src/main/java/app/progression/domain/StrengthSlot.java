package app.progression.domain;

import app.progression.catalog.Exercise;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PiggybackShadowVariable;
import org.optaplanner.core.api.domain.variable.PlanningVariable;
import org.optaplanner.core.api.domain.variable.ShadowVariable;

/**
 * One place in a week's strength set. The solver decides the step; the exercise and repetitions follow from all
 * steps so far (see {@link Progression}), so every move keeps the weeks of a slot consistent with each other. A
 * slot whose content is given (as written in a plan file, or as done) keeps it, and later weeks go on from it.
 */
@PlanningEntity
public class StrengthSlot implements PlannedExercise, Remembered {

    @PlanningId
    private String id;
    private int week;
    private int position;
    private int sets;
    private Exercise fixedExercise;
    private Integer fixedReps;
    /** How the slot's week is eased, and whether it already happened (see {@link Week}). */
    private Easing easing = Easing.NONE;
    private boolean past;
    /** The step the plan had before it was made again, or null. */
    private ProgressionStep previousStep;
    /** The athlete whose plan this is, set with the plan's entities: the rules read the athlete's limits here. */
    private Athlete athlete;
    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "progressionSteps")
    private ProgressionStep step;

    @ShadowVariable(variableListenerClass = ProgressionListener.class, sourceVariableName = "step")
    private Exercise exercise;

    @PiggybackShadowVariable(shadowVariableName = "exercise")
    private Integer reps;

    public StrengthSlot() {
    }

    public StrengthSlot(int week, int position, int sets) {
        this.id = "strength-w" + week + "-p" + position;
        this.week = week;
        this.position = position;
        this.sets = sets;
    }

    /** A slot whose content is given rather than derived, as when a plan file is read back. */
    public static StrengthSlot fixed(int week, int position, Exercise exercise, int sets, int reps) {
        StrengthSlot slot = new StrengthSlot(week, position, sets);
        slot.step = ProgressionStep.HOLD;
        slot.fixedExercise = exercise;
        slot.fixedReps = reps;
        slot.exercise = exercise;
        slot.reps = reps;
        slot.pinned = true;
        return slot;
    }

    /** Takes the easing and history of the slot's week. */
    public void placeIn(Week week) {
        this.easing = week.easing();
        this.past = week.past();
    }

    public String getId() {
        return id;
    }

    public Easing getEasing() {
        return easing;
    }

    @Override
    public boolean isPast() {
        return past;
    }

    @Override
    public int getPlannedWeek() {
        return week;
    }

    @Override
    public Object previous() {
        return previousStep;
    }

    @Override
    public Object current() {
        return step;
    }

    public void setPreviousStep(ProgressionStep previousStep) {
        this.previousStep = previousStep;
    }

    public int getWeek() {
        return week;
    }

    public int getPosition() {
        return position;
    }

    public int getSets() {
        return sets;
    }

    public boolean isFixed() {
        return fixedExercise != null;
    }

    public Exercise getFixedExercise() {
        return fixedExercise;
    }

    public Integer getFixedReps() {
        return fixedReps;
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

    public ProgressionStep getStep() {
        return step;
    }

    public void setStep(ProgressionStep step) {
        this.step = step;
    }

    public Exercise getExercise() {
        return exercise;
    }

    void setExercise(Exercise exercise) {
        this.exercise = exercise;
    }

    public Integer getReps() {
        return reps;
    }

    void setReps(Integer reps) {
        this.reps = reps;
    }

    @Override
    public Exercise getPlannedExercise() {
        return exercise;
    }

    public boolean holdsSameExerciseAs(StrengthSlot other) {
        return exercise.id().equals(other.exercise.id());
    }

    public String getRegion() {
        return exercise == null ? null : exercise.region();
    }

    @Override
    public String toString() {
        return "week " + week + " slot " + (position + 1) + ": " + exercise + " " + sets + "x" + reps;
    }
}
