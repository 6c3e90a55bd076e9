package app.progression.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every way to place one week's strength sessions and runs on the 7-day block so that each day fits: strength
 * minutes plus run minutes plus one warm-up when the day has either. Strength days are never neighbours inside
 * the week (the search checks the week boundary), never on {@code noStrengthDays}, at most one run a day.
 */
final class WeekShapes {

    /** What one week asks for. */
    record Demand(int strengthSessions, int strengthMinutes, int runs, int runMinutes, int warmUp,
            int noStrengthDays) {
    }

    private WeekShapes() {
    }

    static List<WeekShape> all(int[] block, Demand demand) {
        List<WeekShape> shapes = new ArrayList<>();
        for (int strength = 0; strength < 1 << 7; strength++) {
            if (Integer.bitCount(strength) != demand.strengthSessions() || (strength & strength >> 1) != 0
                    || (strength & demand.noStrengthDays()) != 0) {
                continue;
            }
            for (int runs = 0; runs < 1 << 7; runs++) {
                if (Integer.bitCount(runs) == demand.runs() && fits(block, demand, strength, runs)) {
                    int[] minutes = new int[7];
                    for (int d = 0; d < 7; d++) {
                        minutes[d] = (runs & 1 << d) != 0 ? demand.runMinutes() : 0;
                    }
                    shapes.add(new WeekShape(strength, runs, minutes));
                }
            }
        }
        return shapes;
    }

    static int slack(int[] block, Demand demand, int strength, int runs, int day) {
        boolean hasStrength = (strength & 1 << day) != 0;
        boolean hasRun = (runs & 1 << day) != 0;
        int used = (hasStrength ? demand.strengthMinutes() : 0) + (hasRun ? demand.runMinutes() : 0)
                + (hasStrength || hasRun ? demand.warmUp() : 0);
        return block[day] - used;
    }

    private static boolean fits(int[] block, Demand demand, int strength, int runs) {
        for (int d = 0; d < 7; d++) {
            boolean used = ((strength | runs) & 1 << d) != 0;
            if (used && (block[d] == 0 || slack(block, demand, strength, runs, d) < 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The shape with {@code extra} minutes added to its runs, each run growing by at most {@code headroom} and
     * no day past its minutes; empty when the runs cannot absorb that much.
     */
    static Optional<WeekShape> lengthened(WeekShape shape, int[] block, Demand demand, int extra, int headroom) {
        int[] minutes = shape.runMinutes().clone();
        int left = extra;
        for (int d = 0; d < 7 && left > 0; d++) {
            if (shape.runOn(d)) {
                int grow = Math.min(left, Math.min(headroom,
                        slack(block, demand, shape.strengthDays(), shape.runDays(), d)));
                minutes[d] += grow;
                left -= grow;
            }
        }
        return left > 0 ? Optional.empty() : Optional.of(new WeekShape(shape.strengthDays(), shape.runDays(), minutes));
    }
}
