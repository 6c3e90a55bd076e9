package app.progression.oracle;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Says in words, with the rule it comes from, why the search found no way through a given week. */
final class Diagnosis {

    private final OracleFacts facts;
    private final ShapeSearch search;

    Diagnosis(OracleFacts facts, ShapeSearch search) {
        this.facts = facts;
        this.search = search;
    }

    String whyStuck(int week) {
        List<WeekShapes.Demand> demands = search.demands(week, false);
        WeekShapes.Demand demand = demands.get(demands.size() - 1);
        int[] block = facts.blockMinutes();
        List<String> reasons = new ArrayList<>();
        int available = count(d -> block[d] > 0);
        if (demand.runs() > available) {
            reasons.add("runs-per-week: " + demand.runs() + " runs a week need as many available days (one run a "
                    + "day), but only " + available + " are available (" + days(d -> block[d] > 0) + ")");
        }
        int strengthDays = mostStrengthDays(block, demand.noStrengthDays());
        if (demand.strengthSessions() > strengthDays) {
            reasons.add("no-strength-on-consecutive-days: " + demand.strengthSessions() + " strength sessions a "
                    + "week need days with a day off between them, but the available days allow " + strengthDays);
        }
        int strengthDay = demand.strengthMinutes() + demand.warmUp();
        if (demand.strengthSessions() > 0 && count(d -> block[d] >= strengthDay) == 0) {
            reasons.add("day-fits-available-minutes: a strength session takes " + demand.strengthMinutes()
                    + " minutes plus the " + demand.warmUp() + "-minute warm-up, more than any day has");
        }
        int runDay = demand.runMinutes() + demand.warmUp();
        if (demand.runs() > 0 && count(d -> block[d] >= runDay) < demand.runs()) {
            reasons.add("no-junk-runs / day-fits-available-minutes: a run of at least " + demand.runMinutes()
                    + " minutes plus the " + demand.warmUp() + "-minute warm-up needs " + runDay + " minutes, and "
                    + "only " + count(d -> block[d] >= runDay) + " day(s) have that, for " + demand.runs() + " runs");
        }
        if (reasons.isEmpty()) {
            boolean someShape = demands.stream().anyMatch(d -> !search.shapes(d).isEmpty());
            if (!someShape) {
                reasons.add("day-fits-available-minutes: no week can hold " + demand.strengthSessions()
                        + " strength session(s) of " + demand.strengthMinutes() + " minutes and " + demand.runs()
                        + " run(s) of " + demand.runMinutes() + " minutes, with one " + demand.warmUp()
                        + "-minute warm-up a day, on " + days(d -> block[d] > 0));
            } else {
                reasons.add("no-strength-on-consecutive-days: week " + week + " cannot follow week " + (week - 1)
                        + ": every way to place the strength sessions puts strength on the block's last day ("
                        + dayName(6) + ") in one week and on its first day (" + dayName(0) + ") in the next");
            }
        }
        if (demand.noStrengthDays() != 0) {
            reasons.add("coach-capacity: the coach is full on " + days(d -> (demand.noStrengthDays() & 1 << d) != 0)
                    + " of week " + week);
        }
        return "week " + week + ": " + String.join("; ", reasons);
    }

    /** The most strength days one week can hold with a day off between them, within the week. */
    static int mostStrengthDays(int[] block, int noStrengthDays) {
        int best = 0;
        for (int mask = 0; mask < 1 << 7; mask++) {
            boolean usable = (mask & mask >> 1) == 0 && (mask & noStrengthDays) == 0;
            for (int d = 0; d < 7 && usable; d++) {
                usable = (mask & 1 << d) == 0 || block[d] > 0;
            }
            if (usable) {
                best = Math.max(best, Integer.bitCount(mask));
            }
        }
        return best;
    }

    private interface DayTest {
        boolean holds(int blockDay);
    }

    private static int count(DayTest test) {
        int count = 0;
        for (int d = 0; d < 7; d++) {
            if (test.holds(d)) {
                count++;
            }
        }
        return count;
    }

    private String days(DayTest test) {
        List<String> names = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            if (test.holds(d)) {
                names.add(dayName(d) + " " + facts.blockMinutes()[d] + " min");
            }
        }
        return names.isEmpty() ? "none" : names.stream().collect(Collectors.joining(", "));
    }

    private String dayName(int blockDay) {
        LocalDate date = facts.startDate().plusDays(blockDay);
        DayOfWeek day = date.getDayOfWeek();
        return day.name();
    }
}
