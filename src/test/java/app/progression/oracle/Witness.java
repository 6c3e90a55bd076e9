package app.progression.oracle;

import app.progression.catalog.Exercise;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A plan that keeps every hard rule, reduced to what decides feasibility: the week-1 strength set held at the
 * lowest repetitions all along, the strength dates, and the run dates with their minutes. {@link WitnessPlan}
 * writes it out as a full plan document.
 */
public record Witness(
        LocalDate startDate,
        List<Exercise> strengthSet,
        List<Exercise> addOns,
        int strengthMinutes,
        int warmUpMinutes,
        List<Week> weeks) {

    /** One week: its strength dates and its runs (date to minutes), in date order. */
    public record Week(int number, boolean cutback, List<LocalDate> strengthDates, Map<LocalDate, Integer> runs) {

        public int runVolume() {
            return runs.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    static Witness of(OracleFacts facts, List<WeekShape> shapes) {
        List<Week> weeks = new ArrayList<>();
        for (int w = 1; w <= shapes.size(); w++) {
            WeekShape shape = shapes.get(w - 1);
            List<LocalDate> strength = new ArrayList<>();
            Map<LocalDate, Integer> runs = new TreeMap<>();
            for (int d = 0; d < 7; d++) {
                if (shape.strengthOn(d)) {
                    strength.add(facts.date(w, d));
                }
                if (shape.runOn(d)) {
                    runs.put(facts.date(w, d), shape.runMinutes()[d]);
                }
            }
            weeks.add(new Week(w, facts.isCutback(w), List.copyOf(strength), runs));
        }
        return new Witness(facts.startDate(), facts.openingSet(), facts.addOns(), facts.openingStrengthMinutes(),
                facts.warmUpMinutes(), List.copyOf(weeks));
    }

    /** One line a week, e.g. "week 1: strength MONDAY, WEDNESDAY; runs TUESDAY 20, SATURDAY 20". */
    public String describe() {
        return weeks.stream().map(week -> "week " + week.number() + (week.cutback() ? " (cutback)" : "")
                        + ": strength " + names(week.strengthDates()) + "; runs "
                        + week.runs().entrySet().stream()
                                .map(run -> run.getKey().getDayOfWeek() + " " + run.getValue())
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    private static String names(List<LocalDate> dates) {
        return dates.isEmpty() ? "none"
                : dates.stream().map(date -> date.getDayOfWeek().name()).collect(Collectors.joining(", "));
    }
}
