package app.progression.plan;

import app.progression.catalog.Catalog;
import app.progression.catalog.Exercise;
import app.progression.profile.Profile;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a plan file against the hard rules of the program, reading only the JSON, the profile and the catalog:
 * nothing of the solver, its model or its score. What it returns is every broken rule, in words.
 */
final class PlanRulesCheck {

    private final Profile profile;
    private final Catalog catalog;
    private final List<String> broken = new ArrayList<>();

    private PlanRulesCheck(Profile profile, Catalog catalog) {
        this.profile = profile;
        this.catalog = catalog;
    }

    static List<String> check(JsonNode plan, Profile profile, Catalog catalog) {
        PlanRulesCheck check = new PlanRulesCheck(profile, catalog);
        check.run(plan);
        return check.broken;
    }

    private void run(JsonNode plan) {
        JsonNode days = plan.get("days");
        expect(days.size() == profile.weeks() * 7, "every date of the plan appears: " + days.size() + " days");
        Map<Integer, List<String>> strengthSets = new LinkedHashMap<>();
        Map<Integer, Map<String, Integer>> reps = new LinkedHashMap<>();
        int[] strengthPerWeek = new int[profile.weeks() + 1];
        int[] runsPerWeek = new int[profile.weeks() + 1];
        int[] runMinutesPerWeek = new int[profile.weeks() + 1];
        runMinutesPerWeek[0] = profile.runsPerWeek() * profile.easyRunMinutes();
        Map<Integer, Integer> runByDay = new HashMap<>();
        for (int k = 0; k < profile.runsPerWeek(); k++) {
            runByDay.put(-1 - k * 7 / profile.runsPerWeek(), profile.easyRunMinutes());
        }
        int lastStrengthDay = -10;
        for (int index = 0; index < days.size(); index++) {
            JsonNode day = days.get(index);
            int dayIndex = index;
            LocalDate date = LocalDate.parse(day.get("date").asText());
            int week = index / 7 + 1;
            expect(date.equals(profile.startDate().plusDays(index)), "day " + index + " is " + date + " in order");
            expect(day.get("week").asInt() == week, date + " is in week " + week);
            int available = profile.minutesOn(date.getDayOfWeek());
            int used = 0;
            int strengthToday = 0;
            boolean warmedUp = false;
            for (JsonNode session : day.get("sessions")) {
                String kind = session.get("kind").asText();
                int minutes = session.get("minutes").asInt();
                int warmup = session.has("warmupMinutes") ? session.get("warmupMinutes").asInt() : 0;
                used += minutes + warmup;
                expect(minutes > 0, date + " " + kind + " has minutes");
                for (JsonNode exercise : session.path("exercises")) {
                    checkExercise(date, exercise);
                }
                switch (kind) {
                    case "STRENGTH" -> {
                        strengthToday++;
                        strengthPerWeek[week]++;
                        expect(warmedUp != warmup > 0, date + " strength has one warm-up before the day's first workout");
                        warmedUp = true;
                        checkStrengthSession(date, week, session, strengthSets, reps);
                    }
                    case "EASY_RUN" -> {
                        runsPerWeek[week]++;
                        runMinutesPerWeek[week] += minutes;
                        expect(!warmedUp && warmup > 0, date + " the run comes first, after the day's warm-up");
                        warmedUp = true;
                        expect(session.path("pace").asText().startsWith("easy"), date + " run is easy");
                        int weekStart = (week - 1) * 7;
                        int longest = runByDay.entrySet().stream()
                                .filter(e -> e.getKey() < weekStart && e.getKey() >= weekStart - 30)
                                .mapToInt(Map.Entry::getValue).max().orElse(profile.easyRunMinutes());
                        expect(minutes * 10 <= longest * 11L, date + " run of " + minutes + " min is at most 110% "
                                + "of the longest of the 30 days before its week (" + longest + ")");
                        expect(minutes >= profile.shortestRunMinutes(), date + " run is not shorter than "
                                + profile.shortestRunMinutes());
                        expect(!runByDay.containsKey(index), date + " has one run");
                        runByDay.put(index, minutes);
                    }
                    case "FLEXIBILITY", "CROSS_TRAINING" -> {
                    }
                    default -> broken.add(date + ": unknown session kind " + kind);
                }
                if (kind.equals("CROSS_TRAINING")) {
                    expect(profile.crossTraining().toString().contains(session.get("activity").asText()),
                            date + " cross-training is from the athlete's list");
                }
            }
            if (!day.get("sessions").isEmpty()) {
                expect(available > 0, date + " is available");
                expect(used <= available, date + " fits: " + used + " of " + available + " minutes");
            }
            if (strengthToday > 0) {
                expect(strengthToday == 1 && index - lastStrengthDay > 1,
                        date + " strength is not on the day after strength");
                lastStrengthDay = index;
            }
        }
        for (int week = 1; week <= profile.weeks(); week++) {
            if (!strengthSets.isEmpty()) {
                expect(strengthPerWeek[week] == profile.strengthSessionsPerWeek(),
                        "week " + week + " has " + profile.strengthSessionsPerWeek() + " strength sessions");
            }
            boolean cutback = profile.isCutbackWeek(week);
            expect(runsPerWeek[week] == profile.runsPerWeek() || cutback && runsPerWeek[week] == profile.runsPerWeek()
                    - 1, "week " + week + " has " + profile.runsPerWeek() + " runs, not " + runsPerWeek[week]);
            int reference = week >= 2 && profile.isCutbackWeek(week - 1) ? runMinutesPerWeek[week - 2]
                    : runMinutesPerWeek[week - 1];
            expect(runMinutesPerWeek[week] * 10 <= reference * 11L, "week " + week + " runs "
                    + runMinutesPerWeek[week] + " min, at most 110% of " + reference);
            expect(runMinutesPerWeek[week] <= profile.weeklyRunCeiling(), "week " + week + " stays under the ceiling");
        }
        checkProgression(strengthSets, reps);
    }

    private void checkExercise(LocalDate date, JsonNode planned) {
        String id = planned.get("id").asText();
        Exercise exercise = catalog.find(id).orElse(null);
        if (exercise == null) {
            broken.add(date + ": unknown exercise " + id);
            return;
        }
        expect(!profile.painful().contains(id), date + ": painful " + id + " is never planned");
        expect(profile.equipment().containsAll(exercise.equipment()), date + ": " + id + " needs equipment");
        expect(!(exercise.outdoorOnly() && !profile.trainsOutdoors()), date + ": outdoor-only " + id + " indoors");
        expect(!(exercise.replacedOutdoorsBy() != null && profile.trainsOutdoors()),
                date + ": " + id + " is replaced outdoors");
        expect(exercise.perSide() == planned.path("perSide").asBoolean(false),
                date + ": " + id + " per side as in the catalog");
    }

    private void checkStrengthSession(LocalDate date, int week, JsonNode session,
            Map<Integer, List<String>> sets, Map<Integer, Map<String, Integer>> reps) {
        List<String> ladder = new ArrayList<>();
        Map<String, Integer> weekReps = new HashMap<>();
        boolean pullDowns = false;
        int seconds = 0;
        for (JsonNode planned : session.get("exercises")) {
            Exercise exercise = catalog.get(planned.get("id").asText());
            int sets2 = planned.get("sets").asInt();
            int repetitions = planned.get("reps").asInt();
            expect(sets2 == 3 && repetitions >= 8 && repetitions <= 12,
                    date + ": " + exercise.id() + " is 3 sets of 8-12, not " + sets2 + "x" + repetitions);
            seconds += catalog.strengthSeconds(exercise, sets2, repetitions);
            if (exercise.addOnFor() != null) {
                pullDowns = true;
            } else {
                ladder.add(exercise.id());
                weekReps.put(exercise.id(), repetitions);
            }
        }
        expect(pullDowns == profile.findings().upperBackPain(), date + ": wall pull-downs iff upper-back pain");
        expect(session.get("minutes").asInt() == (seconds + 59) / 60,
                date + ": strength minutes follow from the content");
        List<String> earlier = sets.putIfAbsent(week, ladder);
        expect(earlier == null || new HashSet<>(earlier).equals(new HashSet<>(ladder)),
                "week " + week + ": every strength session does the week's set");
        reps.putIfAbsent(week, weekReps);
        expect(ladder.size() == new HashSet<>(ladder).size(), date + ": no exercise twice in the set");
    }

    private void checkProgression(Map<Integer, List<String>> sets, Map<Integer, Map<String, Integer>> reps) {
        if (sets.isEmpty()) {
            return;
        }
        List<Integer> firstRungs = firstPainFreeRungs();
        List<String> week1 = sets.get(1);
        expect(week1.size() == firstRungs.size(), "week 1 has " + firstRungs.size() + " exercises");
        for (String id : week1) {
            expect(firstRungs.contains(catalog.get(id).rung()), "week 1: " + id + " is on a first pain-free rung");
            expect(reps.get(1).get(id) == 8, "week 1: " + id + " at 8 repetitions");
        }
        for (int week = 2; week <= profile.weeks(); week++) {
            Set<String> before = new HashSet<>(sets.get(week - 1));
            Set<String> after = new HashSet<>(sets.get(week));
            Set<String> left = new HashSet<>(before);
            left.removeAll(after);
            Set<String> joined = new HashSet<>(after);
            joined.removeAll(before);
            expect(left.size() <= 1 && left.size() == joined.size(), "week " + week + ": at most one swap");
            for (String kept : after) {
                if (before.contains(kept)) {
                    int change = reps.get(week).get(kept) - reps.get(week - 1).get(kept);
                    expect(change >= 0 && change <= profile.maxRepIncreasePerWeek(),
                            "week " + week + ": " + kept + " reps build gradually (" + change + ")");
                }
            }
            if (left.size() == 1 && joined.size() == 1) {
                String out = left.iterator().next();
                String in = joined.iterator().next();
                expect(reps.get(week - 1).get(out) == 12, "week " + week + ": " + out + " left after a week at 12");
                expect(reps.get(week).get(in) == 8, "week " + week + ": " + in + " starts at 8");
                expect(catalog.get(in).isHarderThan(catalog.get(out)), "week " + week + ": " + in
                        + " is harder than " + out);
            }
        }
    }

    /** The first four ladder rungs with an exercise the athlete can do, worked out from the catalog alone. */
    private List<Integer> firstPainFreeRungs() {
        List<Integer> rungs = new ArrayList<>();
        for (Exercise exercise : catalog.ladder()) {
            boolean can = !profile.painful().contains(exercise.id())
                    && profile.equipment().containsAll(exercise.equipment())
                    && !(exercise.outdoorOnly() && !profile.trainsOutdoors())
                    && !(exercise.replacedOutdoorsBy() != null && profile.trainsOutdoors());
            if (can && !rungs.contains(exercise.rung()) && rungs.size() < 4) {
                rungs.add(exercise.rung());
            }
        }
        return rungs;
    }

    private void expect(boolean holds, String rule) {
        if (!holds) {
            broken.add(rule);
        }
    }
}
