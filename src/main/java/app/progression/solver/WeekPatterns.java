package app.progression.solver;

import java.util.ArrayList;
import java.util.List;

/**
 * The ways one 7-day block can hold its strength sessions and runs: which of its days get strength and which a
 * run. Days are numbered 0-6 from the block's first day (the plan's start weekday), as bit masks.
 */
final class WeekPatterns {

    /** One arrangement of a week; bit {@code d} set means block day {@code d} holds that kind of session. */
    record Pattern(int strengthDays, int runDays) {

        boolean strengthOn(int day) {
            return (strengthDays & 1 << day) != 0;
        }

        boolean runOn(int day) {
            return (runDays & 1 << day) != 0;
        }

        /** Whether this week may follow {@code before}: no strength on its first day after strength on the last. */
        boolean canFollow(Pattern before) {
            return !(before.strengthOn(6) && strengthOn(0));
        }
    }

    private WeekPatterns() {
    }

    /**
     * Every pattern with {@code strength} strength days, none two in a row, and {@code runs} run days, on the days
     * {@code allowedForStrength} and {@code allowedForRuns} allow.
     */
    static List<Pattern> all(int strength, int runs, int allowedForStrength, int allowedForRuns) {
        List<Integer> strengthMasks = masks(strength, allowedForStrength, true);
        List<Integer> runMasks = masks(runs, allowedForRuns, false);
        List<Pattern> patterns = new ArrayList<>(strengthMasks.size() * runMasks.size());
        for (int strengthMask : strengthMasks) {
            for (int runMask : runMasks) {
                patterns.add(new Pattern(strengthMask, runMask));
            }
        }
        return patterns;
    }

    private static List<Integer> masks(int count, int allowed, boolean spaced) {
        List<Integer> masks = new ArrayList<>();
        for (int mask = 0; mask < 1 << 7; mask++) {
            if (Integer.bitCount(mask) == count && (mask & ~allowed) == 0 && (!spaced || (mask & mask >> 1) == 0)) {
                masks.add(mask);
            }
        }
        return masks;
    }

    /**
     * Whether every day of the pattern fits: strength and run minutes plus one warm-up on a day with either, within
     * the day's minutes.
     */
    static boolean fits(Pattern pattern, int[] dayMinutes, int strengthMinutes, int runMinutes, int warmup) {
        for (int day = 0; day < 7; day++) {
            boolean strength = pattern.strengthOn(day);
            boolean run = pattern.runOn(day);
            if ((strength || run) && warmup + (strength ? strengthMinutes : 0) + (run ? runMinutes : 0)
                    > dayMinutes[day]) {
                return false;
            }
        }
        return true;
    }
}
