package app.progression.oracle;

import app.progression.catalog.Catalog;
import app.progression.catalog.Exercise;
import app.progression.profile.Profile;
import app.progression.spec.Abilities;
import app.progression.spec.CatalogTiming;
import app.progression.spec.RunningRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The few numbers that decide feasibility, read from the profile and the catalog: the minutes of each day of the
 * 7-day block (every week has the same, because weeks are 7-day blocks from the start date), the session counts,
 * the shortest run, the warm-up, and the shortest possible strength session of week 1 and of any later week.
 */
record OracleFacts(
        LocalDate startDate,
        int weeks,
        int[] blockMinutes,
        int strengthSessions,
        int runs,
        RunningRules running,
        int warmUpMinutes,
        int openingStrengthMinutes,
        int laterStrengthMinutesAtLeast,
        List<Exercise> openingSet,
        List<Exercise> addOns,
        int firstWeekOfQuickerSets) {

    static OracleFacts of(Profile profile, Catalog catalog) {
        Abilities abilities = new Abilities(profile, catalog);
        CatalogTiming timing = new CatalogTiming(catalog);
        int sets = catalog.strengthDose().sets();
        int lowestReps = catalog.strengthDose().minReps();
        int[] block = new int[7];
        for (int d = 0; d < 7; d++) {
            block[d] = profile.minutesOn(profile.startDate().plusDays(d).getDayOfWeek());
        }
        List<Exercise> addOns = abilities.addOns();
        int addOnSeconds = addOns.stream().mapToInt(e -> timing.strengthSeconds(e, sets, e.fixedReps())).sum();

        // Week 1: one entry per starting rung, either variant; the quickest one gives the shortest session.
        List<Exercise> opening = new ArrayList<>();
        for (int rung : abilities.startingRungs()) {
            opening.add(abilities.doableOnRung(rung).stream()
                    .min(Comparator.comparingInt((Exercise e) -> timing.strengthSeconds(e, sets, lowestReps)))
                    .orElseThrow());
        }
        int openingSeconds = opening.stream().mapToInt(e -> timing.strengthSeconds(e, sets, lowestReps)).sum();

        // Later weeks may swap in quicker exercises of later rungs: no set of that size is quicker than the
        // quickest entries the athlete can do, each at the lowest repetitions.
        int laterSeconds = abilities.doableLadder().stream()
                .mapToInt(e -> timing.strengthSeconds(e, sets, lowestReps)).sorted()
                .limit(opening.size()).sum();
        return new OracleFacts(profile.startDate(), profile.weeks(), block, abilities.strengthSessionsPerWeek(),
                profile.runsPerWeek(), RunningRules.of(profile), timing.warmUpMinutes(),
                CatalogTiming.ceilMinutes(openingSeconds + addOnSeconds),
                CatalogTiming.ceilMinutes(laterSeconds + addOnSeconds), List.copyOf(opening), addOns,
                firstWeekOfQuickerSets(catalog));
    }

    /**
     * A set can only get quicker by a swap, and an exercise leaves only after a week at the top repetitions: week
     * 1 is at the lowest, so week 2 keeps week 1's exercises (at as many repetitions or more) unless the range is
     * a single number.
     */
    private static int firstWeekOfQuickerSets(Catalog catalog) {
        return catalog.strengthDose().maxReps() > catalog.strengthDose().minReps() ? 3 : 2;
    }

    int shortestRun() {
        return running.shortestRun();
    }

    boolean isCutback(int week) {
        return running.isCutback(week);
    }

    LocalDate date(int week, int blockDay) {
        return startDate.plusDays((week - 1) * 7L + blockDay);
    }
}
