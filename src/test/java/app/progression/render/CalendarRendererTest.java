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
    void everyEventCarriesTheStopLineAndHowToDoItsExercises() throws Exception {
        PlanDocument plan = TestPlans.sample(4);
        String ics = ics(plan, LocalTime.of(7, 0), CLOCK);
        AthleteFacing.assertNoScoreOrRuleTalk(ics.replace("\r\n ", ""), plan);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        String about = calendar.getProperty("X-WR-CALDESC").map(Property::getValue).orElseThrow();
        AthleteFacing.assertStopLine(about, text -> text);
        AthleteFacing.assertSampleFindings(about, CATALOG, text -> text);
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        StringBuilder all = new StringBuilder();
        for (VEvent event : events) {
            String description = value(event, Property.DESCRIPTION);
            AthleteFacing.assertStopLine(description, text -> text);
            all.append(description).append('\n');
        }
        // Each exercise's how-to is in the events that hold it, so an event is enough to do the session.
        AthleteFacing.assertHowToOfEveryExercise(all.toString(), plan, CATALOG, text -> text);
        VEvent tuesday = event(events, "sam-20270105-strength@progression");
        for (ExercisePlan exercise : plan.days().get(1).sessions().get(0).exercises()) {
            assertTrue(value(tuesday, Property.DESCRIPTION).contains("- " + exercise.name() + ": "
                    + CATALOG.get(exercise.id()).howTo()), exercise.id());
        }
        // A stretch session names the findings its stretches serve.
        assertTrue(value(event(events, "sam-20270109-flexibility@progression"), Property.DESCRIPTION).contains(
                "For what your self-tests found: Tight hip flexor: left side (Foam-roll the IT band, then kneeling hip "
                        + "flexor stretch); Tight hamstrings (Active hamstring stretch with a strap).\n"));
    }

    @Test
    void newExercisesEasierWeeksAndOneWarmUpADay() throws Exception {
        PlanDocument plan = TestPlans.sample(4);
        List<VEvent> events = events(ics(plan, LocalTime.of(7, 0), CLOCK));
        VEvent fresh = event(events, "sam-20270119-strength@progression");
        assertEquals("Strength (4 exercises, 1 new)", value(fresh, Property.SUMMARY));
        String description = value(fresh, Property.DESCRIPTION);
        assertTrue(description.contains("- Modified low side plank lifts: 3 x 12 per side (new: try a few slow "
                + "repetitions first and skip it if it hurts)\n"), description);
        assertTrue(description.contains("- Modified low side plank lifts: New in week 3: try a few slow repetitions "
                + "first and skip it if it hurts. Lie on your side"), description);
        assertEquals("Strength (4 exercises)", value(event(events, "sam-20270123-strength@progression"),
                Property.SUMMARY), "only the first session with it is marked");

        assertTrue(value(event(events, "sam-20270125-easy-run@progression"), Property.DESCRIPTION)
                .contains("Week 4 of 4 of the plan for Sam, an easier week: less running, strength held at last "
                        + "week's level.\n"));
        assertTrue(value(event(events, "sam-20270118-easy-run@progression"), Property.DESCRIPTION)
                .contains("Week 3 of 4 of the plan for Sam.\n"));

        // Saturday: the run carries the day's one warm-up; strength follows it straight away, without one.
        VEvent run = event(events, "sam-20270109-easy-run@progression");
        VEvent strength = event(events, "sam-20270109-strength@progression");
        assertEquals("2027-01-09T07:00", run.getStartDate().orElseThrow().getDate().toString());
        assertEquals("2027-01-09T07:36", strength.getStartDate().orElseThrow().getDate().toString());
        assertEquals("2027-01-09T07:54", strength.getEndDate().orElseThrow().getDate().toString());
        String strengthText = value(strength, Property.DESCRIPTION);
        assertTrue(strengthText.startsWith("Strength: 18 min, already warm, no second warm-up.\n"), strengthText);
        assertFalse(strengthText.contains("Warm-up:"), strengthText);
    }

    @Test
    void aPlanWrittenBeforeTheNewFieldsStillMakesACalendar() throws Exception {
        PlanDocument plan = TestPlans.legacy(2);
        String ics = ics(plan, LocalTime.of(7, 0), CLOCK);
        List<VEvent> events = events(ics);
        assertEquals(TestPlans.sessionCount(plan), events.size());
        assertFalse(ics.contains("self-tests"));
        assertFalse(ics.contains("new:"));
        for (VEvent event : events) {
            AthleteFacing.assertStopLine(value(event, Property.DESCRIPTION), text -> text);
        }
        VEvent strength = event(events, "sam-20270109-strength@progression");
        assertTrue(value(strength, Property.DESCRIPTION).startsWith("Strength: 18 min, after a 6 min warm-up.\n"));
    }

    private static VEvent event(List<VEvent> events, String uid) {
        return events.stream().filter(e -> value(e, Property.UID).equals(uid)).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + uid));
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
