package app.progression.domain;

import java.util.List;

/** A block of seven days from the start date; sessions of a week may only go on its available days. */
public final class Week {

    private final int number;
    private final List<Day> availableDays;

    public Week(int number, List<Day> availableDays) {
        this.number = number;
        this.availableDays = List.copyOf(availableDays);
    }

    public int number() {
        return number;
    }

    public List<Day> availableDays() {
        return availableDays;
    }

    @Override
    public String toString() {
        return "week " + number;
    }
}
