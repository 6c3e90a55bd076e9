package app.progression.domain;

import java.util.Map;
import java.util.Set;

/**
 * What already happened when a plan is made again, as the model needs it: the first day planned anew (the days
 * before it are history), the days a coach locked, the week from which each exercise logged as painful counts as
 * painful, the weeks eased after a flare, and the weeks that repeat the last completed week's load after a missed
 * one. The solver places nothing on a day that is history or locked: those keep the sessions they had.
 */
public record History(int fromDay, Set<Integer> lockedDays, Map<String, Integer> painfulFromWeek,
        Set<Integer> flareWeeks, Set<Integer> repeatWeeks) {

    /** A new plan: nothing has happened yet. */
    public static final History NONE = new History(0, Set.of(), Map.of(), Set.of(), Set.of());

    public History {
        lockedDays = Set.copyOf(lockedDays);
        painfulFromWeek = Map.copyOf(painfulFromWeek);
        flareWeeks = Set.copyOf(flareWeeks);
        repeatWeeks = Set.copyOf(repeatWeeks);
    }

    /** Whether day {@code index} keeps what it has: it already happened, or a coach locked it. */
    public boolean keeps(int index) {
        return index < fromDay || lockedDays.contains(index);
    }

    /**
     * How week {@code week} is eased: a flare first, then a missed week, then the athlete's cutback rhythm, except
     * right after a repeated week: the missed week and its repeat have eased the load already.
     */
    public Easing easingOf(int week, boolean cutback) {
        if (flareWeeks.contains(week)) {
            return Easing.FLARE;
        }
        if (repeatWeeks.contains(week)) {
            return Easing.REPEAT;
        }
        return cutback && !repeatWeeks.contains(week - 1) ? Easing.CUTBACK : Easing.NONE;
    }
}
