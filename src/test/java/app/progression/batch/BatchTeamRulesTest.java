package app.progression.batch;

import static app.progression.batch.BatchTestSupport.ALL_WEEK;
import static app.progression.batch.BatchTestSupport.assertCapacityKept;
import static app.progression.batch.BatchTestSupport.datesOf;
import static app.progression.batch.BatchTestSupport.plan;
import static app.progression.batch.BatchTestSupport.profile;
import static app.progression.batch.BatchTestSupport.row;
import static app.progression.batch.BatchTestSupport.run;
import static app.progression.batch.BatchTestSupport.team;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.batch.AthleteRow.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared team rules: group-run days (soft, per athlete) and the coach's capacity (kept across the team). */
class BatchTeamRulesTest {

    @TempDir
    Path dir;

    @Test
    void easyRunsGoOnGroupRunDaysWhereAvailabilityAllows() throws Exception {
        Path folder = team(dir, """
                {"startDate": "2027-01-04", "weeks": 2, "groupRunDays": ["TUESDAY", "SATURDAY"]}
                """);
        profile(folder, "ana", ALL_WEEK + ", \"runsPerWeek\": 2, \"easyRunMinutes\": 20");
        // No Tuesday: one of the two weekly runs can be at the group run (Saturday), the other is on one's own.
        profile(folder, "bo", "\"availableMinutes\": {\"MONDAY\": 60, \"WEDNESDAY\": 60, \"THURSDAY\": 60, "
                + "\"SATURDAY\": 60, \"SUNDAY\": 60}, \"runsPerWeek\": 2, \"easyRunMinutes\": 20");
        // No group-run day at all: planned as usual, with a warning.
        profile(folder, "cy", "\"availableMinutes\": {\"MONDAY\": 60, \"WEDNESDAY\": 60, \"FRIDAY\": 60, "
                + "\"SUNDAY\": 60}, \"runsPerWeek\": 2, \"easyRunMinutes\": 20");
        Path out = dir.resolve("plans");

        var result = run(folder, out, false);

        assertTrue(result.allPlanned(), result.rows().toString());
        Set<DayOfWeek> group = Set.of(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY);
        List<LocalDate> anaRuns = datesOf(plan(out, "ana"), "EASY_RUN");
        assertEquals(4, anaRuns.size());
        assertTrue(anaRuns.stream().allMatch(date -> group.contains(date.getDayOfWeek())),
                "ana is free every day, so every run is a group run: " + anaRuns);
        List<LocalDate> boRuns = datesOf(plan(out, "bo"), "EASY_RUN");
        assertEquals(List.of(LocalDate.of(2027, 1, 9), LocalDate.of(2027, 1, 16)),
                boRuns.stream().filter(date -> date.getDayOfWeek() == DayOfWeek.SATURDAY).toList(),
                "bo runs with the group every Saturday: " + boRuns);
        assertTrue(row(result, "cy").warnings().stream().anyMatch(w -> w.contains("any group-run day")),
                row(result, "cy").warnings().toString());
    }

    @Test
    void coachCapacityForcesADayChange() throws Exception {
        // Twins: the same profile gives the same first plan, so the second twin's strength days must move.
        Path folder = team(dir, """
                {"startDate": "2027-01-04", "weeks": 2, "coachCapacityPerDay": 1}
                """);
        String twin = "\"availableMinutes\": {\"MONDAY\": 60, \"THURSDAY\": 60}, \"runsPerWeek\": 0, "
                + "\"strengthSessionsPerWeek\": 1";
        profile(folder, "ana", twin);
        profile(folder, "ben", twin);
        Path out = dir.resolve("plans");

        var result = run(folder, out, false);

        assertTrue(result.allPlanned(), result.rows().toString());
        List<LocalDate> ana = datesOf(plan(out, "ana"), "STRENGTH");
        List<LocalDate> ben = datesOf(plan(out, "ben"), "STRENGTH");
        assertEquals(2, ana.size(), "one strength session a week: " + ana);
        assertEquals(2, ben.size(), "one strength session a week: " + ben);
        List<LocalDate> shared = new ArrayList<>(ana);
        shared.retainAll(ben);
        assertTrue(shared.isEmpty(), "ana " + ana + " and ben " + ben + " share a date with capacity 1");
        assertEquals(0, row(result, "ana").replans(), "the first athlete in id order keeps its first plan");
        assertTrue(row(result, "ben").replans() > 0, "ben had to be planned again");
        assertTrue(plan(out, "ben").path("warnings").toString().contains("coach"), plan(out, "ben").toString());
        assertCapacityKept(out, 1);
        result.coachLoad().values().forEach(load -> assertTrue(load <= 1));
    }

    @Test
    void capacityThatCannotBeMetMakesLaterAthletesInfeasibleWithTheReason() throws Exception {
        Path folder = team(dir, """
                {"startDate": "2027-01-04", "weeks": 2, "coachCapacityPerDay": 1}
                """);
        String mondayOnly = "\"availableMinutes\": {\"MONDAY\": 60}, \"runsPerWeek\": 0, "
                + "\"strengthSessionsPerWeek\": 1";
        profile(folder, "ana", mondayOnly);
        profile(folder, "ben", mondayOnly);
        profile(folder, "cy", ALL_WEEK + ", \"runsPerWeek\": 0, \"strengthSessionsPerWeek\": 1");
        Path out = dir.resolve("plans");

        var result = run(folder, out, false);

        assertEquals(Status.PLANNED, row(result, "ana").status());
        AthleteRow ben = row(result, "ben");
        assertEquals(Status.INFEASIBLE, ben.status());
        assertTrue(ben.reason().contains("coach-capacity") && ben.reason().contains("2027-01-04"), ben.reason());
        assertFalse(Files.exists(out.resolve("ben.json")));
        assertEquals(Status.PLANNED, row(result, "cy").status(), "cy can move off Mondays");
        assertFalse(datesOf(plan(out, "cy"), "STRENGTH").stream()
                .anyMatch(date -> date.getDayOfWeek() == DayOfWeek.MONDAY));
        assertCapacityKept(out, 1);
    }

    @Test
    void aLargerSquadNeverExceedsTheCapacity() throws Exception {
        Path folder = team(dir, """
                {"startDate": "2027-01-04", "weeks": 2, "coachCapacityPerDay": 2,
                 "groupRunDays": ["WEDNESDAY"]}
                """);
        String[] availability = {
                "\"availableMinutes\": {\"MONDAY\": 60, \"WEDNESDAY\": 60, \"FRIDAY\": 60}",
                "\"availableMinutes\": {\"MONDAY\": 60, \"WEDNESDAY\": 60, \"FRIDAY\": 60, \"SUNDAY\": 60}",
                "\"availableMinutes\": {\"TUESDAY\": 60, \"WEDNESDAY\": 60, \"THURSDAY\": 60, \"SATURDAY\": 60}",
                ALL_WEEK};
        for (int i = 0; i < 5; i++) {
            profile(folder, "a" + i, availability[i % availability.length]
                    + ", \"runsPerWeek\": 1, \"strengthSessionsPerWeek\": 2");
        }
        Path out = dir.resolve("plans");

        var result = run(folder, out, false);

        assertCapacityKept(out, 2);
        for (AthleteRow row : result.rows()) {
            assertTrue(row.planned() || row.reason().contains("coach-capacity"), row.toString());
        }
    }
}
