package app.progression.render;

import app.progression.catalog.Catalog;
import app.progression.catalog.DoseItem;
import app.progression.catalog.Exercise;
import app.progression.domain.SessionKind;
import app.progression.plan.PlanDocument;
import app.progression.plan.PlanDocument.DayPlan;
import app.progression.plan.PlanDocument.ExercisePlan;
import app.progression.plan.PlanDocument.SessionPlan;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Words shared by the renderers, so that a dose or a session reads the same on paper, in a chat and in a calendar. */
final class PlanText {

    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    static final String TIMES = "\u00d7";

    private PlanText() {
    }

    /** The athlete's name, or the id when the plan has no name. */
    static String athleteName(PlanDocument plan) {
        return plan.athleteName() == null || plan.athleteName().isBlank() ? plan.athleteId() : plan.athleteName();
    }

    static List<String> warnings(PlanDocument plan) {
        return plan.warnings() == null ? List.of() : plan.warnings();
    }

    /** "3 × 10 per side", "10 reps", "4 × 20 s hold", "75 s hold per side". */
    static String dose(ExercisePlan exercise) {
        return dose(exercise.sets(), exercise.reps() == null ? 0 : exercise.reps(),
                exercise.holdSeconds() == null ? 0 : exercise.holdSeconds(), Boolean.TRUE.equals(exercise.perSide()));
    }

    static String dose(int sets, int reps, int holdSeconds, boolean perSide) {
        String amount;
        if (reps > 0) {
            amount = sets > 1 ? sets + " " + TIMES + " " + reps : reps + " reps";
        } else if (holdSeconds > 0) {
            amount = (sets > 1 ? sets + " " + TIMES + " " : "") + duration(holdSeconds) + " hold";
        } else {
            amount = sets > 1 ? sets + " sets" : "once";
        }
        return perSide ? amount + " per side" : amount;
    }

    /** A warm-up item at its dose: "marching in place 2 min", "cat-cow 10 reps". */
    static String warmUpDose(DoseItem item, Catalog catalog) {
        boolean perSide = catalog.find(item.id()).map(Exercise::perSide).orElse(false);
        if (item.reps() == 0 && item.holdSeconds() >= 60 && item.holdSeconds() % 60 == 0 && item.sets() <= 1) {
            return (item.holdSeconds() / 60) + " min" + (perSide ? " per side" : "");
        }
        return dose(Math.max(item.sets(), 1), item.reps(), item.holdSeconds(), perSide);
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "1 run", "3 runs". */
    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    static String duration(int seconds) {
        if (seconds >= 60 && seconds % 60 == 0) {
            return seconds / 60 + " min";
        }
        return seconds + " s";
    }

    static String kindLabel(SessionKind kind) {
        return switch (kind) {
            case STRENGTH -> "Strength";
            case EASY_RUN -> "Easy run";
            case FLEXIBILITY -> "Flexibility";
            case CROSS_TRAINING -> "Cross-training";
        };
    }

    /** The session's name: "Strength", "Easy run", "Cross-training: swimming". */
    static String title(SessionPlan session) {
        if (session.kind() == SessionKind.CROSS_TRAINING && session.activity() != null) {
            return "Cross-training: " + session.activity().name().toLowerCase(Locale.ROOT);
        }
        return kindLabel(session.kind());
    }

    /** "17 min + 6 min warm-up", and for a day that happened what the log says: "(missed)", "(done 15 min...)". */
    static String minutes(SessionPlan session) {
        return session.minutes() + " min" + (warmup(session) > 0 ? " + " + warmup(session) + " min warm-up" : "")
                + logged(session);
    }

    /** What the log says of a session, when it says more than "done as planned". */
    private static String logged(SessionPlan session) {
        PlanDocument.Logged logged = session.logged();
        if (logged == null) {
            return "";
        }
        if (logged.missed()) {
            return " (missed)";
        }
        List<String> parts = new ArrayList<>();
        if (logged.addedByAthlete()) {
            parts.add("added by the athlete");
        }
        if ("PARTIAL".equals(logged.status())) {
            parts.add("cut short");
        }
        if (logged.minutes() != null && logged.minutes() != session.minutes()) {
            parts.add("done " + logged.minutes() + " min");
        }
        if (logged.pain() != null && logged.pain() > 0) {
            parts.add("pain " + logged.pain() + "/10");
        }
        if (logged.exercises() != null) {
            logged.exercises().stream().filter(done -> done.pain() != null && done.pain() > 0)
                    .forEach(done -> parts.add(done.id() + " pain " + done.pain() + "/10"));
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    /**
     * Whether {@code session} is a run or strength session that comes after the day's warm-up, so it has none of its
     * own (plans give the warm-up to a day's first run or strength session only).
     */
    static boolean followsTheWarmUp(DayPlan day, SessionPlan session) {
        if (session.kind() != SessionKind.EASY_RUN && session.kind() != SessionKind.STRENGTH || warmup(session) > 0) {
            return false;
        }
        for (SessionPlan earlier : day.sessions()) {
            if (earlier == session) {
                return false;
            }
            if (warmup(earlier) > 0) {
                return true;
            }
        }
        return false;
    }

    static int warmup(SessionPlan session) {
        return session.warmupMinutes() == null ? 0 : session.warmupMinutes();
    }

    /** The time the session takes from the start of its warm-up to its end. */
    static int totalMinutes(SessionPlan session) {
        return warmup(session) + session.minutes();
    }

    static List<ExercisePlan> exercises(SessionPlan session) {
        return session.exercises() == null ? List.of() : session.exercises();
    }

    static List<DayPlan> daysOf(PlanDocument plan, int week) {
        return plan.days().stream().filter(day -> day.week() == week).toList();
    }

    /** "4 – 10 Jan 2027" or "29 Dec 2026 – 4 Jan 2027". */
    static String dateRange(List<DayPlan> days) {
        if (days.isEmpty()) {
            return "";
        }
        LocalDate first = days.get(0).date();
        LocalDate last = days.get(days.size() - 1).date();
        if (first.equals(last)) {
            return DAY_MONTH_YEAR.format(first);
        }
        String from = first.getYear() != last.getYear() ? DAY_MONTH_YEAR.format(first)
                : first.getMonth() != last.getMonth() ? DAY_MONTH.format(first)
                : String.valueOf(first.getDayOfMonth());
        return from + " \u2013 " + DAY_MONTH_YEAR.format(last);
    }

    /** The name of an exercise: as the plan wrote it, else the catalog's, else its id. */
    static String name(ExercisePlan exercise, Catalog catalog) {
        if (exercise.name() != null && !exercise.name().isBlank()) {
            return exercise.name();
        }
        return catalog.find(exercise.id()).map(Exercise::name).orElse(exercise.id());
    }

    /** Every exercise the plan uses (strength first, then stretches), each once, in the order first met. */
    static Map<String, ExercisePlan> exercisesUsed(PlanDocument plan) {
        Map<String, ExercisePlan> strength = new LinkedHashMap<>();
        Map<String, ExercisePlan> other = new LinkedHashMap<>();
        for (DayPlan day : plan.days()) {
            for (SessionPlan session : day.sessions()) {
                for (ExercisePlan exercise : exercises(session)) {
                    (session.kind() == SessionKind.STRENGTH ? strength : other).putIfAbsent(exercise.id(), exercise);
                }
            }
        }
        other.keySet().removeAll(strength.keySet());
        Map<String, ExercisePlan> all = new LinkedHashMap<>(strength);
        all.putAll(other);
        return all;
    }

    /**
     * Every exercise a how-to section explains, by id with its name: the plan's exercises, then the warm-up items
     * when some session has a warm-up.
     */
    static Map<String, String> howToEntries(PlanDocument plan, Catalog catalog) {
        Map<String, String> names = new LinkedHashMap<>();
        exercisesUsed(plan).forEach((id, exercise) -> names.put(id, name(exercise, catalog)));
        if (hasWarmups(plan)) {
            catalog.warmUp().forEach(item -> names.putIfAbsent(item.id(),
                    catalog.find(item.id()).map(Exercise::name).orElse(item.id())));
        }
        return names;
    }

    /** The catalog's how-to of {@code id}, or a note saying where to find it when the catalog has none. */
    static String howTo(String id, Catalog catalog) {
        return catalog.find(id).map(Exercise::howTo).filter(text -> !text.isBlank())
                .orElse("This catalog has no description of " + id + "; ask your coach how to do it.");
    }

    /** Whether the catalog describes {@code id}. */
    static boolean hasHowTo(String id, Catalog catalog) {
        return catalog.find(id).map(Exercise::howTo).filter(text -> !text.isBlank()).isPresent();
    }

    /** Text for places that may not show Unicode well (terminals, calendar descriptions): x for ×, - for –. */
    static String plain(String text) {
        return text.replace(TIMES, "x").replace("\u2013", "-");
    }

    /** Whether any session has a warm-up, so that the warm-up routine belongs in the output. */
    static boolean hasWarmups(PlanDocument plan) {
        return plan.days().stream().flatMap(day -> day.sessions().stream()).anyMatch(s -> warmup(s) > 0);
    }

    /** The warm-up routine as one line: "marching in place 2 min, cat-cow 10 reps, ...". */
    static String warmUpLine(Catalog catalog) {
        List<String> items = new ArrayList<>();
        for (DoseItem item : catalog.warmUp()) {
            String name = catalog.find(item.id()).map(Exercise::name).orElse(item.id());
            items.add(name + " " + warmUpDose(item, catalog));
        }
        return String.join(", ", items);
    }
}
