package app.progression.domain;

import java.util.List;

/**
 * A block of seven days from the start date; sessions of a week may only go on its available days. An easier
 * (cutback) week runs less and holds the strength set.
 */
public record Week(int number, List<Day> availableDays, boolean cutback) {

    public Week {
        availableDays = List.copyOf(availableDays);
    }

    /** Day index of the week's first day. */
    public int firstDayIndex() {
        return (number - 1) * 7;
    }

    @Override
    public String toString() {
        return "week " + number;
    }
}
