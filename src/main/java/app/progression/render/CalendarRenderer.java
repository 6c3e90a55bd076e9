package app.progression.render;

import app.progression.catalog.Catalog;
import app.progression.domain.SessionKind;
import app.progression.plan.PlanDocument;
import app.progression.plan.PlanDocument.DayPlan;
import app.progression.plan.PlanDocument.ExercisePlan;
import app.progression.plan.PlanDocument.SessionPlan;
import app.progression.plan.PlanDocuments;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The plan as an iCalendar file (RFC 5545): one event per session.
 *
 * <ul>
 *   <li>Times are <em>floating</em> local times (no time zone): a session at 07:00 stays at 07:00 on the wall
 *   clock wherever the athlete is, and calendars show it in the zone they are set to. No VTIMEZONE is needed.</li>
 *   <li>A day's first session starts at the chosen time; the next ones follow it in the plan's order. An event
 *   lasts the session's warm-up plus its minutes, the time it takes.</li>
 *   <li>UIDs depend only on the athlete, the date and the kind of session (plus a number for a second session of
 *   the same kind that day), so a new version of the plan updates the events it shares with the old one. SEQUENCE
 *   and DTSTAMP grow with the time the file is made, so calendars take the newer file as the newer revision.</li>
 * </ul>
 */
public final class CalendarRenderer {

    public static final String UID_DOMAIN = "progression";
    private static final String PRODUCT = "-//progression//Training plan 0.1.0//EN";
    private static final DateTimeFormatter UID_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    /** SEQUENCE counts minutes from here, so every later export is a later revision and it fits an int for ages. */
    private static final Instant SEQUENCE_EPOCH = Instant.parse("2025-01-01T00:00:00Z");

    private final Clock clock;

    public CalendarRenderer(Clock clock) {
        this.clock = clock;
    }

    public String render(PlanDocument plan, Catalog catalog, LocalTime at) {
        Instant now = clock.instant();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", "Training plan: " + PlanText.athleteName(plan)));
        Notes notes = new Notes(AthleteNotes.findings(plan, catalog), AthleteNotes.names(plan, catalog));
        calendar.add(new XProperty("X-WR-CALDESC", calendarDescription(notes)));
        int sequence = (int) Math.max(0, Math.min(Integer.MAX_VALUE,
                Duration.between(SEQUENCE_EPOCH, now).toMinutes()));
        for (DayPlan day : plan.days()) {
            LocalDateTime start = day.date().atTime(at);
            Map<SessionKind, Integer> seen = new EnumMap<>(SessionKind.class);
            for (SessionPlan session : day.sessions()) {
                int ordinal = seen.merge(session.kind(), 1, Integer::sum);
                LocalDateTime end = start.plusMinutes(Math.max(1, PlanText.totalMinutes(session)));
                VEvent event = new VEvent(start, end, summary(session));
                event.replace(new DtStamp(now));
                event.add(new Uid(uid(plan.athleteId(), day, session.kind(), ordinal)));
                event.add(new Sequence(sequence));
                event.add(new LastModified(now));
                event.add(new Description(description(plan, day, session, catalog, notes)));
                event.add(new Categories("Training," + PlanText.kindLabel(session.kind())));
                calendar.add(event);
                start = end;
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("The calendar does not meet RFC 5545: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /**
     * A stable identifier: {@code <athlete>-<yyyymmdd>-<kind>@progression}, with {@code -2}, {@code -3} for further
     * sessions of the same kind that day. Characters outside letters, digits, '.', '_' and '-' in the athlete id
     * are percent-encoded, so two athletes never share a UID.
     */
    public static String uid(String athleteId, DayPlan day, SessionKind kind, int ordinal) {
        return encode(athleteId) + "-" + UID_DATE.format(day.date()) + "-"
                + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + (ordinal > 1 ? "-" + ordinal : "")
                + "@" + UID_DOMAIN;
    }

    private static String encode(String id) {
        StringBuilder out = new StringBuilder();
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                    || c == '-') {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** What every event's description draws on, worked out once per calendar. */
    private record Notes(List<AthleteNotes.Finding> findings, Map<String, String> names) {
    }

    /** For calendar apps that show a calendar's description: the safety line and the findings. */
    private static String calendarDescription(Notes notes) {
        StringBuilder text = new StringBuilder(AthleteNotes.stopLine());
        for (AthleteNotes.Finding finding : notes.findings()) {
            text.append('\n').append(finding.label()).append(": ").append(finding.servedByText(notes.names()))
                    .append('.');
        }
        return text.toString();
    }

    static String summary(SessionPlan session) {
        long fresh = PlanText.exercises(session).stream().filter(AthleteNotes::isTestFirst).count();
        return switch (session.kind()) {
            case EASY_RUN -> "Easy run " + session.minutes() + " min";
            case STRENGTH -> "Strength (" + PlanText.exercises(session).size() + " exercises"
                    + (fresh > 0 ? ", " + fresh + " new" : "") + ")";
            case FLEXIBILITY -> "Flexibility " + session.minutes() + " min";
            case CROSS_TRAINING -> PlanText.title(session) + " " + session.minutes() + " min";
        };
    }

    /**
     * The event's text, each event readable on its own on a phone: the session and its exercises (new ones
     * marked), which self-test findings its exercises serve, how to do each exercise, the week (and whether it is
     * an easier one), and the safety line.
     */
    static String description(PlanDocument plan, DayPlan day, SessionPlan session, Catalog catalog, Notes notes) {
        StringBuilder text = new StringBuilder();
        text.append(PlanText.title(session)).append(": ").append(session.minutes()).append(" min");
        if (PlanText.warmup(session) > 0) {
            text.append(", after a ").append(PlanText.warmup(session)).append(" min warm-up");
        } else if (PlanText.followsTheWarmUp(day, session)) {
            text.append(", ").append(AthleteNotes.ALREADY_WARM);
        }
        text.append(".\n");
        if (session.kind() == SessionKind.EASY_RUN) {
            text.append("Pace: ").append(session.pace() == null ? PlanDocuments.EASY_PACE : session.pace())
                    .append(".\n");
        }
        for (ExercisePlan exercise : PlanText.exercises(session)) {
            text.append("- ").append(PlanText.name(exercise, catalog)).append(": ")
                    .append(PlanText.plain(PlanText.dose(exercise)))
                    .append(AthleteNotes.isTestFirst(exercise) ? " (" + AthleteNotes.TEST_FIRST + ")" : "")
                    .append('\n');
        }
        List<String> served = AthleteNotes.findingsServedBy(session, notes.findings(), notes.names());
        if (!served.isEmpty()) {
            text.append("For what your self-tests found: ").append(String.join("; ", served)).append(".\n");
        }
        if (PlanText.warmup(session) > 0 && !catalog.warmUp().isEmpty()) {
            text.append("Warm-up: ").append(PlanText.warmUpLine(catalog)).append(".\n");
        }
        if (!PlanText.exercises(session).isEmpty()) {
            text.append("How to:\n");
            for (ExercisePlan exercise : PlanText.exercises(session)) {
                text.append("- ").append(PlanText.name(exercise, catalog)).append(": ")
                        .append(AthleteNotes.isTestFirst(exercise) ? AthleteNotes.newInWeek(day.week()) + " " : "")
                        .append(PlanText.howTo(exercise.id(), catalog)).append('\n');
            }
        }
        text.append("Week ").append(day.week()).append(" of ").append(plan.weeks()).append(" of the plan for ")
                .append(PlanText.athleteName(plan));
        easierWeek(plan, day.week()).ifPresent(note -> text.append(", ").append(note));
        text.append(".\n").append(AthleteNotes.stopLine());
        return text.toString();
    }

    private static Optional<String> easierWeek(PlanDocument plan, int week) {
        return plan.weekSummaries().stream().filter(summary -> summary.week() == week && summary.cutback())
                .findFirst().map(AthleteNotes::easierWeek);
    }
}
