package app.progression.replan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.domain.ConstraintWeights;
import app.progression.domain.Easing;
import app.progression.domain.SessionKind;
import app.progression.explain.Explainer;
import app.progression.explain.PlanExplanation;
import app.progression.plan.PlanDocument;
import app.progression.plan.PlanDocument.DayPlan;
import app.progression.plan.PlanDocument.ExercisePlan;
import app.progression.plan.PlanDocument.SessionPlan;
import app.progression.plan.PlanDocument.WeekSummary;
import app.progression.plan.Planner;
import app.progression.plan.Provenance;
import app.progression.profile.Profile;
import app.progression.profile.ProfileReader;
import app.progression.render.CalendarRenderer;
import app.progression.render.PlanFiles;
import app.progression.solver.SolveOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Re-planning the example in problems/replan from its logs: what happened stays, what the log says changes the
 * days after it as the training program asks, and nothing else changes without a reason.
 */
class ReplannerTest {

    private static final Path EXAMPLE = Path.of("problems/replan");
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final Profile PROFILE = ProfileReader.read(EXAMPLE.resolve("profile.json"), CATALOG);
    private static final PlanDocument PLAN = PlanFiles.read(EXAMPLE.resolve("plan.json"));
    private static final ConstraintWeights WEIGHTS = Provenance.weights(PLAN, PROFILE, null);
    private static final Replanner REPLANNER = new Replanner(new SolveOptions(Duration.ofSeconds(2), 7L));

    private static Replanner.Result replan(PlanDocument plan, TrainingLog log, LocalDate from) {
        return REPLANNER.replan(new Replanner.Request(PROFILE, CATALOG, WEIGHTS, plan, "plan.json", log, from));
    }

    private static Replanner.Result replan(String logFile) {
        TrainingLog log = LogReader.read(EXAMPLE.resolve(logFile), CATALOG, PLAN);
        return replan(PLAN, log, Replanner.defaultFrom(PLAN, log));
    }

    private static PlanDocument planned(Replanner.Result result) {
        assertTrue(result.outcome() instanceof Planner.Planned, result.outcome().message());
        return ((Planner.Planned) result.outcome()).document();
    }

    @Test
    void anEmptyLogGivesTheOldPlanBackWithItsCalendarIds() {
        TrainingLog empty = new TrainingLog("jo", List.of());
        LocalDate from = LocalDate.of(2027, 1, 11);
        Replanner.Result result = replan(PLAN, empty, from);
        PlanDocument again = planned(result);

        assertEquals(0, result.report().sessionsChanged(), result.report().text());
        for (int i = 0; i < PLAN.days().size(); i++) {
            assertEquals(PLAN.days().get(i).sessions(), again.days().get(i).sessions(), PLAN.days().get(i).date()
                    + " changed");
        }
        assertEquals(uids(PLAN), uids(again));
    }

    @Test
    void daysBeforeFromStayAsTheyWereWithWhatTheLogSaysOfThem() {
        PlanDocument again = planned(replan("log-flare.json"));
        LocalDate from = LocalDate.of(2027, 1, 10);
        for (int i = 0; i < PLAN.days().size(); i++) {
            DayPlan before = PLAN.days().get(i);
            if (!before.date().isBefore(from)) {
                break;
            }
            DayPlan now = again.days().get(i);
            assertEquals(kindsAndMinutes(before), kindsAndMinutes(now), before.date().toString());
        }
        SessionPlan thursdayRun = session(again, LocalDate.of(2027, 1, 7), SessionKind.EASY_RUN).orElseThrow();
        assertEquals("PARTIAL", thursdayRun.logged().status());
        assertEquals(15, thursdayRun.logged().minutes());
        assertEquals("2027-01-10", again.madeWith().replanned().from().toString());
    }

    @Test
    void anExerciseLoggedWithPainIsReplacedFromTheNextWeekOn() {
        Replanner.Result result = replan("log-painful-exercise.json");
        PlanDocument again = planned(result);
        for (DayPlan day : again.days()) {
            if (day.week() >= 2) {
                session(day, SessionKind.STRENGTH).ifPresent(strength -> assertFalse(ids(strength).contains("beetle"),
                        day.date() + " still plans beetle"));
            }
        }
        assertEquals(4, ids(session(again, LocalDate.of(2027, 1, 12), SessionKind.STRENGTH).orElseThrow()).size(),
                "the set keeps four exercises");
        assertTrue(result.report().causes().get(0).contains("beetle"), result.report().causes().toString());
        assertEquals(List.of(), explained(again).brokenHardRules(), "explain reads the replacement as allowed");
    }

    @Test
    void aFlareEasesTheNextWeeksRunningAndStepsStrengthBack() {
        PlanDocument again = planned(replan("log-flare.json"));
        WeekSummary week2 = again.weekSummaries().get(1);
        assertEquals(Easing.FLARE, week2.easing());
        // Week 1 ran 33 + 15 minutes of its 99: the week after the flare runs 70-80% of that, or its runs are at
        // their shortest (20 min).
        int ranInWeek1 = 48;
        assertTrue(week2.runMinutes() <= ranInWeek1 * 80 / 100 || week2.runMinutes() == week2.runs() * 20,
                "week 2 runs " + week2.runMinutes() + " min in " + week2.runs() + " runs");
        assertTrue(week2.runMinutes() < ranInWeek1, "less than the week of the flare");
        for (ExercisePlan exercise : session(again, LocalDate.of(2027, 1, 12), SessionKind.STRENGTH).orElseThrow()
                .exercises()) {
            assertEquals(8, exercise.reps(), exercise.id() + " steps back to the bottom of the range");
        }
    }

    @Test
    void aMissedWeekRepeatsTheLastCompletedWeeksLoad() {
        PlanDocument again = planned(replan("log-missed-week.json"));
        WeekSummary week3 = again.weekSummaries().get(2);
        assertEquals(Easing.REPEAT, week3.easing());
        int week1 = 33 * 3;
        assertTrue(week3.runMinutes() <= week1, "week 3 runs " + week3.runMinutes() + " min, week 1 ran " + week1);
        List<String> week1Set = ids(session(PLAN, LocalDate.of(2027, 1, 5), SessionKind.STRENGTH).orElseThrow());
        SessionPlan week3Strength = again.days().stream().filter(day -> day.week() == 3)
                .map(day -> session(day, SessionKind.STRENGTH)).flatMap(Optional::stream).findFirst().orElseThrow();
        assertEquals(week1Set, ids(week3Strength), "the set is week 1's again");
        assertTrue(week3Strength.exercises().stream().allMatch(exercise -> exercise.reps() == 8),
                "at week 1's repetitions: week 2's were never done");
        WeekSummary week4 = again.weekSummaries().get(3);
        assertNull(week4.easing(), "the calendar's easier week 4 right after the repeat is a full week");
        assertTrue(week4.runMinutes() >= week3.runMinutes(), "week 4 builds on week 3 again");
    }

    @Test
    void aLockedDayKeepsItsSessionsWhileTheDaysAroundItChange() {
        PlanDocument locked = PlanFiles.read(EXAMPLE.resolve("plan-locked.json"));
        TrainingLog log = LogReader.read(EXAMPLE.resolve("log-painful-exercise.json"), CATALOG, locked);
        Replanner.Result result = replan(locked, log, Replanner.defaultFrom(locked, log));
        PlanDocument again = planned(result);
        LocalDate saturday = LocalDate.of(2027, 1, 16);
        DayPlan before = day(locked, saturday);
        DayPlan after = day(again, saturday);
        assertTrue(after.lockedByCoach());
        assertEquals(kindsAndMinutes(before).stream().filter(kind -> !kind.startsWith("STRENGTH")).toList(),
                kindsAndMinutes(after).stream().filter(kind -> !kind.startsWith("STRENGTH")).toList());
        assertFalse(ids(session(after, SessionKind.STRENGTH).orElseThrow()).contains("beetle"),
                "a locked day's strength set is its week's, which the log changed");
        assertTrue(result.report().lockedDays().contains(saturday));
    }

    @Test
    void aReplannedFileReadsBackWithTheScoreItWasMadeWith() {
        PlanDocument again = planned(replan("log-missed-week.json"));
        PlanExplanation explanation = explained(again);
        assertEquals(again.score(), explanation.score());
        assertTrue(explanation.notes().get(0).contains("made again from a training log"), explanation.notes().get(0));
    }

    @Test
    void aSecondReplanBuildsOnTheFirst() {
        PlanDocument first = planned(replan("log-painful-exercise.json"));
        TrainingLog week2 = new TrainingLog("jo", List.of(new TrainingLog.Entry(LocalDate.of(2027, 1, 11),
                SessionKind.EASY_RUN, TrainingLog.Status.DONE, 30, null, null, null, null)));
        PlanDocument second = planned(replan(first, week2, LocalDate.of(2027, 1, 12)));
        assertEquals(first.madeWith().replanned().painfulFromWeek(), second.madeWith().replanned()
                .painfulFromWeek(), "what the first log taught stays");
        assertEquals(day(first, LocalDate.of(2027, 1, 5)), day(second, LocalDate.of(2027, 1, 5)));
        assertEquals(second.score(), explained(second).score());
    }

    @Test
    void theSameLogAndSeedGiveTheSamePlan() {
        assertEquals(planned(replan("log-flare.json")).days(), planned(replan("log-flare.json")).days());
    }

    private static PlanExplanation explained(PlanDocument plan) {
        return Explainer.explainDocument(PROFILE, CATALOG, Provenance.weights(plan, PROFILE, null), plan);
    }

    private static List<String> uids(PlanDocument plan) {
        List<String> uids = new ArrayList<>();
        for (DayPlan day : plan.days()) {
            for (SessionPlan session : day.sessions()) {
                uids.add(CalendarRenderer.uid(plan.athleteId(), day, session.kind(), 0) + " " + session.minutes());
            }
        }
        return uids;
    }

    private static List<String> kindsAndMinutes(DayPlan day) {
        return day.sessions().stream().map(session -> session.kind() + " " + session.minutes()).toList();
    }

    private static DayPlan day(PlanDocument plan, LocalDate date) {
        return plan.days().stream().filter(day -> day.date().equals(date)).findFirst().orElseThrow();
    }

    private static Optional<SessionPlan> session(PlanDocument plan, LocalDate date, SessionKind kind) {
        return session(day(plan, date), kind);
    }

    private static Optional<SessionPlan> session(DayPlan day, SessionKind kind) {
        return day.sessions().stream().filter(session -> session.kind() == kind).findFirst();
    }

    private static List<String> ids(SessionPlan strength) {
        return Stream.ofNullable(strength.exercises()).flatMap(List::stream).map(ExercisePlan::id).toList();
    }
}
