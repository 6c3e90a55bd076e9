package app.progression.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.catalog.CatalogLoader;
import app.progression.io.Json;
import app.progression.profile.Profile;
import app.progression.profile.ProfileReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spacing strength days a day apart, and the pre-check against the dates the coach is already full on. */
class StrengthDaysTest {

    @Test
    void spacedCountsDaysThatCanBeChosenWithNoTwoInARow() {
        assertEquals(0, StrengthDays.spaced(List.of()));
        assertEquals(4, StrengthDays.spaced(List.of(0, 1, 2, 3, 4, 5, 6)));
        assertEquals(1, StrengthDays.spaced(List.of(2, 3)));
        assertEquals(3, StrengthDays.spaced(List.of(0, 2, 3, 6)));
    }

    @Test
    void thePrecheckNamesTheWeekTheFullDatesAndWhatIsLeft() throws Exception {
        // Monday, Wednesday, Friday; two strength sessions a week; the coach is full on the first Monday.
        Profile profile = ProfileReader.read(Json.MAPPER.readTree("""
                {"athlete": {"id": "kim"}, "startDate": "2027-01-04", "weeks": 2, "strengthSessionsPerWeek": 2,
                 "availableMinutes": {"MONDAY": 60, "WEDNESDAY": 60, "FRIDAY": 60}}
                """), "profile", CatalogLoader.builtIn(), null);
        LocalDate monday = LocalDate.of(2027, 1, 4);
        assertTrue(StrengthDays.capacityPrecheck(profile, List.of(monday), 3).isEmpty(),
                "Wednesday and Friday are two days apart: still room");

        List<String> reasons = StrengthDays.capacityPrecheck(profile, List.of(monday, monday.plusDays(4)), 3);
        assertEquals(List.of("coach-capacity: in week 1 the coach is already full (capacity 3) on 2027-01-04, "
                + "2027-01-08; the athlete's other available days 2027-01-06 leave room for 1 strength session(s) a "
                + "day apart, not 2."), reasons);
        assertEquals(List.of(monday), StrengthDays.within(profile, List.of(monday.plusDays(14), monday,
                monday.minusDays(1))), "only dates inside the plan's two weeks");
    }
}
