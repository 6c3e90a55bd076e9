package app.progression.oracle;

import app.progression.spec.RunningRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Searches week by week for a sequence of week shapes, remembering of the week before only what the next week
 * depends on: whether its last day holds strength (so the next week's first day cannot), and whether its runs
 * were lengthened enough for the next, cutback, week to drop a run (only needed with 7 runs a week; with fewer,
 * runs at their floor already let a cutback week drop one). Runs are at the shortest length m except in a
 * lengthened week. Every week's strength session takes the minutes the mode gives it.
 *
 * <p>{@link Mode#STRICT} only builds plans that keep every rule (see {@link FeasibilityOracle}): week-1 minutes in
 * every week, a run lengthened by no more than 10% of m (of E in week 1), the weekly 10% rule checked. {@link
 * Mode#RELAXED} allows at least everything a real plan could do: later weeks' strength as short as any set could
 * be (only with coach-full dates, see the oracle), runs lengthened as far as the day allows.
 */
final class ShapeSearch {

    enum Mode { STRICT, RELAXED }

    /** The shapes week by week (index 0 is week 1), or the week where the search ran out and why. */
    record Outcome(List<WeekShape> shapes, String failure) {

        boolean found() {
            return shapes != null;
        }
    }

    private record Step(int previousState, WeekShape shape) {
    }

    private static final int LAST_DAY_STRENGTH = 1;
    private static final int LENGTHENED = 2;
    private static final int STATES = 4;

    private final OracleFacts facts;
    private final Set<LocalDate> coachFullDates;
    private final Mode mode;
    private final Map<WeekShapes.Demand, List<WeekShape>> shapeCache = new HashMap<>();

    ShapeSearch(OracleFacts facts, Set<LocalDate> coachFullDates, Mode mode) {
        this.facts = facts;
        this.coachFullDates = coachFullDates;
        this.mode = mode;
    }

    Outcome run() {
        int weeks = facts.weeks();
        Step[][] steps = new Step[weeks + 1][STATES];
        boolean[] reached = new boolean[STATES];
        reached[0] = true;
        for (int week = 1; week <= weeks; week++) {
            boolean[] next = new boolean[STATES];
            for (int state = 0; state < STATES; state++) {
                if (reached[state]) {
                    extend(week, state, steps[week], next);
                }
            }
            if (!any(next)) {
                return new Outcome(null, new Diagnosis(facts, this).whyStuck(week));
            }
            reached = next;
        }
        for (int state = 0; state < STATES; state++) {
            if (reached[state]) {
                return new Outcome(backtrack(steps, state), null);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private void extend(int week, int state, Step[] into, boolean[] next) {
        for (WeekShapes.Demand demand : demands(week, (state & LENGTHENED) != 0)) {
            for (WeekShape shape : shapes(demand)) {
                if (week > 1 && (state & LAST_DAY_STRENGTH) != 0 && shape.strengthOn(0)) {
                    continue;
                }
                int out = shape.strengthOn(6) ? LAST_DAY_STRENGTH : 0;
                reach(into, next, out, state, shape);
                if (shouldLengthen(week)) {
                    int extra = lengthenedVolume() - shape.runVolume();
                    WeekShapes.lengthened(shape, facts.blockMinutes(), demand, extra, headroom(week))
                            .ifPresent(longer -> reach(into, next, out | LENGTHENED, state, longer));
                }
            }
        }
    }

    private static void reach(Step[] into, boolean[] next, int out, int from, WeekShape shape) {
        if (!next[out]) {
            next[out] = true;
            into[out] = new Step(from, shape);
        }
    }

    /** The week's demands: R runs, or in a cutback week also R-1 when the week before lets it drop one. */
    List<WeekShapes.Demand> demands(int week, boolean afterLengthened) {
        int runs = facts.runs();
        // One run fewer first: a witness then drops a run wherever the spec allows it, which keeps it valid
        // whether "may drop" or "drops" is read.
        List<Integer> runCounts = new ArrayList<>();
        int before = afterLengthened ? lengthenedVolume() : runs * facts.shortestRun();
        if (facts.isCutback(week) && facts.running().mayDropOneRun(before)) {
            runCounts.add(runs - 1);
        }
        runCounts.add(runs);
        List<WeekShapes.Demand> demands = new ArrayList<>();
        for (int count : runCounts) {
            demands.add(new WeekShapes.Demand(facts.strengthSessions(), strengthMinutes(week), count,
                    facts.shortestRun(), facts.warmUpMinutes(), noStrengthDays(week)));
        }
        return demands;
    }

    List<WeekShape> shapes(WeekShapes.Demand demand) {
        return shapeCache.computeIfAbsent(demand, d -> WeekShapes.all(facts.blockMinutes(), d));
    }

    private int strengthMinutes(int week) {
        boolean quickerSetsMatter = mode == Mode.RELAXED && !coachFullDates.isEmpty();
        return quickerSetsMatter && week >= facts.firstWeekOfQuickerSets()
                ? facts.laterStrengthMinutesAtLeast() : facts.openingStrengthMinutes();
    }

    private int noStrengthDays(int week) {
        int mask = 0;
        for (int d = 0; d < 7; d++) {
            if (coachFullDates.contains(facts.date(week, d))) {
                mask |= 1 << d;
            }
        }
        return mask;
    }

    /**
     * Lengthen this week's runs only when it helps: the next week is a cutback week that could not drop a run
     * after runs at the floor, but could after {@link #lengthenedVolume()} minutes within the ceiling (and, in
     * strict mode, within 110% of a reference week of R runs at the floor).
     */
    private boolean shouldLengthen(int week) {
        if (week >= facts.weeks() || facts.isCutback(week) || !facts.isCutback(week + 1)) {
            return false;
        }
        int floorVolume = facts.runs() * facts.shortestRun();
        Optional<Integer> target = lengthenedVolumeIfAny();
        if (facts.running().mayDropOneRun(floorVolume) || target.isEmpty()) {
            return false;
        }
        return target.get() <= facts.running().ceiling()
                && (mode == Mode.RELAXED || RunningRules.withinTenPercent(target.get(), floorVolume));
    }

    private int lengthenedVolume() {
        return lengthenedVolumeIfAny().orElse(Integer.MAX_VALUE);
    }

    /** The least weekly volume after which a cutback week may drop a run, if there is one. */
    private Optional<Integer> lengthenedVolumeIfAny() {
        int runs = facts.runs();
        if (runs < 2) {
            return Optional.empty();
        }
        int volume = ((runs - 1) * facts.shortestRun() * 100 + 84) / 85;
        volume = Math.max(volume, runs * facts.shortestRun());
        return facts.running().mayDropOneRun(volume) ? Optional.of(volume) : Optional.empty();
    }

    /** How much one run may grow past m: 110% of the longest run of the 30 days before, which is at least m. */
    private int headroom(int week) {
        if (mode == Mode.RELAXED) {
            return Integer.MAX_VALUE / 2;
        }
        int longestBefore = week == 1 ? facts.running().easyRunMinutes() : facts.shortestRun();
        return longestBefore * 11 / 10 - facts.shortestRun();
    }

    private static boolean any(boolean[] states) {
        for (boolean state : states) {
            if (state) {
                return true;
            }
        }
        return false;
    }

    private static List<WeekShape> backtrack(Step[][] steps, int finalState) {
        List<WeekShape> shapes = new ArrayList<>();
        int state = finalState;
        for (int week = steps.length - 1; week >= 1; week--) {
            Step step = steps[week][state];
            shapes.add(step.shape());
            state = step.previousState();
        }
        Collections.reverse(shapes);
        return shapes;
    }
}
