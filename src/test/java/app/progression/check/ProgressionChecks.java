package app.progression.check;

import app.progression.catalog.Catalog;
import app.progression.catalog.Exercise;
import app.progression.profile.Profile;
import app.progression.spec.Abilities;
import app.progression.spec.RunningRules;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The strength set from week to week: week 1 at the first pain-free rungs and 8 repetitions; then at most one swap
 * a week, out only after a week at the top, in at the lowest and harder; kept exercises gain 0 to
 * maxRepIncreasePerWeek; a cutback week holds the week before exactly; an exercise that joins after week 1 is
 * marked testFirst on its first session, and nothing else is.
 */
final class ProgressionChecks {

    private final Profile profile;
    private final Catalog catalog;
    private final Abilities abilities;
    private final Violations violations;

    ProgressionChecks(Profile profile, Catalog catalog, Violations violations) {
        this.profile = profile;
        this.catalog = catalog;
        this.abilities = new Abilities(profile, catalog);
        this.violations = violations;
    }

    void check(ReadPlan plan, Map<Integer, Map<String, Integer>> sets) {
        if (sets.isEmpty()) {
            return;
        }
        checkFirstWeek(sets.get(1));
        RunningRules running = RunningRules.of(profile);
        for (int week = 2; week <= profile.weeks(); week++) {
            Map<String, Integer> before = sets.get(week - 1);
            Map<String, Integer> after = sets.get(week);
            if (before == null || after == null) {
                continue;
            }
            violations.expect(after.size() == before.size(), "no-exercise-twice-in-a-set", "week " + week
                    + " has " + after.size() + " exercises, week " + (week - 1) + " " + before.size());
            if (running.isCutback(week)) {
                violations.expect(after.equals(before), "strength-holds-in-cutback-weeks", "cutback week " + week
                        + " has " + after + ", week " + (week - 1) + " had " + before);
            }
            checkStep(week, before, after);
        }
        checkTestFirst(plan, sets);
    }

    private void checkFirstWeek(Map<String, Integer> week1) {
        if (week1 == null) {
            return;
        }
        List<Integer> rungs = abilities.startingRungs();
        Set<Integer> held = new HashSet<>();
        for (var entry : week1.entrySet()) {
            Exercise exercise = catalog.find(entry.getKey()).orElse(null);
            boolean onStartingRung = exercise != null && exercise.rung() != null && rungs.contains(exercise.rung())
                    && held.add(exercise.rung());
            violations.expect(onStartingRung && entry.getValue() == catalog.strengthDose().minReps(),
                    "first-week-starts-at-first-pain-free-rungs", "week 1: " + entry.getKey() + " x"
                    + entry.getValue() + " is not one of rungs " + rungs + " at the lowest repetitions");
        }
        violations.expect(week1.size() == rungs.size(), "first-week-starts-at-first-pain-free-rungs",
                "week 1 has " + week1.keySet() + " for the first pain-free rungs " + rungs);
    }

    private void checkStep(int week, Map<String, Integer> before, Map<String, Integer> after) {
        Set<String> left = new HashSet<>(before.keySet());
        left.removeAll(after.keySet());
        Set<String> joined = new HashSet<>(after.keySet());
        joined.removeAll(before.keySet());
        violations.expect(left.size() <= 1 && joined.size() <= 1, "one-swap-per-week",
                "week " + week + ": " + left + " out, " + joined + " in");
        for (String kept : after.keySet()) {
            if (before.containsKey(kept)) {
                int change = after.get(kept) - before.get(kept);
                violations.expect(change >= 0 && change <= profile.maxRepIncreasePerWeek(), "reps-build-gradually",
                        "week " + week + ": " + kept + " goes from " + before.get(kept) + " to " + after.get(kept));
            }
        }
        int top = catalog.strengthDose().maxReps();
        for (String out : left) {
            violations.expect(before.get(out) == top, "swap-only-after-week-at-twelve",
                    "week " + week + ": " + out + " leaves at " + before.get(out) + " repetitions");
        }
        for (String in : joined) {
            violations.expect(after.get(in) == catalog.strengthDose().minReps(), "replacement-starts-at-eight",
                    "week " + week + ": " + in + " starts at " + after.get(in));
            for (String out : left) {
                violations.expect(isHarder(in, out), "replacement-is-harder", "week " + week + ": " + in
                        + " is not harder than " + out);
            }
        }
    }

    /** A later rung, or on the same rung the full exercise of the easier variant it replaces. */
    private boolean isHarder(String in, String out) {
        Exercise harder = catalog.find(in).orElse(null);
        Exercise easier = catalog.find(out).orElse(null);
        if (harder == null || easier == null || harder.rung() == null || easier.rung() == null) {
            return false;
        }
        if (!harder.rung().equals(easier.rung())) {
            return harder.rung() > easier.rung();
        }
        return in.equals(easier.easierVariantOf());
    }

    private void checkTestFirst(ReadPlan plan, Map<Integer, Map<String, Integer>> sets) {
        Set<String> seen = new HashSet<>(sets.getOrDefault(1, Map.of()).keySet());
        Set<String> markedThisWeek = new HashSet<>();
        int currentWeek = 0;
        for (ReadPlan.Day day : plan.days()) {
            if (day.weekOfIndex() != currentWeek) {
                currentWeek = day.weekOfIndex();
                markedThisWeek.clear();
            }
            Map<String, Integer> previous = sets.getOrDefault(currentWeek - 1, Map.of());
            for (ReadPlan.Session session : day.sessions(ReadPlan.STRENGTH)) {
                for (ReadPlan.Exercise planned : session.exercises()) {
                    boolean addOn = catalog.find(planned.id()).map(e -> e.addOnFor() != null).orElse(false);
                    boolean firstEver = currentWeek > 1 && !addOn && !seen.contains(planned.id());
                    // An exercise coming back after leaving was tried before: a mark on its first session is
                    // allowed, not required.
                    boolean rejoining = currentWeek > 1 && !addOn && seen.contains(planned.id())
                            && !previous.containsKey(planned.id()) && !markedThisWeek.contains(planned.id());
                    if (firstEver) {
                        violations.expect(planned.testFirst(), "test-first", day.date() + ": " + planned.id()
                                + " is new to the athlete and not marked testFirst");
                    } else if (!rejoining) {
                        violations.expect(!planned.testFirst(), "test-first", day.date() + ": " + planned.id()
                                + " is marked testFirst but is not on its first session in the set");
                    }
                    seen.add(planned.id());
                    markedThisWeek.add(planned.id());
                }
            }
        }
    }
}
