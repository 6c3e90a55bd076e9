package app.progression.plan;

import app.progression.InvalidInputException;
import app.progression.catalog.Catalog;
import app.progression.catalog.Exercise;
import app.progression.catalog.ExerciseKind;
import app.progression.domain.ConstraintWeights;
import app.progression.domain.CrossTrainingBlock;
import app.progression.domain.Day;
import app.progression.domain.Run;
import app.progression.domain.SessionKind;
import app.progression.domain.StrengthSession;
import app.progression.domain.StrengthSlot;
import app.progression.domain.Stretch;
import app.progression.domain.StretchBlock;
import app.progression.domain.TeamFacts;
import app.progression.domain.TrainingPlan;
import app.progression.domain.WarmUpIssue;
import app.progression.domain.Week;
import app.progression.plan.PlanDocument.DayPlan;
import app.progression.plan.PlanDocument.ExercisePlan;
import app.progression.plan.PlanDocument.Logged;
import app.progression.plan.PlanDocument.LoggedExercise;
import app.progression.plan.PlanDocument.SessionPlan;
import app.progression.profile.Profile;
import app.progression.solver.PlanProblem;
import app.progression.solver.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A plan document back as the model of its profile's problem: the other direction of the mapping that
 * {@link PlanDocuments} writes. Every decision and length is taken as written and pinned, so the rules score the
 * plan as it stands (a coach's hand edits included), and re-planning can keep what it must.
 *
 * <p>Sessions the solver would never make are still represented, so the rules see them: a fourth run in a week, a
 * session on an unavailable day, two warm-ups on a day (as a {@link WarmUpIssue}). A week without a strength
 * session keeps one without a day, so that the per-week count sees the week.
 */
public final class PlanReader {

    /** The plan as the model, and what the file holds that no rule looks at. */
    public record Read(TrainingPlan plan, List<String> notes) {
    }

    /**
     * The sessions a document writes, as fixed and pinned entities on the days and weeks of a problem, and what the
     * file holds that no rule looks at.
     */
    public record Written(List<StrengthSlot> slots, List<StrengthSession> strengthSessions, List<Run> runs,
            List<StretchBlock> stretchBlocks, List<CrossTrainingBlock> crossTraining, List<WarmUpIssue> warmUpIssues,
            List<String> notes) {
    }

    private final Profile profile;
    private final Catalog catalog;
    private final TrainingPlan plan;
    private final String what;
    private final List<String> notes = new ArrayList<>();
    private final List<StrengthSession> strengthSessions = new ArrayList<>();
    private final List<Run> runs = new ArrayList<>();
    private final List<StretchBlock> stretchBlocks = new ArrayList<>();
    private final List<CrossTrainingBlock> crossTraining = new ArrayList<>();
    private final List<WarmUpIssue> warmUpIssues = new ArrayList<>();
    private final Map<Integer, List<ExercisePlan>> setOfWeek = new LinkedHashMap<>();
    private final Map<Integer, List<ExercisePlan>> doneSetOfWeek = new HashMap<>();
    private final Set<Integer> pastStrength = new HashSet<>();
    private final Map<Integer, Integer> strengthCount = new HashMap<>();
    private final Map<Integer, Integer> runCount = new HashMap<>();

    private PlanReader(Profile profile, Catalog catalog, TrainingPlan plan, String what) {
        this.profile = profile;
        this.catalog = catalog;
        this.plan = plan;
        this.what = what;
    }

    /** Reads {@code document} as a plan for {@code profile}; refuses a file that does not belong to the profile. */
    public static Read read(Profile profile, Catalog catalog, ConstraintWeights weights, PlanDocument document,
            String what) {
        return read(profile, catalog, weights, TeamFacts.NONE, document, what);
    }

    public static Read read(Profile profile, Catalog catalog, ConstraintWeights weights, TeamFacts team,
            PlanDocument document, String what) {
        TrainingPlan plan = PlanProblem.build(profile, catalog, weights, team, Provenance.history(document)).plan();
        Written written = written(profile, catalog, plan, document, what);
        List<StrengthSession> strengthSessions = new ArrayList<>(written.strengthSessions());
        if (!plan.getStrengthSessions().isEmpty()) {
            // A week without a strength session keeps one without a day, so the per-week count sees the week.
            for (Week week : plan.getWeeks()) {
                if (strengthSessions.stream().noneMatch(session -> session.getWeekNumber() == week.number())) {
                    strengthSessions.add(new StrengthSession(week, 0, 0));
                }
            }
        }
        plan.setEntities(written.slots(), strengthSessions, written.runs(), written.stretchBlocks(),
                written.crossTraining());
        plan.setWarmUpIssues(written.warmUpIssues());
        plan.deriveShadows();
        plan.setScore(null);
        return new Read(plan, written.notes());
    }

    /** What {@code document} writes, on the days and weeks of {@code problem} (which it leaves as it is). */
    public static Written written(Profile profile, Catalog catalog, TrainingPlan problem, PlanDocument document,
            String what) {
        checkBelongs(profile, document, what);
        PlanReader reader = new PlanReader(profile, catalog, problem, what);
        reader.readDays(document);
        List<StrengthSlot> slots = StrengthSetPositions.slots(catalog, reader.setsOfWeeks(), problem.getWeekCount(),
                reader.notes);
        slots.forEach(slot -> slot.placeIn(problem.getWeeks().get(slot.getWeek() - 1)));
        return new Written(slots, reader.strengthSessions, reader.runs, reader.stretchBlocks, reader.crossTraining,
                reader.warmUpIssues, List.copyOf(reader.notes));
    }

    private void readDays(PlanDocument document) {
        Map<LocalDate, Day> daysByDate = new HashMap<>();
        plan.getDays().forEach(day -> daysByDate.put(day.date(), day));
        for (DayPlan dayPlan : document.days()) {
            String at = what + ", " + dayPlan.date();
            Day day = daysByDate.remove(dayPlan.date());
            if (day == null) {
                throw new InvalidInputException(at + ": the date is outside the profile's plan (" + profile.startDate()
                        + " to " + profile.endDate() + ") or appears twice.");
            }
            if (dayPlan.availableMinutes() != day.availableMinutes()) {
                notes.add(day.date() + ": the file says " + dayPlan.availableMinutes() + " minutes are available, "
                        + "the profile says " + day.availableMinutes() + "; the profile's minutes are used.");
            }
            readDay(day, dayPlan.sessions() == null ? List.of() : dayPlan.sessions(), at);
        }
    }

    private void readDay(Day day, List<SessionPlan> sessions, String at) {
        Week week = plan.getWeeks().get(day.week() - 1);
        int stretchOrder = 0;
        boolean crossTrainingOnDay = false;
        for (SessionPlan session : sessions) {
            switch (session.kind()) {
                case STRENGTH -> readStrength(day, week, session, at);
                case EASY_RUN -> {
                    if (session.minutes() < 1) {
                        throw new InvalidInputException(at + ": a run must last 1 minute or more, not "
                                + session.minutes() + ".");
                    }
                    int index = runCount.merge(week.number(), 1, Integer::sum) - 1;
                    Run run = Run.fixed(week, index, day, session.minutes());
                    if (day.past() && session.logged() != null) {
                        run.setDoneMinutes(session.logged().missed() ? 0
                                : Objects.requireNonNullElse(session.logged().minutes(), session.minutes()));
                    }
                    runs.add(run);
                }
                case FLEXIBILITY -> {
                    for (ExercisePlan item : exercisesOf(session, at)) {
                        Exercise exercise = exercise(item, at);
                        if (exercise.kind() != ExerciseKind.FLEXIBILITY) {
                            throw new InvalidInputException(at + ": '" + exercise.id()
                                    + "' is not a stretch or release, so it cannot be in a flexibility session.");
                        }
                        StretchBlock block = StretchBlock.of(day, stretchOrder++,
                                new Stretch(exercise, catalog.minutes(exercise)));
                        block.setPinned(true);
                        stretchBlocks.add(block);
                    }
                }
                case CROSS_TRAINING -> {
                    if (session.activity() == null) {
                        throw new InvalidInputException(at + ": a cross-training session has no activity.");
                    }
                    if (crossTrainingOnDay) {
                        throw new InvalidInputException(at + ": two cross-training sessions on one day; the planner "
                                + "models at most one a day.");
                    }
                    crossTrainingOnDay = true;
                    if (!profile.crossTraining().contains(session.activity())) {
                        notes.add(day.date() + ": " + session.activity() + " is not in the profile's crossTraining "
                                + "list.");
                    }
                    CrossTrainingBlock block = CrossTrainingBlock.of(day, session.minutes(), session.activity());
                    block.setPinned(true);
                    crossTraining.add(block);
                }
            }
        }
        checkWarmUpAndOrder(day, sessions);
    }

    private void readStrength(Day day, Week week, SessionPlan session, String at) {
        List<ExercisePlan> set = new ArrayList<>();
        int addOnSeconds = 0;
        for (ExercisePlan item : exercisesOf(session, at)) {
            Exercise exercise = exercise(item, at);
            if (!exercise.isStrength()) {
                throw new InvalidInputException(at + ": '" + exercise.id() + "' is not a strength exercise, so it "
                        + "cannot be in a strength session.");
            }
            if (exercise.isOnLadder()) {
                set.add(item);
            } else {
                int reps = item.reps() == null ? exercise.fixedReps() : item.reps();
                addOnSeconds += catalog.strengthSeconds(exercise, item.sets(), reps);
            }
        }
        int index = strengthCount.merge(week.number(), 1, Integer::sum) - 1;
        StrengthSession entity = new StrengthSession(week, index, addOnSeconds);
        entity.setDay(day);
        entity.setPinned(true);
        strengthSessions.add(entity);
        if (day.past()) {
            // A session that already happened counts as done as planned unless its log says otherwise.
            pastStrength.add(week.number());
            Logged logged = session.logged();
            if (logged == null || !logged.missed()) {
                doneSetOfWeek.put(week.number(), logged == null ? set : asDone(set, logged.exercises()));
            }
            return;
        }
        List<ExercisePlan> first = setOfWeek.putIfAbsent(week.number(), set);
        if (first != null && !sameSet(first, set)) {
            notes.add(day.date() + ": this strength session's set differs from the week's first one; the rules read "
                    + "week " + week.number() + "'s set from its first session.");
        }
    }

    /**
     * A set as a logged session did it: the repetitions logged (within the dose), and an exercise of the same rung
     * done instead of the planned one.
     */
    private List<ExercisePlan> asDone(List<ExercisePlan> set, List<LoggedExercise> done) {
        if (done == null) {
            return set;
        }
        List<ExercisePlan> result = new ArrayList<>();
        for (ExercisePlan item : set) {
            Exercise planned = catalog.get(item.id());
            ExercisePlan now = item;
            for (LoggedExercise logged : done) {
                Exercise did = catalog.find(logged.id()).orElse(null);
                if (did == null || !did.isOnLadder() || !did.rung().equals(planned.rung())) {
                    continue;
                }
                int reps = logged.reps() != null ? logged.reps()
                        : did.equals(planned) ? item.reps() : catalog.strengthDose().minReps();
                reps = Math.max(catalog.strengthDose().minReps(), Math.min(catalog.strengthDose().maxReps(), reps));
                now = new ExercisePlan(did.id(), did.name(), item.sets(), reps, null, item.perSide(), null);
            }
            result.add(now);
        }
        return result;
    }

    /**
     * Each week's set: as done in its last session that already happened; the week before's when every one of them
     * was missed; else as its first session lists it.
     */
    private Map<Integer, List<ExercisePlan>> setsOfWeeks() {
        Map<Integer, List<ExercisePlan>> sets = new LinkedHashMap<>();
        for (int week = 1; week <= plan.getWeekCount(); week++) {
            List<ExercisePlan> set = doneSetOfWeek.get(week);
            if (set == null && pastStrength.contains(week)) {
                set = sets.get(week - 1);
            }
            if (set == null) {
                set = setOfWeek.get(week);
            }
            if (set != null) {
                sets.put(week, set);
            }
        }
        return sets;
    }

    /**
     * The day's one warm-up goes before its first run or strength session, the run comes before strength and
     * stretching comes last. What a file does otherwise becomes a {@link WarmUpIssue}, and extra warm-ups count on
     * the day's minutes.
     */
    private void checkWarmUpAndOrder(Day day, List<SessionPlan> sessions) {
        int routine = plan.getAthlete().warmupMinutes();
        List<SessionKind> kinds = sessions.stream().map(SessionPlan::kind).toList();
        if (!kinds.equals(kinds.stream().sorted().toList())) {
            warmUpIssues.add(new WarmUpIssue(day, "the sessions on " + Reason.on(day) + " are not in the order done "
                    + "(easy run, strength, cross-training, then stretching)"));
        }
        List<SessionPlan> workouts = sessions.stream().filter(session -> session.kind().needsWarmUp()).toList();
        if (workouts.isEmpty()) {
            return;
        }
        int written = workouts.stream().mapToInt(session -> Objects.requireNonNullElse(session.warmupMinutes(), 0))
                .sum();
        Integer first = workouts.get(0).warmupMinutes();
        if (first == null || first < routine) {
            warmUpIssues.add(new WarmUpIssue(day, "the first workout on " + Reason.on(day) + " starts without the "
                    + routine + "-minute warm-up"));
        } else if (written > first) {
            warmUpIssues.add(new WarmUpIssue(day, "more than one warm-up on " + Reason.on(day) + "; one before the "
                    + "first workout is enough"));
        }
        int extra = Math.max(0, written - routine);
        if (extra > 0) {
            Object carrier = lastWorkoutEntityOn(day);
            if (carrier instanceof Run run) {
                run.setExtraWarmupMinutes(extra);
            } else if (carrier instanceof StrengthSession session) {
                session.setExtraWarmupMinutes(extra);
            }
        }
    }

    private Object lastWorkoutEntityOn(Day day) {
        Object last = null;
        for (Run run : runs) {
            if (day.equals(run.getDay())) {
                last = run;
            }
        }
        for (StrengthSession session : strengthSessions) {
            if (day.equals(session.getDay())) {
                last = session;
            }
        }
        return last;
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
                    + ". Use the profile the plan was made from.");
        }
    }

    private static List<ExercisePlan> exercisesOf(SessionPlan session, String at) {
        if (session.exercises() == null || session.exercises().isEmpty()) {
            throw new InvalidInputException(at + ": a " + session.kind() + " session lists no exercises.");
        }
        return session.exercises();
    }

    private Exercise exercise(ExercisePlan item, String at) {
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
            if (!x.id().equals(y.id()) || x.sets() != y.sets() || !Objects.equals(x.reps(), y.reps())) {
                return false;
            }
        }
        return true;
    }
}
