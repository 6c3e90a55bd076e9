package app.progression.batch;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How many athletes the coach supervises in strength sessions on each date, counting only committed plans.
 * {@link #commit} is the one way in and refuses a plan that would take any date past the capacity, so the counts
 * never exceed it, whatever the solver did. Not thread-safe: the batch commits from one thread.
 */
public final class CoachLedger {

    private final Integer capacity;
    private final Map<LocalDate, Integer> athletesOn = new TreeMap<>();

    /** {@code capacity} null means no limit (the ledger still counts, for the team view). */
    public CoachLedger(Integer capacity) {
        this.capacity = capacity;
    }

    public Integer capacity() {
        return capacity;
    }

    /** Whether one more athlete with strength on {@code dates} fits. */
    public boolean fits(Collection<LocalDate> dates) {
        return overflowing(dates).isEmpty();
    }

    /** The dates of {@code dates} that are already full. */
    public List<LocalDate> overflowing(Collection<LocalDate> dates) {
        if (capacity == null) {
            return List.of();
        }
        return new TreeSet<>(dates).stream().filter(date -> load(date) >= capacity).toList();
    }

    /** Adds one athlete's strength dates if they fit; returns false, changing nothing, if not. */
    public boolean commit(Collection<LocalDate> dates) {
        if (!fits(dates)) {
            return false;
        }
        for (LocalDate date : new TreeSet<>(dates)) {
            athletesOn.merge(date, 1, Integer::sum);
        }
        return true;
    }

    public int load(LocalDate date) {
        return athletesOn.getOrDefault(date, 0);
    }

    /** Dates with no capacity left: a re-plan may not put strength there. */
    public Set<LocalDate> fullDates() {
        Set<LocalDate> full = new TreeSet<>();
        if (capacity != null) {
            athletesOn.forEach((date, load) -> {
                if (load >= capacity) {
                    full.add(date);
                }
            });
        }
        return full;
    }

    public Map<LocalDate, Integer> loads() {
        return new TreeMap<>(athletesOn);
    }
}
