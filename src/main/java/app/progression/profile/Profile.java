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
        int targetWeeklyRunMinutes,
        int minRunMinutes,
        int cutbackEvery,
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

    /** The shortest run worth its warm-up for this athlete: the profile's minimum, or their easy run if shorter. */
    public int shortestRunMinutes() {
        return Math.min(minRunMinutes, easyRunMinutes);
    }

    /** The running minutes of the week before the plan: runsPerWeek easy runs. */
    public int weekBeforeRunMinutes() {
        return runsPerWeek * easyRunMinutes;
    }

    /** No week runs more than this: the target, or the week before the plan when that was already more. */
    public int weeklyRunCeiling() {
        return Math.max(targetWeeklyRunMinutes, weekBeforeRunMinutes());
    }

    /** Whether week {@code week} (1-based) is an easier week. */
    public boolean isCutbackWeek(int week) {
        return cutbackEvery > 0 && week % cutbackEvery == 0;
    }

    public LocalDate endDate() {
        return startDate.plusDays(weeks * 7L - 1);
    }
}
