package app.progression.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * One date of the plan. {@code index} counts days from the start (0-based) so that "consecutive" and
 * "within 30 days" work across week boundaries; {@code week} is 1-based.
 */
public record Day(LocalDate date, int index, int week, int availableMinutes) {

    public DayOfWeek dayOfWeek() {
        return date.getDayOfWeek();
    }

    public boolean isAvailable() {
        return availableMinutes > 0;
    }

    @Override
    public String toString() {
        return date + " (" + dayOfWeek() + ")";
    }
}
