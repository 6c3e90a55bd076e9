package app.progression.domain;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PiggybackShadowVariable;

/**
 * A week's strength set as the day rules see it: the seconds it takes, kept in line with the steps by
 * {@link Progression}. Every strength session of the week does this set, and reads its minutes from here: a change
 * of the set is then one change per week, not one per session, and the rules about a session's day do not see it.
 */
@PlanningEntity
public class StrengthWeek {

    @PlanningId
    private Integer number;

    @PiggybackShadowVariable(shadowEntityClass = StrengthSlot.class, shadowVariableName = "exercise")
    private Integer setSeconds = 0;

    public StrengthWeek() {
    }

    public StrengthWeek(int number) {
        this.number = number;
    }

    /** A week whose set takes the given time, as in the rules' tests. */
    public static StrengthWeek of(int number, int setSeconds) {
        StrengthWeek week = new StrengthWeek(number);
        week.setSeconds = setSeconds;
        return week;
    }

    public int getNumber() {
        return number;
    }

    public int getSetSeconds() {
        return setSeconds;
    }

    void setSetSeconds(int setSeconds) {
        this.setSeconds = setSeconds;
    }

    @Override
    public String toString() {
        return "strength set of week " + number + ": " + setSeconds + " s";
    }
}
