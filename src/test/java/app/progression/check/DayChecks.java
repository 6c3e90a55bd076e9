package app.progression.check;

import app.progression.catalog.Catalog;
import app.progression.catalog.Exercise;
import app.progression.catalog.ExerciseKind;
import app.progression.profile.CrossTraining;
import app.progression.profile.Profile;
import app.progression.spec.CatalogTiming;
import java.util.List;

/**
 * Each date on its own: nothing on unavailable days, the day fits its minutes with one warm-up, the warm-up is
 * carried by the first run or strength session, sessions in the order done (run, strength, cross-training,
 * flexibility), one run a day, and each session's content as the catalog and profile define it.
 */
final class DayChecks {

    private static final List<String> ORDER = List.of(ReadPlan.RUN, ReadPlan.STRENGTH, ReadPlan.CROSS_TRAINING,
            ReadPlan.FLEXIBILITY);

    private final Profile profile;
    private final Catalog catalog;
    private final CatalogTiming timing;
    private final Violations violations;

    DayChecks(Profile profile, Catalog catalog, Violations violations) {
        this.profile = profile;
        this.catalog = catalog;
        this.timing = new CatalogTiming(catalog);
        this.violations = violations;
    }

    void check(ReadPlan plan) {
        int warmUp = timing.warmUpMinutes();
        for (ReadPlan.Day day : plan.days()) {
            var date = profile.startDate().plusDays(day.index());
            int available = profile.minutesOn(date.getDayOfWeek());
            if (day.sessions().isEmpty()) {
                continue;
            }
            violations.expect(available > 0, "nothing-on-unavailable-days", date + " has sessions but no time");
            // One warm-up counts even if the plan forgot to write it down (one-warm-up-a-day says so too).
            boolean warmUpDay = !day.sessions(ReadPlan.RUN).isEmpty() || !day.sessions(ReadPlan.STRENGTH).isEmpty();
            int warmUps = Math.max(day.sessions().stream().mapToInt(ReadPlan.Session::warmupMinutes).sum(),
                    warmUpDay ? warmUp : 0);
            int used = day.sessions().stream().mapToInt(ReadPlan.Session::minutes).sum() + warmUps;
            violations.expect(used <= available, "day-fits-available-minutes",
                    date + " takes " + used + " of " + available + " minutes");
            violations.expect(day.sessions(ReadPlan.RUN).size() <= 1, "one-run-a-day", date + " has "
                    + day.sessions(ReadPlan.RUN).size() + " runs");
            checkWarmUpAndOrder(date, day, warmUp);
            day.sessions().forEach(session -> checkContent(date, session));
        }
    }

    private void checkWarmUpAndOrder(java.time.LocalDate date, ReadPlan.Day day, int warmUp) {
        boolean warmedUp = false;
        int lastRank = -1;
        for (ReadPlan.Session session : day.sessions()) {
            int rank = ORDER.indexOf(session.kind());
            violations.expect(rank >= lastRank, "one-warm-up-a-day", date + ": " + session.kind()
                    + " comes after " + ORDER.get(Math.max(lastRank, 0)) + " (order: run, strength, "
                    + "cross-training, flexibility)");
            lastRank = Math.max(rank, lastRank);
            boolean needsWarmUp = session.is(ReadPlan.RUN) || session.is(ReadPlan.STRENGTH);
            int expected = needsWarmUp && !warmedUp ? warmUp : 0;
            violations.expect(session.warmupMinutes() == expected, "one-warm-up-a-day", date + ": "
                    + session.kind() + " has a " + session.warmupMinutes() + "-minute warm-up, not " + expected);
            warmedUp |= needsWarmUp;
        }
    }

    private void checkContent(java.time.LocalDate date, ReadPlan.Session session) {
        violations.expect(session.minutes() > 0, "session-content", date + ": " + session.kind() + " of "
                + session.minutes() + " minutes");
        switch (session.kind()) {
            case ReadPlan.RUN -> violations.expect(session.pace() != null && session.pace().startsWith("easy"),
                    "session-content", date + ": the run is not at an easy pace");
            case ReadPlan.CROSS_TRAINING -> violations.expect(isOwnActivity(session.activity())
                    && session.minutes() == profile.crossTrainingMinutes(), "session-content",
                    date + ": cross-training " + session.activity() + " for " + session.minutes()
                    + " minutes is not the athlete's own activity at their length");
            case ReadPlan.FLEXIBILITY -> checkFlexibility(date, session);
            case ReadPlan.STRENGTH -> {
                // StrengthChecks reads these.
            }
            default -> violations.add("session-content", date + ": unknown session kind " + session.kind());
        }
    }

    private boolean isOwnActivity(String activity) {
        return profile.crossTraining().stream().map(CrossTraining::name).anyMatch(name -> name.equals(activity));
    }

    /** Stretches at their catalog dose; the minutes cover at least the stretches' time. */
    private void checkFlexibility(java.time.LocalDate date, ReadPlan.Session session) {
        violations.expect(!session.exercises().isEmpty(), "session-content", date + ": an empty flexibility session");
        int seconds = 0;
        for (ReadPlan.Exercise planned : session.exercises()) {
            Exercise exercise = catalog.find(planned.id()).orElse(null);
            if (exercise == null) {
                continue;
            }
            violations.expect(exercise.kind() == ExerciseKind.FLEXIBILITY, "session-content",
                    date + ": " + planned.id() + " in a flexibility session");
            violations.expect(planned.sets() == exercise.sets() && planned.reps() == exercise.reps()
                    && planned.holdSeconds() == exercise.holdSeconds(), "session-content",
                    date + ": " + planned.id() + " is not at its catalog dose");
            seconds += timing.itemSeconds(exercise, exercise.sets(), exercise.reps(), exercise.holdSeconds());
        }
        violations.expect(session.minutes() >= CatalogTiming.ceilMinutes(seconds), "session-content",
                date + ": flexibility of " + session.minutes() + " minutes holds " + seconds + " seconds of work");
    }
}
