package app.progression.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans run lengths from the solver's targets, date by date: each run is its target, cut so that it is at most
 * 110% of the longest run of the 30 days before it and its week stays within 110% of the previous week. Cutting
 * here rather than penalizing keeps every move of the solver within the caps; without it, shortening one run
 * lowers the cap of every later run and the search gets stuck. The cap constraints still check plans read back
 * from a file.
 */
public final class RunLengths {

    private record Done(int dayIndex, int minutes) {
    }

    private RunLengths() {
    }

    /** The planned minutes of every run that has a day and a target. */
    public static Map<Run, Integer> derive(TrainingPlan plan) {
        int[] weekTotals = new int[plan.getWeekCount() + 2];
        List<Done> history = new ArrayList<>();
        for (PastRun past : plan.getPastRuns()) {
            weekTotals[0] += past.minutes();
            history.add(new Done(past.dayIndex(), past.minutes()));
        }
        List<Run> ordered = plan.getRuns().stream()
                .filter(run -> run.getDay() != null && run.getTargetMinutes() != null)
                .sorted(Comparator.comparingInt((Run run) -> run.getDay().index()).thenComparing(Run::getId))
                .toList();
        int shortest = plan.getShortestRunMinutes();
        Map<Run, Integer> minutes = new IdentityHashMap<>();
        for (Run run : ordered) {
            int day = run.getDay().index();
            int week = run.getWeek().number();
            int longest = history.stream().filter(done -> done.dayIndex() < day && done.dayIndex() >= day - 30)
                    .mapToInt(Done::minutes).max().orElse(Integer.MAX_VALUE / 2);
            int cap = Math.min(longest * 11 / 10, weekTotals[week - 1] * 11 / 10 - weekTotals[week]);
            int planned = Math.max(shortest, Math.min(run.getTargetMinutes(), cap));
            minutes.put(run, planned);
            weekTotals[week] += planned;
            history.add(new Done(day, planned));
        }
        return minutes;
    }

    /** Brings every run in line with its target, without a score director (when building a plan). */
    public static void apply(TrainingPlan plan) {
        Map<Run, Integer> minutes = derive(plan);
        plan.getRuns().forEach(run -> run.setPlannedMinutes(minutes.get(run)));
    }
}
