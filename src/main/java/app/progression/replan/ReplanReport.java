package app.progression.replan;

import app.progression.domain.SessionKind;
import app.progression.plan.PlanDocument;
import app.progression.plan.PlanDocument.DayPlan;
import app.progression.plan.PlanDocument.ExercisePlan;
import app.progression.plan.PlanDocument.SessionPlan;
import app.progression.replan.LogHistory.Cause;
import app.progression.solver.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What re-planning changed, day by day from the first day planned anew, and why: each change names the cause in
 * the log that led to it, or says it follows from an earlier change, or that the rules score the plan better so.
 */
public record ReplanReport(LocalDate from, int firstOpenWeek, List<String> causes, int sessionsKept,
        int sessionsChanged, List<LocalDate> lockedDays, List<DayChanges> days, List<String> warnings) {

    /** The changes of one day. */
    public record DayChanges(LocalDate date, int week, List<Change> changes) {
    }

    /**
     * One change: what it is and why; {@code causes} numbers the causes it comes from (1 is the first of
     * {@link ReplanReport#causes()}), and {@code why} says it in words.
     */
    public record Change(SessionKind kind, String what, List<Integer> causes, String why) {
    }

    static final String BETTER = "the rules score the plan better this way (see 'explain')";

    public static ReplanReport of(PlanDocument before, PlanDocument after, LocalDate from, LogHistory history) {
        Map<LocalDate, DayPlan> old = new TreeMap<>();
        before.days().forEach(day -> old.put(day.date(), day));
        List<DayChanges> days = new ArrayList<>();
        int kept = 0;
        int changed = 0;
        List<LocalDate> locked = new ArrayList<>();
        for (DayPlan day : after.days()) {
            if (day.date().isBefore(from)) {
                continue;
            }
            if (day.lockedByCoach()) {
                locked.add(day.date());
            }
            DayPlan was = old.get(day.date());
            List<Change> changes = new ArrayList<>();
            for (SessionKind kind : SessionKind.values()) {
                Optional<SessionPlan> a = session(was, kind);
                Optional<SessionPlan> b = session(day, kind);
                if (a.isEmpty() && b.isEmpty()) {
                    continue;
                }
                String what = difference(kind, a, b, before, after, day);
                if (what == null) {
                    kept++;
                } else {
                    changed++;
                    List<Integer> causes = causes(kind, day.week(), a, history);
                    changes.add(new Change(kind, what, causes, causes.isEmpty() ? fallback(day.week(), history)
                            : causes.stream().map(i -> history.causes().get(i - 1).text())
                                    .collect(Collectors.joining("; "))));
                }
            }
            if (!changes.isEmpty()) {
                days.add(new DayChanges(day.date(), day.week(), changes));
            }
        }
        return new ReplanReport(from, history.firstOpenWeek(), history.causes().stream().map(Cause::text).toList(),
                kept, changed, locked, days, history.warnings());
    }

    private static Optional<SessionPlan> session(DayPlan day, SessionKind kind) {
        return day == null ? Optional.empty()
                : day.sessions().stream().filter(session -> session.kind() == kind).findFirst();
    }

    /** The change of one kind of session on a day in words, or null when it is as it was. */
    private static String difference(SessionKind kind, Optional<SessionPlan> was, Optional<SessionPlan> now,
            PlanDocument before, PlanDocument after, DayPlan day) {
        String name = name(kind);
        if (was.isEmpty()) {
            return name + " added (" + describe(now.get()) + ")" + movedFrom(before, after, day, kind);
        }
        if (now.isEmpty()) {
            return name + " removed (was " + describe(was.get()) + ")" + movedTo(before, after, day, kind);
        }
        String a = describe(was.get());
        String b = describe(now.get());
        if (a.equals(b) && Objects.equals(was.get().minutes(), now.get().minutes())) {
            return null;
        }
        return name + ": " + (kind == SessionKind.STRENGTH || kind == SessionKind.FLEXIBILITY
                ? exerciseChanges(was.get(), now.get()) : a + " -> " + b);
    }

    /**
     * Only what differs between two sessions' exercises, so a line stays readable: "beetle 3x10 out,
     * single-leg-bridge 3x8 in", or "every exercise 3x10 -> 3x8" when all kept their place and changed alike.
     */
    private static String exerciseChanges(SessionPlan was, SessionPlan now) {
        Map<String, String> before = doses(was);
        Map<String, String> after = doses(now);
        Set<String> changes = new LinkedHashSet<>();
        before.forEach((id, dose) -> {
            if (after.containsKey(id)) {
                changes.add(after.get(id).equals(dose) ? "" : dose + " -> " + after.get(id));
            }
        });
        if (before.keySet().equals(after.keySet()) && changes.size() == 1 && !changes.contains("")) {
            return "every exercise " + changes.iterator().next();
        }
        List<String> parts = new ArrayList<>();
        before.forEach((id, dose) -> {
            if (!after.containsKey(id)) {
                parts.add(id + (dose.isEmpty() ? "" : " " + dose) + " out");
            } else if (!after.get(id).equals(dose)) {
                parts.add(id + " " + dose + " -> " + after.get(id));
            }
        });
        after.forEach((id, dose) -> {
            if (!before.containsKey(id)) {
                parts.add(id + (dose.isEmpty() ? "" : " " + dose) + " in");
            }
        });
        return parts.isEmpty() ? describe(was) + " -> " + describe(now) : String.join(", ", parts);
    }

    /** Exercise id to its sets x repetitions (strength) or nothing (stretches), in the session's order. */
    private static Map<String, String> doses(SessionPlan session) {
        Map<String, String> doses = new LinkedHashMap<>();
        for (ExercisePlan exercise : session.exercises()) {
            doses.put(exercise.id(), session.kind() == SessionKind.STRENGTH
                    ? exercise.sets() + "x" + exercise.reps() : "");
        }
        return doses;
    }

    /** For a session added on a day: the day of its week that lost one, if any (a move). */
    private static String movedFrom(PlanDocument before, PlanDocument after, DayPlan day, SessionKind kind) {
        return partner(after, before, day, kind).map(date -> ", moved here from " + Reason.on(date)).orElse("");
    }

    private static String movedTo(PlanDocument before, PlanDocument after, DayPlan day, SessionKind kind) {
        return partner(before, after, day, kind).map(date -> ", moved to " + Reason.on(date)).orElse("");
    }

    /** A day of the same week that has the kind in {@code has} and not in {@code lacks}, other than {@code day}. */
    private static Optional<LocalDate> partner(PlanDocument lacks, PlanDocument has, DayPlan day, SessionKind kind) {
        return has.days().stream()
                .filter(other -> other.week() == day.week() && !other.date().equals(day.date())
                        && session(other, kind).isPresent()
                        && lacks.days().stream().filter(d -> d.date().equals(other.date())).findFirst()
                                .flatMap(d -> session(d, kind)).isEmpty())
                .map(DayPlan::date).findFirst();
    }

    private static String describe(SessionPlan session) {
        return switch (session.kind()) {
            case EASY_RUN -> session.minutes() + " min";
            case CROSS_TRAINING -> session.activity() + " " + session.minutes() + " min";
            case STRENGTH -> session.exercises().stream()
                    .map(exercise -> exercise.id() + " " + exercise.sets() + "x" + exercise.reps())
                    .collect(Collectors.joining(", "));
            case FLEXIBILITY -> session.exercises().stream().map(ExercisePlan::id).collect(Collectors.joining(", "));
        };
    }

    private static String name(SessionKind kind) {
        return switch (kind) {
            case EASY_RUN -> "easy run";
            case STRENGTH -> "strength";
            case CROSS_TRAINING -> "cross-training";
            case FLEXIBILITY -> "stretching";
        };
    }

    /** The causes in the log behind a change, numbered from 1. */
    private static List<Integer> causes(SessionKind kind, int week, Optional<SessionPlan> was, LogHistory history) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < history.causes().size(); i++) {
            Cause cause = history.causes().get(i);
            boolean applies = switch (cause.kind()) {
                case PAIN -> kind == SessionKind.STRENGTH && cause.week() <= week && lists(was, cause.exercise());
                case FLARE, REPEAT -> cause.week() == week && (kind == SessionKind.EASY_RUN
                        || kind == SessionKind.STRENGTH);
                case RUNS -> kind == SessionKind.EASY_RUN && cause.week() <= week;
            };
            if (applies) {
                numbers.add(i + 1);
            }
        }
        return numbers;
    }

    /** Why a change no cause in the log explains directly was made. */
    private static String fallback(int week, LogHistory history) {
        return history.causes().stream().anyMatch(cause -> cause.week() < week)
                ? "follows from the changes before it: each week builds on the weeks before" : BETTER;
    }

    private static boolean lists(Optional<SessionPlan> session, String exercise) {
        return session.map(s -> s.exercises() != null && s.exercises().stream()
                .anyMatch(item -> item.id().equals(exercise))).orElse(false);
    }

    /** The report for people. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("Re-planned from ").append(Reason.on(from)).append(".\n");
        if (!causes.isEmpty()) {
            out.append("\nWhat the log changes:\n");
            for (int i = 0; i < causes.size(); i++) {
                out.append("  ").append(i + 1).append(". ").append(causes.get(i)).append('\n');
            }
        }
        if (!warnings.isEmpty()) {
            out.append("\nTo know:\n");
            warnings.forEach(warning -> out.append("  - ").append(warning).append('\n'));
        }
        if (!lockedDays.isEmpty()) {
            out.append("\nLocked days kept as they were: ")
                    .append(lockedDays.stream().map(Reason::on).collect(Collectors.joining(", "))).append('\n');
        }
        out.append("\nFrom ").append(Reason.on(from)).append(": ").append(sessionsKept)
                .append(" session(s) as they were, ").append(sessionsChanged).append(" changed.\n");
        for (DayChanges day : days) {
            out.append("  ").append(Reason.on(day.date())).append(" (week ").append(day.week()).append(")\n");
            for (Change change : day.changes()) {
                out.append("    - ").append(change.what()).append(change.causes().isEmpty()
                        ? " (" + change.why() + ")" : "  [" + change.causes().stream().map(String::valueOf)
                                .collect(Collectors.joining(", ")) + "]").append('\n');
            }
        }
        return out.toString();
    }
}
