package app.progression.profile;

import app.progression.catalog.Equipment;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One athlete's profile with every default filled in. Read it with {@link ProfileReader}. */
public record Profile(
        String athleteId,
        String athleteName,
        LocalDate startDate,
        int weeks,
        Map<DayOfWeek, Integer> availableMinutes,
        int runsPerWeek,
        int easyRunMinutes,
        int strengthSessionsPerWeek,
        Set<String> painful,
        Findings findings,
        Set<Equipment> equipment,
        List<CrossTraining> crossTraining,
        int crossTrainingMinutes,
        boolean trainsOutdoors,
        int maxRepIncreasePerWeek,
        Set<RedFlag> redFlags,
        Map<String, Integer> weights) {

    public Profile {
        availableMinutes = Map.copyOf(availableMinutes);
        painful = Set.copyOf(painful);
        equipment = Set.copyOf(equipment);
        crossTraining = List.copyOf(crossTraining);
        redFlags = Set.copyOf(redFlags);
        weights = Map.copyOf(weights);
    }

    public int minutesOn(DayOfWeek dayOfWeek) {
        return availableMinutes.getOrDefault(dayOfWeek, 0);
    }

    public LocalDate endDate() {
        return startDate.plusDays(weeks * 7L - 1);
    }
}
