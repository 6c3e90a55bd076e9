package app.progression.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * What an athlete's plan shares with their team: the weekdays of the group run, and the dates the coach already
 * supervises as many strength sessions as they can. A single athlete's plan has {@link #NONE}.
 */
public record TeamFacts(List<DayOfWeek> groupRunDays, List<LocalDate> fullStrengthDates) {

    public static final TeamFacts NONE = new TeamFacts(List.of(), List.of());

    public TeamFacts {
        groupRunDays = List.copyOf(groupRunDays);
        fullStrengthDates = List.copyOf(fullStrengthDates);
    }
}
