package app.progression.domain;

import java.util.List;

/**
 * A block of seven days from the start date; sessions of a week may only go on its available days. A week may be
 * eased (see {@link Easing}); a {@code past} week holds days that already happened when a plan is made again, and
 * the rules that judge decisions leave it alone.
 */
public record Week(int number, List<Day> availableDays, Easing easing, boolean past) {

    public Week {
        availableDays = List.copyOf(availableDays);
    }

    /** A week of a new plan: eased only if it is a cutback week. */
    public Week(int number, List<Day> availableDays, boolean cutback) {
        this(number, availableDays, cutback ? Easing.CUTBACK : Easing.NONE, false);
    }

    public boolean cutback() {
        return easing == Easing.CUTBACK;
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
