package app.progression.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * One date of the plan. {@code index} counts days from the start (0-based) so that "consecutive" and
 * "within 30 days" work across week boundaries; {@code week} is 1-based. A {@code past} day already happened when a
 * plan is made again: what it holds is history, which the rules that judge decisions leave alone.
 */
public record Day(LocalDate date, int index, int week, int availableMinutes, boolean past) {

    public Day(LocalDate date, int index, int week, int availableMinutes) {
        this(date, index, week, availableMinutes, false);
    }

    public DayOfWeek dayOfWeek() {
        return date.getDayOfWeek();
    }

    public boolean isAvailable() {
        return availableMinutes > 0;
    }

    /** Days are compared and hashed often while solving: the index alone tells two days of one plan apart. */
    @Override
    public int hashCode() {
        return index;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Day day && index == day.index && week == day.week
                && availableMinutes == day.availableMinutes && past == day.past && date.equals(day.date);
    }

    @Override
    public String toString() {
        return date + " (" + dayOfWeek() + ")";
    }
}
