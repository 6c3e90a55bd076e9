package app.progression.replan;

import app.progression.domain.History;
import app.progression.domain.SessionKind;
import app.progression.plan.PlanDocument;
import app.progression.plan.PlanDocument.DayPlan;
import app.progression.plan.PlanDocument.Logged;
import app.progression.plan.PlanDocument.LoggedExercise;
import app.progression.plan.PlanDocument.Replanned;
import app.progression.plan.PlanDocument.SessionPlan;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the log means for the plan made again from {@code from}: the model's {@link History}, and the causes of change
 * in words. It reads the plan with the log written onto its days (so what an earlier re-planning learnt counts too).
 * Re-planning works in whole weeks for what the log changes: a painful exercise is replaced, a flare eases and a
 * missed week is repeated in the first week that has not started yet ({@link #firstOpenWeek()}). A session the log
 * does not mention counts as done as planned.
 */
public record LogHistory(History history, int firstOpenWeek, List<Cause> causes, List<String> warnings) {

    /** An exercise logged with this much pain or more counts as painful from then on. */
    public static final int PAINFUL = 3;

    /** Something the log says that changes the plan, from week {@code week} on. */
    public record Cause(int week, Kind kind, String exercise, String text) {

        public enum Kind {
            /** An exercise logged as painful is replaced. */
            PAIN,
            /** A flare eases a week. */
            FLARE,
            /** A missed week is repeated. */
            REPEAT,
            /** Runs went otherwise than planned, so the running caps move. */
            RUNS
        }
    }

    /**
     * @param logged the plan with every day before {@code from} annotated from the log
     * @param flares the days the log says the back flared
     */
    public static LogHistory of(PlanDocument logged, List<LocalDate> flares, LocalDate from) {
        int fromDay = dayIndex(logged, from);
        int firstOpenWeek = (fromDay + 6) / 7 + 1;
        boolean open = firstOpenWeek <= logged.weeks();
        Replanned before = logged.madeWith() == null || logged.madeWith().replanned() == null
                ? new Replanned(logged.startDate(), Map.of(), List.of(), List.of()) : logged.madeWith().replanned();
        List<Cause> causes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        Set<Integer> locked = new TreeSet<>();
        for (DayPlan day : logged.days()) {
            if (day.lockedByCoach() && dayIndex(logged, day.date()) >= fromDay) {
                locked.add(dayIndex(logged, day.date()));
            }
        }

        Map<String, Integer> painfulFromWeek = new TreeMap<>(before.painfulFromWeek());
        painful(logged).forEach((id, pain) -> {
            if (painfulFromWeek.containsKey(id)) {
                return;
            }
            if (!open) {
                warnings.add(id + " was logged with " + pain + "; the plan has "
                        + "no week left to replace it in: leave it out of the sessions left.");
                return;
            }
            painfulFromWeek.put(id, firstOpenWeek);
            causes.add(new Cause(firstOpenWeek, Cause.Kind.PAIN, id, id + " was logged with " + pain
                    + ": it counts as painful from week " + firstOpenWeek
                    + " and is replaced by a pain-free exercise"));
            if (plannedBefore(logged, id, fromDay, (firstOpenWeek - 1) * 7)) {
                warnings.add(id + " was logged with pain on " + pain.date() + ": leave it out of the strength "
                        + "sessions left before week " + firstOpenWeek + ", which replaces it.");
            }
        });

        Set<Integer> flareWeeks = new TreeSet<>(before.flareWeeks());
        for (LocalDate flare : flares) {
            int week = Math.max(firstOpenWeek, (dayIndex(logged, flare) + 1 + 6) / 7 + 1);
            if (week > logged.weeks()) {
                warnings.add("The back flared on " + flare + "; the plan has no week left to ease: keep the runs "
                        + "left short and easy, and strength at the last level that felt fine.");
            } else if (flareWeeks.add(week)) {
                causes.add(new Cause(week, Cause.Kind.FLARE, null, "the back flared on " + flare + ": week " + week
                        + " runs 70-80% of the last full week and every strength exercise steps back"));
            }
        }

        if (flares.isEmpty()) {
            warnings.addAll(painfulSessions(logged, dayIndex(logged, before.from())));
        }

        Set<Integer> repeatWeeks = new TreeSet<>(before.repeatWeeks());
        int lastWeek = (fromDay - 1) / 7 + 1;
        if (open && fromDay > 0 && missed(logged, lastWeek, fromDay) && repeatWeeks.add(firstOpenWeek)
                && !flareWeeks.contains(firstOpenWeek)) {
            causes.add(new Cause(firstOpenWeek, Cause.Kind.REPEAT, null, "week " + lastWeek + " was missed "
                    + "(every run and strength session logged MISSED): week " + firstOpenWeek + " repeats the last "
                    + "completed week's load instead of building on it"));
        }

        String runs = runsOffPlan(logged, fromDay);
        if (!runs.isEmpty() && open) {
            causes.add(new Cause(firstOpenWeek, Cause.Kind.RUNS, null, "runs went otherwise than planned (" + runs
                    + "): the running caps follow the minutes really run"));
        }
        History history = new History(fromDay, locked, painfulFromWeek, flareWeeks, repeatWeeks);
        return new LogHistory(history, firstOpenWeek, List.copyOf(causes), List.copyOf(warnings));
    }

    /** What the plan file records of this history. */
    public Replanned replanned(LocalDate startDate) {
        return new Replanned(startDate.plusDays(history.fromDay()), new TreeMap<>(history.painfulFromWeek()),
                List.copyOf(new TreeSet<>(history.flareWeeks())), List.copyOf(new TreeSet<>(history.repeatWeeks())));
    }

    static int dayIndex(PlanDocument plan, LocalDate date) {
        return (int) ChronoUnit.DAYS.between(plan.startDate(), date);
    }

    /** The first day an exercise was logged as painful, how much it hurt then, and the worst it hurt. */
    private record Pain(LocalDate date, int level, int worst) {

        /** "pain 4 on 2027-01-05 (5 at worst)". */
        @Override
        public String toString() {
            return "pain " + level + " on " + date + (worst > level ? " (" + worst + " at worst)" : "");
        }
    }

    /** Each exercise logged with pain of {@link #PAINFUL} or more: the first day it was, and the worst pain. */
    private static Map<String, Pain> painful(PlanDocument logged) {
        Map<String, Pain> painful = new TreeMap<>();
        for (DayPlan day : logged.days()) {
            for (SessionPlan session : day.sessions()) {
                if (session.logged() == null || session.logged().exercises() == null) {
                    continue;
                }
                for (LoggedExercise exercise : session.logged().exercises()) {
                    if (exercise.pain() != null && exercise.pain() >= PAINFUL) {
                        painful.merge(exercise.id(), new Pain(day.date(), exercise.pain(), exercise.pain()),
                                (a, b) -> new Pain(a.date(), a.level(), Math.max(a.worst(), b.worst())));
                    }
                }
            }
        }
        return painful;
    }

    /** Whether a strength session on a day from {@code fromDay} up to (not including) {@code toDay} has {@code id}. */
    private static boolean plannedBefore(PlanDocument logged, String id, int fromDay, int toDay) {
        return logged.days().stream()
                .filter(day -> dayIndex(logged, day.date()) >= fromDay && dayIndex(logged, day.date()) < toDay)
                .flatMap(day -> day.sessions().stream())
                .anyMatch(session -> session.kind() == SessionKind.STRENGTH && session.exercises() != null
                        && session.exercises().stream().anyMatch(exercise -> exercise.id().equals(id)));
    }

    /**
     * Runs and sessions logged with pain of {@link #PAINFUL} or more since the plan was last made, when no flare
     * was logged: the plan changes only for a painful exercise or a flare, so it says what the coach may want.
     */
    private static List<String> painfulSessions(PlanDocument logged, int sinceDay) {
        List<String> warnings = new ArrayList<>();
        for (DayPlan day : logged.days()) {
            for (SessionPlan session : day.sessions()) {
                Integer pain = session.logged() == null ? null : session.logged().pain();
                if (pain != null && pain >= PAINFUL && dayIndex(logged, day.date()) >= sinceDay) {
                    warnings.add("The " + session.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                            + " of " + day.date() + " was logged with pain " + pain + ": the plan does not change "
                            + "for that alone. Log a flare (\"flare\": true) if the back flared, and see a clinician "
                            + "if pain spreads into a leg or does not ease with rest.");
                }
            }
        }
        return warnings;
    }

    /**
     * A week is missed when it planned runs or strength, all before {@code fromDay}, and every one of them was
     * logged MISSED.
     */
    private static boolean missed(PlanDocument logged, int week, int fromDay) {
        int planned = 0;
        for (DayPlan day : logged.days()) {
            for (SessionPlan session : day.sessions()) {
                if (day.week() == week && (session.kind() == SessionKind.EASY_RUN
                        || session.kind() == SessionKind.STRENGTH)) {
                    planned++;
                    if (dayIndex(logged, day.date()) >= fromDay || session.logged() == null
                            || !session.logged().missed()) {
                        return false;
                    }
                }
            }
        }
        return planned > 0;
    }

    /** Weeks whose runs as logged add up to other minutes than planned, as "week 2 ran 45 of 75 min". */
    private static String runsOffPlan(PlanDocument logged, int fromDay) {
        Map<Integer, int[]> byWeek = new TreeMap<>();
        for (DayPlan day : logged.days()) {
            if (dayIndex(logged, day.date()) >= fromDay) {
                continue;
            }
            for (SessionPlan session : day.sessions()) {
                if (session.kind() == SessionKind.EASY_RUN) {
                    int[] minutes = byWeek.computeIfAbsent(day.week(), w -> new int[2]);
                    boolean planned = session.logged() == null || !session.logged().addedByAthlete();
                    minutes[0] += planned ? session.minutes() : 0;
                    minutes[1] += minutesRun(session);
                }
            }
        }
        List<String> off = new ArrayList<>();
        byWeek.forEach((week, minutes) -> {
            if (minutes[0] != minutes[1]) {
                off.add("week " + week + " ran " + minutes[1] + " of " + minutes[0] + " min");
            }
        });
        return String.join(", ", off);
    }

    /** The minutes a run really lasted, as its log (if any) says. */
    static int minutesRun(SessionPlan run) {
        Logged log = run.logged();
        return log == null ? run.minutes() : log.missed() ? 0 : Objects.requireNonNullElse(log.minutes(), run.minutes());
    }
}
