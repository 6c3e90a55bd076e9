package app.progression.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.plan.PlanDocument;
import app.progression.plan.PlanDocument.DayPlan;
import app.progression.plan.PlanDocument.ExercisePlan;
import app.progression.plan.PlanDocument.SessionPlan;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** Writes the calendar, parses it back with ical4j and checks what a calendar app would import. */
class CalendarRendererTest {

    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    private static String ics(PlanDocument plan, LocalTime at, Clock clock) {
        return new CalendarRenderer(clock).render(plan, CATALOG, at);
    }

    private static List<VEvent> events(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        assertEquals("2.0", calendar.getProperty(Property.VERSION).orElseThrow().getValue());
        assertTrue(calendar.getProperty(Property.PRODID).isPresent());
        return calendar.getComponents(VEvent.VEVENT);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow(() -> new AssertionError(property));
    }

    @Test
    void oneEventPerSessionAtTheChosenTimeLastingTheSession() throws Exception {
        PlanDocument plan = TestPlans.sample(3);
        String ics = ics(plan, LocalTime.of(6, 30), CLOCK);
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), "CRLF line endings");
        List<VEvent> events = events(ics);
        assertEquals(TestPlans.sessionCount(plan), events.size());

        List<String> expectedStarts = new ArrayList<>();
        List<Long> expectedMinutes = new ArrayList<>();
        for (DayPlan day : plan.days()) {
            LocalDateTime start = day.date().atTime(6, 30);
            for (SessionPlan session : day.sessions()) {
                long minutes = session.minutes() + (session.warmupMinutes() == null ? 0 : session.warmupMinutes());
                expectedStarts.add(start.toString());
                expectedMinutes.add(minutes);
                start = start.plusMinutes(minutes);
            }
        }
        for (int i = 0; i < events.size(); i++) {
            VEvent event = events.get(i);
            Temporal start = event.getStartDate().orElseThrow().getDate();
            Temporal end = event.getEndDate().orElseThrow().getDate();
            // Floating local time: no zone, no UTC 'Z'.
            assertTrue(start instanceof LocalDateTime, "floating start, not " + start.getClass());
            assertTrue(event.getStartDate().orElseThrow().getParameter("TZID").isEmpty());
            assertEquals(expectedStarts.get(i), start.toString());
            assertEquals(expectedMinutes.get(i), Duration.between(start, end).toMinutes());
        }
        // The first Monday: a 27-minute run after a 6-minute warm-up from 06:30, then the stretches at 06:57.
        assertEquals("2027-01-04T06:30", events.get(0).getStartDate().orElseThrow().getDate().toString());
        assertEquals("2027-01-04T06:57", events.get(1).getStartDate().orElseThrow().getDate().toString());
        assertFalse(ics.contains("VTIMEZONE"));
    }

    @Test
    void descriptionsListTheExercisesWithTheirDose() throws Exception {
        PlanDocument plan = TestPlans.sample(1);
        List<VEvent> events = events(ics(plan, LocalTime.of(7, 0), CLOCK));
        VEvent strength = events.stream().filter(e -> value(e, Property.UID).equals("sam-20270105-strength@progression"))
                .findFirst().orElseThrow();
        String description = value(strength, Property.DESCRIPTION);
        assertTrue(description.startsWith("Strength: 18 min, after a 6 min warm-up.\n"), description);
        for (ExercisePlan exercise : plan.days().get(1).sessions().get(0).exercises()) {
            assertTrue(description.contains("- " + exercise.name() + ": 3 x 8"), description);
        }
        assertTrue(description.contains("Single-leg bridge: 3 x 8 per side"), description);
        assertTrue(description.contains("Warm-up: Marching in place or brisk walk 2 min, Cat-cow 10 reps"),
                description);
        assertEquals("Strength (4 exercises)", value(strength, Property.SUMMARY));

        VEvent run = events.get(0);
        assertEquals("Easy run 21 min", value(run, Property.SUMMARY));
        assertTrue(value(run, Property.DESCRIPTION).contains("Pace: easy, conversational"));
        VEvent stretches = events.get(1);
        assertTrue(value(stretches, Property.DESCRIPTION).contains("- Cat-cow: 10 reps"));
    }

    @Test
    void uidsAreStableAcrossReplansAndDistinctWithin() throws Exception {
        PlanDocument first = TestPlans.sample("sam", "Sam", 2, 0, List.of());
        PlanDocument replanned = TestPlans.sample("sam", "Sam", 2, 2, List.of("new warning"));
        Clock later = Clock.offset(CLOCK, Duration.ofDays(3));
        List<VEvent> before = events(ics(first, LocalTime.of(7, 0), CLOCK));
        List<VEvent> after = events(ics(replanned, LocalTime.of(18, 0), later));

        List<String> uidsBefore = before.stream().map(e -> value(e, Property.UID)).toList();
        List<String> uidsAfter = after.stream().map(e -> value(e, Property.UID)).toList();
        assertEquals(uidsBefore, uidsAfter, "same athlete, dates and kinds: same UIDs");
        assertEquals(uidsBefore.size(), new HashSet<>(uidsBefore).size(), "no two events share a UID");
        assertTrue(uidsBefore.contains("sam-20270104-easy-run@progression"));
        assertTrue(uidsBefore.contains("sam-20270109-flexibility@progression"));
        assertTrue(uidsBefore.contains("sam-20270110-cross-training@progression"));
        // The new version is a later revision of each event, so calendars replace the old one.
        for (int i = 0; i < before.size(); i++) {
            int sequenceBefore = Integer.parseInt(value(before.get(i), Property.SEQUENCE));
            int sequenceAfter = Integer.parseInt(value(after.get(i), Property.SEQUENCE));
            assertTrue(sequenceAfter > sequenceBefore);
            assertNotEquals(value(before.get(i), Property.DTSTAMP), value(after.get(i), Property.DTSTAMP));
        }
        // The content did change.
        assertNotEquals(value(before.get(2), Property.DESCRIPTION), value(after.get(2), Property.DESCRIPTION));
    }

    @Test
    void athletesNeverShareUids() throws Exception {
        Set<String> sam = new HashSet<>();
        events(ics(TestPlans.sample("sam", "Sam", 1, 0, List.of()), LocalTime.NOON, CLOCK))
                .forEach(e -> sam.add(value(e, Property.UID)));
        List<VEvent> other = events(ics(TestPlans.sample("Zoë K/2", "Zoë", 1, 0, List.of()), LocalTime.NOON, CLOCK));
        for (VEvent event : other) {
            String uid = value(event, Property.UID);
            assertFalse(sam.contains(uid), uid);
            assertTrue(uid.startsWith("Zo%C3%AB%20K%2F2-2027"), uid);
        }
    }

    @Test
    void theSameInputGivesTheSameFile() {
        PlanDocument plan = TestPlans.sample(2);
        assertEquals(ics(plan, LocalTime.of(7, 0), CLOCK), ics(plan, LocalTime.of(7, 0), CLOCK));
    }

    @Test
    void aLateStartRunsPastMidnightIntoTheNextDay() throws Exception {
        List<VEvent> events = events(ics(TestPlans.sample(1), LocalTime.of(23, 50), CLOCK));
        VEvent run = events.get(0);
        assertEquals("2027-01-05T00:17", run.getEndDate().orElseThrow().getDate().toString());
    }
}
