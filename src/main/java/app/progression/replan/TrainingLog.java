package app.progression.replan;

import app.progression.domain.SessionKind;
import app.progression.plan.PlanDocument.LoggedExercise;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** What happened to a plan, as the athlete or their app logged it (see {@code schema/log.schema.json}). */
public record TrainingLog(String athleteId, List<Entry> entries) {

    public enum Status {
        DONE,
        MISSED,
        PARTIAL
    }

    /** One session done, missed or cut short; or, with {@code flare}, a flare of the back on that day. */
    public record Entry(LocalDate date, SessionKind kind, Status status, Integer minutes, Integer pain,
            List<LoggedExercise> exercises, Boolean flare, String note) {

        public Entry {
            exercises = exercises == null ? List.of() : List.copyOf(exercises);
        }

        public boolean isFlare() {
            return Boolean.TRUE.equals(flare);
        }
    }

    public TrainingLog {
        entries = List.copyOf(entries);
    }

    /** The last logged day, if anything is logged. */
    public Optional<LocalDate> lastDate() {
        return entries.stream().map(Entry::date).max(Comparator.naturalOrder());
    }

    public Optional<Entry> session(LocalDate date, SessionKind kind) {
        return entries.stream().filter(entry -> !entry.isFlare() && entry.date().equals(date) && entry.kind() == kind)
                .findFirst();
    }

    public List<LocalDate> flares() {
        return entries.stream().filter(Entry::isFlare).map(Entry::date).sorted().toList();
    }
}
