package app.progression.explain;

import app.progression.InvalidInputException;
import app.progression.catalog.Catalog;
import app.progression.catalog.Exercise;
import app.progression.catalog.ExerciseKind;
import app.progression.domain.ConstraintWeights;
import app.progression.domain.CrossTrainingBlock;
import app.progression.domain.Day;
import app.progression.domain.Progression;
import app.progression.domain.Run;
import app.progression.domain.StrengthSession;
import app.progression.domain.StrengthSlot;
import app.progression.domain.Stretch;
import app.progression.domain.StretchBlock;
import app.progression.domain.TrainingPlan;
import app.progression.domain.Week;
import app.progression.io.Json;
import app.progression.plan.PlanDocument;
import app.progression.plan.PlanDocument.DayPlan;
import app.progression.plan.PlanDocument.ExercisePlan;
import app.progression.plan.PlanDocument.SessionPlan;
import app.progression.profile.Profile;
import app.progression.solver.PlanProblem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a plan file back into a {@link TrainingPlan} of the profile it was made for, with every decision taken from
 * the file, so that it can be scored as it stands (a coach's hand edits included).
 *
 * <p>The problem is built from the profile as for solving; then its decisions are replaced by the file's:
 * strength session days, runs (day and minutes), stretches per day, cross-training per day, and each week's
 * strength set (read from the week's first strength session). A week's set keeps slot positions from the week
 * before (an exercise kept keeps its position, a new one takes the freed one), because the progression rules
 * compare a slot with the same slot one week later. The slots' exercise and repetitions are set directly, with
 * step {@code HOLD}, and must be scored with {@code SolutionUpdatePolicy.UPDATE_SCORE_ONLY} so that the
 * progression listener does not derive them again.
 *
 * <p>Sessions the solver would never produce are still represented, so the rules see them: a fourth run in a
 * week gets its own run entity, a session on an unavailable day sits on that day (the entities' value ranges
 * hold available days only, but scoring does not consult value ranges, so no special handling is needed), and a
 * week with no run or no strength session keeps one unscheduled entity so that the per-week counts see the week.
 */
public final class PlanReader {

    /** The plan as entities, and what the file holds that no rule looks at. */
    public record Read(TrainingPlan plan, List<String> notes) {
    }

    private PlanReader() {
    }

    /** Reads {@code document} as a plan for {@code profile}; refuses a file that does not belong to the profile. */
    public static Read read(Profile profile, Catalog catalog, ConstraintWeights weights, PlanDocument document) {
        return read(profile, catalog, weights, document, "the plan file");
    }

    public static Read read(Profile profile, Catalog catalog, ConstraintWeights weights, PlanDocument document,
            String what) {
        checkBelongs(profile, document, what);
        TrainingPlan plan = PlanProblem.build(profile, catalog, weights).plan();
        List<String> notes = new ArrayList<>();
        Map<LocalDate, Day> daysByDate = new HashMap<>();
        plan.getDays().forEach(day -> daysByDate.put(day.date(), day));
        Map<Integer, Week> weeks = new HashMap<>();
        for (int w = 1; w <= plan.getWeekCount(); w++) {
            int number = w;
            weeks.put(w, new Week(w, plan.getDays().stream()
                    .filter(day -> day.week() == number && day.isAvailable()).toList()));
        }
        int warmup = catalog.warmUpMinutes();
        Map<String, Stretch> stretches = new HashMap<>();
        plan.getStretches().forEach(stretch -> stretches.put(stretch.id(), stretch));

        List<StrengthSession> strengthSessions = new ArrayList<>();
        List<Run> runs = new ArrayList<>();
        List<StretchBlock> stretchBlocks = new ArrayList<>();
        List<CrossTrainingBlock> crossTraining = new ArrayList<>();
        Map<Integer, List<ExercisePlan>> setOfWeek = new LinkedHashMap<>();
        Map<Integer, Integer> strengthCount = new HashMap<>();
        Map<Integer, Integer> runCount = new HashMap<>();
        Set<LocalDate> seenDates = new HashSet<>();

        for (DayPlan dayPlan : document.days() == null ? List.<DayPlan>of() : document.days()) {
            String at = what + ", " + dayPlan.date();
            Day day = daysByDate.get(dayPlan.date());
            if (day == null) {
                throw new InvalidInputException(at + ": the date is outside the profile's plan ("
                        + profile.startDate() + " to " + profile.endDate() + ").");
            }
            if (!seenDates.add(day.date())) {
                throw new InvalidInputException(at + ": the date appears twice.");
            }
            if (dayPlan.availableMinutes() != day.availableMinutes()) {
                notes.add(day.date() + ": the file says " + dayPlan.availableMinutes()
                        + " minutes are available, the profile says " + day.availableMinutes()
                        + "; the profile's minutes are used.");
            }
            Week week = weeks.get(day.week());
            int stretchOrder = 0;
            boolean crossTrainingOnDay = false;
            List<SessionPlan> sessions = dayPlan.sessions() == null ? List.of() : dayPlan.sessions();
            for (SessionPlan session : sessions) {
                if (session.kind() == null) {
                    throw new InvalidInputException(at + ": a session has no kind.");
                }
                switch (session.kind()) {
                    case STRENGTH -> {
                        List<ExercisePlan> set = new ArrayList<>();
                        int addOnSeconds = 0;
                        for (ExercisePlan item : exercisesOf(session, at)) {
                            Exercise exercise = exercise(catalog, item, at);
                            if (!exercise.isStrength()) {
                                throw new InvalidInputException(at + ": '" + exercise.id()
                                        + "' is not a strength exercise, so it cannot be in a strength session.");
                            }
                            int reps = item.reps() == null ? exercise.fixedReps() : item.reps();
                            if (exercise.isOnLadder()) {
                                set.add(item);
                            } else {
                                addOnSeconds += catalog.strengthSeconds(exercise, item.sets(), reps);
                            }
                        }
                        int index = strengthCount.merge(week.number(), 1, Integer::sum) - 1;
                        StrengthSession entity = new StrengthSession(week, index, warmup, addOnSeconds);
                        entity.setDay(day);
                        strengthSessions.add(entity);
                        List<ExercisePlan> first = setOfWeek.putIfAbsent(week.number(), set);
                        if (first != null && !sameSet(first, set)) {
                            notes.add(day.date() + ": this strength session's set differs from the week's first "
                                    + "one; the rules read week " + week.number() + "'s set from its first session.");
                        }
                    }
                    case EASY_RUN -> {
                        if (session.minutes() < 1) {
                            throw new InvalidInputException(at + ": a run must last 1 minute or more, not "
                                    + session.minutes() + ".");
                        }
                        int index = runCount.merge(week.number(), 1, Integer::sum) - 1;
                        Run run = new Run(week, index, warmup);
                        run.setDay(day);
                        run.setMinutes(session.minutes());
                        runs.add(run);
                    }
                    case FLEXIBILITY -> {
                        for (ExercisePlan item : exercisesOf(session, at)) {
                            Exercise exercise = exercise(catalog, item, at);
                            if (exercise.kind() != ExerciseKind.FLEXIBILITY) {
                                throw new InvalidInputException(at + ": '" + exercise.id()
                                        + "' is not a stretch or release, so it cannot be in a flexibility session.");
                            }
                            Stretch stretch = stretches.getOrDefault(exercise.id(),
                                    new Stretch(exercise, catalog.minutes(exercise)));
                            stretchBlocks.add(StretchBlock.of(day, stretchOrder++, stretch));
                        }
                    }
                    case CROSS_TRAINING -> {
                        if (session.activity() == null) {
                            throw new InvalidInputException(at + ": a cross-training session has no activity.");
                        }
                        if (crossTrainingOnDay) {
                            throw new InvalidInputException(at + ": two cross-training sessions on one day; the "
                                    + "planner models at most one a day.");
                        }
                        crossTrainingOnDay = true;
                        if (!profile.crossTraining().contains(session.activity())) {
                            notes.add(day.date() + ": " + session.activity() + " is not in the profile's "
                                    + "crossTraining list.");
                        }
                        crossTraining.add(CrossTrainingBlock.of(day, session.minutes(), session.activity()));
                    }
                    default -> throw new InvalidInputException(at + ": unknown session kind " + session.kind() + ".");
                }
            }
        }

        // A week without any run (or strength session) in the file still needs one, unscheduled, so that the
        // per-week count rules see the week and its shortfall. Only then: OptaPlanner counts a null day as an
        // uninitialized variable (init score), which the explanation leaves out of the reported score.
        int shortestRun = plan.getShortestRunMinutes();
        boolean strengthPlanned = !plan.getStrengthSessions().isEmpty();
        for (Week week : weeks.values()) {
            if (strengthPlanned && profile.strengthSessionsPerWeek() > 0 && !strengthCount.containsKey(week.number())) {
                strengthSessions.add(new StrengthSession(week, 0, warmup, 0));
            }
            if (profile.runsPerWeek() > 0 && !runCount.containsKey(week.number())) {
                Run run = new Run(week, 0, warmup);
                run.setMinutes(shortestRun);
                runs.add(run);
            }
        }

        List<StrengthSlot> slots = slots(catalog, setOfWeek, plan.getWeekCount(), notes);

        replace(plan.getStrengthSlots(), slots);
        replace(plan.getStrengthSessions(), strengthSessions);
        replace(plan.getRuns(), runs);
        replace(plan.getStretchBlocks(), stretchBlocks);
        replace(plan.getCrossTrainingBlocks(), crossTraining);
        int[] seconds = Progression.strengthSecondsByWeek(plan);
        for (StrengthSession session : plan.getStrengthSessions()) {
            session.setContentMinutes(Progression.contentMinutes(seconds[session.getWeek().number() - 1], session));
        }
        plan.setScore(null);
        return new Read(plan, notes);
    }

    /**
     * The strength slots of every week with a set. Week by week, an exercise kept from the week before keeps its
     * position and a new one takes a position that was freed, so "the same slot one week later" means what the
     * progression rules expect.
     */
    private static List<StrengthSlot> slots(Catalog catalog, Map<Integer, List<ExercisePlan>> setOfWeek, int weekCount,
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
                Exercise exercise = catalog.get(item.id());
                int reps = item.reps() == null ? 0 : item.reps();
                slots.add(StrengthSlot.of(week, entry.getKey(), exercise, item.sets(), reps));
                current.put(entry.getKey(), item.id());
            }
            previous = current;
        }
        slots.sort((a, b) -> a.getWeek() != b.getWeek() ? Integer.compare(a.getWeek(), b.getWeek())
                : Integer.compare(a.getPosition(), b.getPosition()));
        return slots;
    }

    private static void checkBelongs(Profile profile, PlanDocument document, String what) {
        List<String> problems = new ArrayList<>();
        if (document.athleteId() != null && !document.athleteId().equals(profile.athleteId())) {
            problems.add("it is a plan for athlete '" + document.athleteId() + "', the profile is '"
                    + profile.athleteId() + "'");
        }
        if (document.startDate() != null && !document.startDate().equals(profile.startDate())) {
            problems.add("it starts on " + document.startDate() + ", the profile on " + profile.startDate());
        }
        if (document.weeks() != 0 && document.weeks() != profile.weeks()) {
            problems.add("it has " + document.weeks() + " weeks, the profile " + profile.weeks());
        }
        if (document.days() == null) {
            problems.add("it has no 'days'");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(what + " does not match the profile: " + String.join("; ", problems)
                    + ". Explain a plan with the profile it was made from.");
        }
    }

    private static List<ExercisePlan> exercisesOf(SessionPlan session, String at) {
        if (session.exercises() == null || session.exercises().isEmpty()) {
            throw new InvalidInputException(at + ": a " + session.kind() + " session lists no exercises.");
        }
        return session.exercises();
    }

    private static Exercise exercise(Catalog catalog, ExercisePlan item, String at) {
        if (item.id() == null) {
            throw new InvalidInputException(at + ": an exercise has no id.");
        }
        if (item.sets() < 1) {
            throw new InvalidInputException(at + ": '" + item.id() + "' needs 1 set or more, not " + item.sets()
                    + ".");
        }
        return catalog.find(item.id()).orElseThrow(() -> new InvalidInputException(at + ": unknown exercise '"
                + item.id() + "'. If the plan was made with a coach's catalog, pass it with --catalog."));
    }

    private static boolean sameSet(List<ExercisePlan> a, List<ExercisePlan> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            ExercisePlan x = a.get(i);
            ExercisePlan y = b.get(i);
            if (!x.id().equals(y.id()) || x.sets() != y.sets() || !java.util.Objects.equals(x.reps(), y.reps())) {
                return false;
            }
        }
        return true;
    }

    /** The problem's entity lists are mutable; replacing their content keeps the rest of the solution as built. */
    private static <T> void replace(List<T> target, List<T> content) {
        target.clear();
        target.addAll(content);
    }
}
