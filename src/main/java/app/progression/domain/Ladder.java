package app.progression.domain;

import app.progression.catalog.Exercise;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The strength ladder as one athlete can climb it: only exercises they can do, easiest first, an easier variant
 * just before its full exercise.
 */
public final class Ladder {

    public static final int SET_SIZE = 4;

    private final List<Exercise> entries;
    private final List<Exercise> startingEntries;

    public Ladder(List<Exercise> ladder, Predicate<Exercise> athleteCanDo) {
        this.entries = ladder.stream().filter(athleteCanDo)
                .sorted(Comparator.comparingInt(Exercise::ladderRank)).toList();
        Map<Integer, Exercise> firstEntryOfRung = new LinkedHashMap<>();
        for (Exercise entry : entries) {
            if (firstEntryOfRung.size() == SET_SIZE && !firstEntryOfRung.containsKey(entry.rung())) {
                break;
            }
            firstEntryOfRung.putIfAbsent(entry.rung(), entry);
        }
        this.startingEntries = List.copyOf(firstEntryOfRung.values());
    }

    /** Week 1 before any choice: the first pain-free entry of each of the first four pain-free rungs. */
    public List<Exercise> startingEntries() {
        return startingEntries;
    }

    public List<Integer> startingRungs() {
        return startingEntries.stream().map(Exercise::rung).toList();
    }

    /** The full exercise of an easier variant, if the athlete can do it; otherwise the exercise itself. */
    public Exercise fullVersionOf(Exercise exercise) {
        return entries.stream()
                .filter(entry -> entry.rung().equals(exercise.rung()) && entry.isHarderThan(exercise))
                .findFirst().orElse(exercise);
    }

    /**
     * The next harder entry that no other slot holds a rung of, or null when the ladder is climbed: the full
     * exercise of a variant first, then the next rung (entered at its easier variant when it has one).
     */
    public Exercise nextHarder(Exercise current, Set<Integer> rungsHeldByOthers) {
        return nextHarder(current, rungsHeldByOthers, exercise -> false);
    }

    /** {@link #nextHarder(Exercise, Set)}, passing over entries that hurt (logged as painful, say). */
    public Exercise nextHarder(Exercise current, Set<Integer> rungsHeldByOthers, Predicate<Exercise> hurts) {
        for (Exercise entry : entries) {
            if (entry.isHarderThan(current) && !rungsHeldByOthers.contains(entry.rung()) && !hurts.test(entry)) {
                return entry;
            }
        }
        return null;
    }

    /**
     * What replaces {@code current} once it hurts: the next harder entry no other slot holds and that does not hurt,
     * else the nearest easier one; null when every other rung hurts or is held.
     */
    public Exercise replacementFor(Exercise current, Set<Integer> rungsHeldByOthers, Predicate<Exercise> hurts) {
        Exercise harder = null;
        Exercise easier = null;
        for (Exercise entry : entries) {
            if (entry.rung().equals(current.rung()) || rungsHeldByOthers.contains(entry.rung()) || hurts.test(entry)) {
                continue;
            }
            if (entry.isHarderThan(current) && harder == null) {
                harder = entry;
            } else if (!entry.isHarderThan(current)) {
                easier = entry;
            }
        }
        return harder != null ? harder : easier;
    }
}
