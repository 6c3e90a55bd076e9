package app.progression.check;

import app.progression.catalog.Catalog;
import app.progression.catalog.Exercise;
import app.progression.profile.Profile;
import app.progression.spec.Abilities;
import app.progression.spec.CatalogTiming;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strength sessions as sessions: how many a week, never on the same or neighbouring dates (across weeks too) nor on
 * a date the coach is full, every session of a week doing the week's one set plus the add-ons at 3 sets of 8-12,
 * and minutes that follow from the content (the exercises' seconds added up, then rounded up to minutes).
 * Returns each week's set (exercise id to repetitions) for {@link ProgressionChecks}.
 */
final class StrengthChecks {

    private final Profile profile;
    private final Catalog catalog;
    private final Abilities abilities;
    private final CatalogTiming timing;
    private final Violations violations;

    StrengthChecks(Profile profile, Catalog catalog, Violations violations) {
        this.profile = profile;
        this.catalog = catalog;
        this.abilities = new Abilities(profile, catalog);
        this.timing = new CatalogTiming(catalog);
        this.violations = violations;
    }

    /** Week number to the week's strength set as its first session holds it; weeks without a session are absent. */
    Map<Integer, Map<String, Integer>> check(ReadPlan plan, Set<LocalDate> coachFullDates) {
        Map<Integer, Map<String, Integer>> sets = new LinkedHashMap<>();
        int expected = abilities.strengthSessionsPerWeek();
        int lastStrengthDay = Integer.MIN_VALUE / 2;
        for (int week = 1; week <= profile.weeks(); week++) {
            int sessions = 0;
            for (ReadPlan.Day day : plan.week(week)) {
                LocalDate date = profile.startDate().plusDays(day.index());
                List<ReadPlan.Session> strength = day.sessions(ReadPlan.STRENGTH);
                if (strength.isEmpty()) {
                    continue;
                }
                violations.expect(strength.size() == 1 && day.index() - lastStrengthDay > 1,
                        "no-strength-on-consecutive-days", date + " has strength on it or on the day before");
                violations.expect(!coachFullDates.contains(date), "coach-capacity", date + ": the coach is full");
                lastStrengthDay = day.index();
                for (ReadPlan.Session session : strength) {
                    sessions++;
                    Map<String, Integer> set = checkSession(date, session);
                    Map<String, Integer> weekSet = sets.putIfAbsent(week, set);
                    violations.expect(weekSet == null || weekSet.equals(set), "strength-set-per-week",
                            date + ": " + set + " differs from the week's first session " + weekSet);
                }
            }
            violations.expect(sessions == expected, "strength-sessions-per-week",
                    "week " + week + " has " + sessions + " strength sessions, not " + expected);
        }
        return sets;
    }

    private Map<String, Integer> checkSession(LocalDate date, ReadPlan.Session session) {
        Map<String, Integer> ladder = new LinkedHashMap<>();
        List<String> addOns = new ArrayList<>();
        int seconds = 0;
        var dose = catalog.strengthDose();
        for (ReadPlan.Exercise planned : session.exercises()) {
            Exercise exercise = catalog.find(planned.id()).orElse(null);
            if (exercise == null) {
                continue;
            }
            violations.expect(exercise.isStrength(), "session-content", date + ": " + planned.id()
                    + " in a strength session");
            violations.expect(planned.sets() == dose.sets() && planned.reps() >= dose.minReps()
                    && planned.reps() <= dose.maxReps(), "strength-dose-in-range", date + ": " + planned.id()
                    + " at " + planned.sets() + "x" + planned.reps());
            seconds += timing.strengthSeconds(exercise, Math.max(planned.sets(), 0), Math.max(planned.reps(), 0));
            if (exercise.addOnFor() != null) {
                addOns.add(exercise.id());
                violations.expect(planned.reps() == exercise.fixedReps(), "session-content",
                        date + ": add-on " + planned.id() + " at " + planned.reps() + " reps, not "
                        + exercise.fixedReps());
            } else {
                violations.expect(ladder.put(planned.id(), planned.reps()) == null, "no-exercise-twice-in-a-set",
                        date + ": " + planned.id() + " twice");
            }
        }
        List<String> expectedAddOns = abilities.addOns().stream().map(Exercise::id).toList();
        violations.expect(addOns.equals(expectedAddOns), "session-content", date + ": add-ons " + addOns
                + ", expected " + expectedAddOns + " (upper-back pain adds what the athlete can do)");
        violations.expect(session.minutes() == CatalogTiming.ceilMinutes(seconds), "session-content",
                date + ": strength of " + session.minutes() + " minutes holds " + seconds + " seconds of work");
        return ladder;
    }
}
