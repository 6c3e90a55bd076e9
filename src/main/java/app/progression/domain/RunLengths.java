package app.progression.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The running model: plans run lengths week by week from the days the solver chose, the way a careful coach builds
 * load. Each week aims at its target, at most 10% above the last full week (an easier week at 85% of the week
 * before it), never above the weekly target; its runs share that evenly, each at least the shortest run worth its
 * warm-up, none longer than 110% of the longest run of the 30 days before the week, and none longer than the room
 * its day leaves after strength, the warm-up and a stretch after the run. An easier week keeps its runs within the
 * week before's longest, so the long run does not grow while the load drops. When an easier week cannot ease
 * because its runs are at their shortest, it leaves one run out. A run with a given length (as written or as done)
 * keeps it, and the weeks after go on from it.
 *
 * <p>Deriving rather than choosing lengths keeps every move of the solver within the load rules; the rules still
 * check plans read back from a file. A week depends on the weeks of the 30 days before it, so after a change the
 * derivation runs from the changed week until {@link #WINDOW_WEEKS} weeks in a row come out as they were.
 */
public final class RunLengths {

    /** The weeks a week looks back on: 30 days reach into the fifth week before. */
    static final int WINDOW_WEEKS = 5;
    private static final Comparator<Run> BY_DATE = Comparator.comparingInt(Run::getDayIndex).thenComparing(Run::getId);

    private final TrainingPlan plan;
    private final RunningLoad load;
    private final List<List<Run>> runsByWeek = new ArrayList<>();
    private final List<List<StrengthSession>> strengthByWeek = new ArrayList<>();
    private final List<RunningWeek> runningWeeks = new ArrayList<>();
    /** Per week, the strength minutes its run lengths were last derived with (-1: not yet). */
    private final int[] strengthMinutesDerived;

    public RunLengths(TrainingPlan plan) {
        this.plan = plan;
        this.load = plan.getRunningLoad();
        for (int week = 1; week <= plan.getWeekCount(); week++) {
            runsByWeek.add(new ArrayList<>());
            strengthByWeek.add(new ArrayList<>());
            runningWeeks.add(null);
        }
        plan.getRuns().forEach(run -> runsByWeek.get(run.getWeekNumber() - 1).add(run));
        plan.getStrengthSessions().forEach(session -> strengthByWeek.get(session.getWeekNumber() - 1).add(session));
        plan.getRunningWeeks().forEach(week -> runningWeeks.set(week.getNumber() - 1, week));
        strengthMinutesDerived = new int[plan.getWeekCount()];
        Arrays.fill(strengthMinutesDerived, -1);
    }

    /** Brings every run and running week in line, without a score director (when building a plan). */
    public static void apply(TrainingPlan plan) {
        new RunLengths(plan).deriveFrom(1, ShadowChanges.DIRECT, true);
    }

    /**
     * Re-derives after {@code entity} changed. A run that moved changes which runs the later weeks look back on,
     * whatever its length; a strength session that moves, or a week's set that takes other minutes, only changes the
     * room on its days, which matters only if it changes a length.
     */
    void changed(Object entity, ShadowChanges changes) {
        if (entity instanceof Run run) {
            deriveFrom(run.getWeekNumber(), changes, false);
            return;
        }
        int week = entity instanceof StrengthWeek strengthWeek ? strengthWeek.getNumber()
                : ((StrengthSession) entity).getWeekNumber();
        if (entity instanceof StrengthWeek && strengthMinutes(week) == strengthMinutesDerived[week - 1]) {
            // Most changes of a set are seconds within the same minutes: no day's room changes.
            return;
        }
        if (deriveWeek(week, changes)) {
            deriveFrom(week + 1, changes, false, week);
        }
    }

    /**
     * The minutes of a week's strength sessions together. They all do the week's set, so when its time changes they
     * all change the same way: the same total means the same minutes for each.
     */
    private int strengthMinutes(int week) {
        int minutes = 0;
        for (StrengthSession session : strengthByWeek.get(week - 1)) {
            minutes += session.getTotalMinutes();
        }
        return minutes;
    }

    void deriveFrom(int week, ShadowChanges changes, boolean toTheEnd) {
        deriveFrom(week, changes, toTheEnd, week);
    }

    /** Derives from {@code week} on; {@code lastChanged} is the latest week known to have changed. */
    private void deriveFrom(int week, ShadowChanges changes, boolean toTheEnd, int lastChanged) {
        for (int w = week; w <= plan.getWeekCount(); w++) {
            if (!toTheEnd && w > lastChanged + WINDOW_WEEKS) {
                return;
            }
            if (deriveWeek(w, changes)) {
                lastChanged = w;
            }
        }
    }

    private boolean deriveWeek(int week, ShadowChanges changes) {
        strengthMinutesDerived[week - 1] = strengthMinutes(week);
        int previous = volume(lastWeekBefore(week, false));
        int reference = volume(lastWeekBefore(week, true));
        int longestBefore = longestBefore(week);
        Easing easing = plan.getWeeks().get(week - 1).easing();
        boolean cutback = easing.cutsRunning();
        int goal = switch (easing) {
            case CUTBACK -> RunningLoad.cutbackMost(previous);
            case FLARE -> RunningLoad.flareMost(reference);
            case REPEAT -> Math.min(load.targetWeeklyMinutes(), reference);
            case NONE -> Math.min(load.targetWeeklyMinutes(), RunningLoad.tenPercentMore(reference));
        };
        int longestAllowed = RunningLoad.tenPercentMore(longestBefore);
        int least = RunningLoad.cutbackLeast(easing == Easing.FLARE ? reference : previous);

        List<Run> runs = runsByWeek.get(week - 1);
        List<Run> free = new ArrayList<>(runs.size());
        int given = 0;
        for (Run run : runs) {
            if (run.getDay() != null && run.getFixedMinutes() == null) {
                free.add(run);
            } else if (run.getFixedMinutes() != null) {
                given += run.getDoneMinutes() != null ? run.getDoneMinutes() : run.getFixedMinutes();
            }
        }
        goal -= given;
        least -= given;
        free.sort(BY_DATE);
        int shortest = load.shortestRunMinutes();
        List<Run> leftOut = new ArrayList<>(1);
        if (easing == Easing.FLARE) {
            // After a flare, runs are left out, the last first, while the rest at their shortest run over the
            // eased week and would still run at least its lower bound.
            while (free.size() >= 2 && free.size() * shortest > goal && (free.size() - 1) * shortest >= least) {
                leftOut.add(free.remove(free.size() - 1));
            }
        } else if (cutback && free.size() >= 2 && free.size() * shortest > goal
                && (free.size() - 1) * shortest <= goal
                && reach(free.subList(0, free.size() - 1), longestAllowed) >= least) {
            // The easier week leaves its last run out, if the others can still run 70% of the week before;
            // otherwise every run stays at its shortest, as little as the runs allow.
            leftOut.add(free.remove(free.size() - 1));
        }
        if (cutback) {
            // An easier week does not lengthen the long run: none of its runs outgrows the week before's longest,
            // unless the runs kept could then not run 70% of what they are compared with.
            int eased = Math.min(longestAllowed, longestRun(lastWeekBefore(week, false)));
            if (reach(free, eased) >= least) {
                longestAllowed = eased;
            }
        }
        int[] shared = share(free, goal, shortest, longestAllowed);

        boolean changed = false;
        int volume = 0;
        int longest = 0;
        int count = 0;
        for (Run run : runs) {
            int at = free.indexOf(run);
            Integer planned = run.getDay() == null ? null : run.getFixedMinutes() != null ? run.getFixedMinutes()
                    : leftOut.contains(run) ? Integer.valueOf(0) : Integer.valueOf(shared[at]);
            if (!Objects.equals(planned, run.getMinutes())) {
                changes.set(run, "minutes", () -> run.setMinutes(planned));
                changed = true;
            }
            if (run.isScheduled()) {
                volume += run.loadMinutes();
                longest = Math.max(longest, run.loadMinutes());
                count++;
            }
        }
        RunningWeek runningWeek = runningWeeks.get(week - 1);
        RunningWeek.Figures figures = new RunningWeek.Figures(volume, previous, reference, longest, longestBefore,
                count);
        if (runningWeek != null && !figures.equals(runningWeek.getFigures())) {
            changes.set(runningWeek, "figures", () -> runningWeek.setFigures(figures));
            changed = true;
        }
        return changed;
    }

    /**
     * Shares {@code goal} minutes between the runs: each at least {@code shortest}, then evenly, each up to the
     * longest allowed and the room its day leaves; later days take the odd minutes.
     */
    private int[] share(List<Run> runs, int goal, int shortest, int longestAllowed) {
        int[] planned = new int[runs.size()];
        int[] cap = new int[runs.size()];
        int left = goal;
        for (int i = 0; i < runs.size(); i++) {
            planned[i] = shortest;
            cap[i] = cap(runs.get(i), longestAllowed);
            left -= shortest;
        }
        while (left > 0) {
            int open = 0;
            for (int i = 0; i < runs.size(); i++) {
                if (planned[i] < cap[i]) {
                    open++;
                }
            }
            if (open == 0) {
                break;
            }
            int each = Math.max(1, left / open);
            for (int i = runs.size() - 1; i >= 0 && left > 0; i--) {
                int add = Math.min(Math.min(each, cap[i] - planned[i]), left);
                planned[i] += add;
                left -= add;
            }
        }
        return planned;
    }

    /** The longest {@code run} may be: the longest allowed and the room its day leaves, never below the shortest. */
    private int cap(Run run, int longestAllowed) {
        return Math.max(load.shortestRunMinutes(), Math.min(longestAllowed, room(run)));
    }

    /** The most {@code runs} can run together, each up to its {@link #cap}. */
    private int reach(List<Run> runs, int longestAllowed) {
        int total = 0;
        for (Run run : runs) {
            total += cap(run, longestAllowed);
        }
        return total;
    }

    /**
     * Minutes the run's day leaves for it: what the athlete has, less the warm-up, strength and the time of one
     * stretch after the run. Stretching and cross-training do not shorten runs: a stretch that does not fit next to
     * the run breaks the day's minutes instead, so that changing a stretch never ripples through the running of later
     * weeks.
     */
    private int room(Run run) {
        Day day = run.getDay();
        int used = plan.getAthlete().warmupMinutes() + load.stretchAfterRunMinutes();
        for (StrengthSession session : strengthByWeek.get(day.week() - 1)) {
            if (day.equals(session.getDay())) {
                used += session.getTotalMinutes();
            }
        }
        // A second run on the day is not counted: it breaks a hard rule anyway, and counting it would make each
        // run's length depend on the order they are derived in.
        return day.availableMinutes() - used;
    }


    /**
     * The last week before {@code week} to compare with: passing over weeks the athlete missed (nothing run in a
     * week that already happened), and, for a {@code full} week, easier weeks too. Week 0 is the week before the
     * plan.
     */
    private int lastWeekBefore(int week, boolean full) {
        for (int w = week - 1; w >= 1; w--) {
            RunningWeek before = runningWeeks.get(w - 1);
            boolean missed = before != null && before.isPast() && before.getVolume() == 0;
            if (!missed && !(full && plan.getWeeks().get(w - 1).easing().cutsRunning())) {
                return w;
            }
        }
        return 0;
    }

    /** A week's running minutes; week 0 is the week before the plan. */
    private int volume(int week) {
        if (week <= 0) {
            return load.weekBeforeMinutes();
        }
        RunningWeek runningWeek = runningWeeks.get(week - 1);
        return runningWeek == null ? 0 : runningWeek.getVolume();
    }

    /** A week's longest run; week 0 is the week before the plan, whose runs were the athlete's easy run. */
    private int longestRun(int week) {
        if (week <= 0) {
            return load.easyRunMinutes();
        }
        RunningWeek runningWeek = runningWeeks.get(week - 1);
        return runningWeek == null ? Integer.MAX_VALUE : runningWeek.getFigures().longestRun();
    }

    /** The longest run in the 30 days before the week starts, the runs before the plan included. */
    private int longestBefore(int week) {
        int first = (week - 1) * 7;
        int longest = 0;
        for (PastRun past : plan.getPastRuns()) {
            if (past.dayIndex() >= first - 30) {
                longest = Math.max(longest, past.minutes());
            }
        }
        for (int w = Math.max(1, week - WINDOW_WEEKS); w < week; w++) {
            for (Run run : runsByWeek.get(w - 1)) {
                if (run.isScheduled() && run.getDayIndex() >= first - 30) {
                    longest = Math.max(longest, run.loadMinutes());
                }
            }
        }
        return longest;
    }
}
