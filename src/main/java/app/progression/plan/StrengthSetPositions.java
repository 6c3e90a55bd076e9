package app.progression.plan;

import app.progression.catalog.Catalog;
import app.progression.domain.StrengthSlot;
import app.progression.plan.PlanDocument.ExercisePlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Places the strength sets of a plan file in slots. The progression rules compare a slot with the same slot one week
 * later, so an exercise kept from the week before keeps its position and a new one takes a position that was freed,
 * whatever order the file lists them in.
 */
final class StrengthSetPositions {

    private StrengthSetPositions() {
    }

    /** Fixed slots for every week that has a set; a week without one gets a note. */
    static List<StrengthSlot> slots(Catalog catalog, Map<Integer, List<ExercisePlan>> setOfWeek, int weekCount,
            List<String> notes) {
        List<StrengthSlot> slots = new ArrayList<>();
        Map<Integer, String> previous = new HashMap<>();
        for (int week = 1; week <= weekCount; week++) {
            List<ExercisePlan> set = setOfWeek.get(week);
            if (set == null) {
                notes.add("week " + week + " has no strength session, so it has no strength set to check.");
                continue;
            }
            Map<Integer, ExercisePlan> placed = new LinkedHashMap<>();
            List<ExercisePlan> newcomers = new ArrayList<>();
            Set<String> kept = new HashSet<>();
            for (ExercisePlan item : set) {
                Integer position = previous.entrySet().stream()
                        .filter(entry -> entry.getValue().equals(item.id()) && !placed.containsKey(entry.getKey()))
                        .map(Map.Entry::getKey).findFirst().orElse(null);
                if (position != null && kept.add(item.id())) {
                    placed.put(position, item);
                } else {
                    newcomers.add(item);
                }
            }
            TreeSet<Integer> free = new TreeSet<>(previous.keySet());
            free.removeAll(placed.keySet());
            int next = previous.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
            for (ExercisePlan item : newcomers) {
                Integer position = free.pollFirst();
                placed.put(position == null ? next++ : position, item);
            }
            Map<Integer, String> current = new HashMap<>();
            for (Map.Entry<Integer, ExercisePlan> entry : placed.entrySet()) {
                ExercisePlan item = entry.getValue();
                int reps = item.reps() == null ? 0 : item.reps();
                slots.add(StrengthSlot.fixed(week, entry.getKey(), catalog.get(item.id()), item.sets(), reps));
                current.put(entry.getKey(), item.id());
            }
            previous = current;
        }
        slots.sort(Comparator.comparingInt(StrengthSlot::getWeek).thenComparingInt(StrengthSlot::getPosition));
        return slots;
    }
}
