package app.progression.batch;

import app.progression.profile.Profile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Where an athlete's strength sessions can go, a day apart, around the dates the coach is already full. */
final class StrengthDays {

    private StrengthDays() {
    }

    /** The most of {@code indices} (sorted day numbers) that can be chosen with no two on consecutive days. */
    static int spaced(List<Integer> indices) {
        int count = 0;
        int last = Integer.MIN_VALUE;
        for (int index : indices) {
            if (index > last + 1) {
                count++;
                last = index;
            }
        }
        return count;
    }

    /** The dates of {@code fullDates} within the athlete's plan, in order. */
    static List<LocalDate> within(Profile profile, Collection<LocalDate> fullDates) {
        return fullDates.stream()
                .filter(date -> !date.isBefore(profile.startDate()) && !date.isAfter(profile.endDate()))
                .sorted().toList();
    }

    /**
     * Whether the dates the coach is full on leave each week enough available days, a day apart, for the athlete's
     * strength sessions. Necessary, not sufficient: it spares the solver a search that cannot succeed.
     *
     * @return why no plan can fit, or nothing
     */
    static List<String> capacityPrecheck(Profile profile, List<LocalDate> fullHere, Integer capacity) {
        if (fullHere.isEmpty() || profile.strengthSessionsPerWeek() == 0) {
            return List.of();
        }
        int needed = profile.strengthSessionsPerWeek();
        for (int week = 1; week <= profile.weeks(); week++) {
            List<LocalDate> open = new ArrayList<>();
            List<LocalDate> full = new ArrayList<>();
            List<Integer> openIndices = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                LocalDate date = profile.startDate().plusDays((week - 1) * 7L + d);
                if (profile.minutesOn(date.getDayOfWeek()) > 0) {
                    if (fullHere.contains(date)) {
                        full.add(date);
                    } else {
                        open.add(date);
                        openIndices.add(d);
                    }
                }
            }
            int spaced = spaced(openIndices);
            if (spaced < needed) {
                return List.of("coach-capacity: in week " + week + " the coach is already full (capacity "
                        + capacity + ") on " + join(full) + "; the athlete's other available days "
                        + (open.isEmpty() ? "(none)" : join(open)) + " leave room for " + spaced + " strength "
                        + "session(s) a day apart, not " + needed + ".");
            }
        }
        return List.of();
    }

    static String join(Collection<LocalDate> dates) {
        return dates.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
