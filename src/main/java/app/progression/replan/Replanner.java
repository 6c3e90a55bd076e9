package app.progression.replan;

import app.progression.InvalidInputException;
import app.progression.catalog.Catalog;
import app.progression.domain.ConstraintWeights;
import app.progression.domain.CrossTrainingBlock;
import app.progression.domain.Day;
import app.progression.domain.History;
import app.progression.domain.ProgressionStep;
import app.progression.domain.Run;
import app.progression.domain.StrengthSession;
import app.progression.domain.StrengthSlot;
import app.progression.domain.StretchBlock;
import app.progression.domain.TeamFacts;
import app.progression.domain.TrainingPlan;
import app.progression.domain.Week;
import app.progression.plan.PlanDocument;
import app.progression.plan.PlanDocument.DayPlan;
import app.progression.plan.PlanDocument.WeekSummary;
import app.progression.plan.PlanDocuments;
import app.progression.plan.PlanReader;
import app.progression.plan.Planner;
import app.progression.profile.Profile;
import app.progression.solver.PlanProblem;
import app.progression.solver.PlanSolver;
import app.progression.solver.SolveOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * Makes a plan again from what happened. Days before {@code from} and days a coach locked keep their sessions
 * (pinned); the rest is planned from where the athlete really is (the runs as run, the strength sets as done, what
 * {@link LogHistory} reads in the log), starting from the old plan's own choices. The rule
 * {@code plan-stays-as-it-was} weighs every session that moves or changes against the old plan, so the new plan
 * differs from it only where the log or the rules make it worth it.
 */
public final class Replanner {

    /** A plan to make again: its profile, catalog and weights, the plan file as it stands and the log. */
    public record Request(Profile profile, Catalog catalog, ConstraintWeights weights, PlanDocument plan,
            String planName, TrainingLog log, LocalDate from) {
    }

    /** The outcome (a plan, a referral, or the hard rules broken), and what changed when there is a plan. */
    public record Result(Planner.Outcome outcome, ReplanReport report) {
    }

    /** The old plan with the log written onto its past days, and what the log means. */
    private record Logged(PlanDocument plan, LogHistory history) {
    }

    private final PlanSolver solver;

    public Replanner(SolveOptions options) {
        this.solver = new PlanSolver(options);
    }

    /** The day re-planning starts on when none is given: the day after the log's last entry, else the start. */
    public static LocalDate defaultFrom(PlanDocument plan, TrainingLog log) {
        return log.lastDate().map(date -> date.plusDays(1)).orElse(plan.startDate());
    }

    public Result replan(Request request) {
        Optional<Planner.Referred> referral = Planner.referral(request.profile());
        if (referral.isPresent()) {
            return new Result(referral.get(), null);
        }
        checkFrom(request);
        PlanDocument annotated = LoggedDays.annotated(request.plan(), request.log(), request.catalog(),
                request.from());
        Logged logged = new Logged(annotated, LogHistory.of(annotated, request.log().flares(), request.from()));
        PlanProblem.Built built = problem(request, logged);
        TrainingPlan solved = solver.solve(built.plan(), () -> problem(request, logged).plan());
        if (!solved.getScore().isFeasible()) {
            return new Result(new Planner.Infeasible(PlanSolver.brokenHardRules(solved)), null);
        }
        List<String> warnings = new ArrayList<>(built.warnings());
        warnings.addAll(logged.history().warnings());
        PlanDocument document = document(request, logged, solved, warnings);
        return new Result(new Planner.Planned(document, solved),
                ReplanReport.of(request.plan(), document, request.from(), logged.history()));
    }

    private static void checkFrom(Request request) {
        PlanDocument plan = request.plan();
        LocalDate end = plan.startDate().plusDays(plan.weeks() * 7L - 1);
        if (request.from().isBefore(plan.startDate()) || request.from().isAfter(end)) {
            throw new InvalidInputException("--from " + request.from() + " is not a day of the plan ("
                    + plan.startDate() + " to " + end + ").");
        }
        Optional<LocalDate> last = request.log().lastDate();
        if (last.isPresent() && !last.get().isBefore(request.from())) {
            throw new InvalidInputException("The log has entries on or after --from " + request.from() + " (the last "
                    + "on " + last.get() + "): re-planning starts after what happened, so --from must be later.");
        }
    }

    /** The problem: history and locked days as they were, the other days to decide, starting from the old plan. */
    private static PlanProblem.Built problem(Request request, Logged logged) {
        History history = logged.history().history();
        PlanProblem.Built built = PlanProblem.build(request.profile(), request.catalog(), request.weights(),
                TeamFacts.NONE, history);
        TrainingPlan plan = built.plan();
        PlanReader.Written old = PlanReader.written(request.profile(), request.catalog(), plan, logged.plan(),
                request.planName());
        List<Run> runs = new ArrayList<>();
        List<StrengthSession> strength = new ArrayList<>();
        int addOnSeconds = plan.getStrengthSessions().isEmpty() ? 0
                : plan.getStrengthSessions().get(0).getAddOnSeconds();
        for (Week week : plan.getWeeks()) {
            // The k-th run (strength session) of a week to decide starts on, and remembers, the k-th day the old
            // plan had one on among the days still to decide.
            List<Run> keptRuns = inWeek(old.runs(), Run::getDay, week, history::keeps);
            runs.addAll(keptRuns);
            List<Day> before = daysOf(inWeek(old.runs(), Run::getDay, week, day -> !history.keeps(day)),
                    Run::getDay);
            int index = countInWeek(old.runs(), Run::getWeekNumber, week);
            for (int k = 0; k < request.profile().runsPerWeek() - keptRuns.size() && hasDays(week); k++) {
                Run run = new Run(week, index++);
                run.setPreviousDay(nth(before, k));
                run.setDay(startingDay(week, nth(before, k)));
                runs.add(run);
            }

            List<StrengthSession> keptStrength = inWeek(old.strengthSessions(), StrengthSession::getDay, week,
                    history::keeps);
            strength.addAll(keptStrength);
            before = daysOf(inWeek(old.strengthSessions(), StrengthSession::getDay, week,
                    day -> !history.keeps(day)), StrengthSession::getDay);
            index = countInWeek(old.strengthSessions(), StrengthSession::getWeekNumber, week);
            int toDecide = plan.getStrengthSessions().isEmpty() || !hasDays(week) ? 0
                    : request.profile().strengthSessionsPerWeek() - keptStrength.size();
            for (int k = 0; k < toDecide; k++) {
                StrengthSession session = new StrengthSession(week, index++, addOnSeconds);
                session.setPreviousDay(nth(before, k));
                session.setDay(startingDay(week, nth(before, k)));
                strength.add(session);
            }
        }
        List<StretchBlock> stretches = new ArrayList<>(kept(old.stretchBlocks(), StretchBlock::getDay, history));
        for (StretchBlock block : plan.getStretchBlocks()) {
            String was = old.stretchBlocks().stream().filter(b -> b.getDay().equals(block.getDay())
                    && b.getOrder() == block.getOrder()).map(b -> b.getStretch().id()).findFirst().orElse("");
            block.setPreviousStretch(was);
            plan.getStretches().stream().filter(stretch -> stretch.id().equals(was)).findFirst()
                    .ifPresent(block::setStretch);
            stretches.add(block);
        }
        List<CrossTrainingBlock> crossTraining = new ArrayList<>(kept(old.crossTraining(),
                CrossTrainingBlock::getDay, history));
        for (CrossTrainingBlock block : plan.getCrossTrainingBlocks()) {
            String was = old.crossTraining().stream().filter(b -> b.getDay().equals(block.getDay()))
                    .map(b -> b.getActivity().name()).findFirst().orElse("");
            block.setPreviousActivity(was);
            plan.getCrossTraining().stream().filter(activity -> activity.name().equals(was)).findFirst()
                    .ifPresent(block::setActivity);
            crossTraining.add(block);
        }
        plan.setEntities(slots(request, logged, plan, old), strength, runs, stretches, crossTraining);
        plan.setWarmUpIssues(old.warmUpIssues().stream().filter(issue -> history.keeps(issue.day().index()))
                .toList());
        plan.deriveShadows();
        return built;
    }

    /**
     * Weeks that have started keep their set as done; later weeks are decided. While the log leaves the strength
     * sets as the old plan had them, the search starts from the old plan's steps and weighs every change of them;
     * once it changes them, those steps lead elsewhere and the construction drafts the progression afresh.
     */
    private static List<StrengthSlot> slots(Request request, Logged logged, TrainingPlan plan,
            PlanReader.Written old) {
        History history = logged.history().history();
        List<StrengthSlot> planned = PlanReader.written(request.profile(), request.catalog(), plan, request.plan(),
                request.planName()).slots();
        List<StrengthSlot> slots = new ArrayList<>();
        boolean setsAsPlanned = history.painfulFromWeek().isEmpty() && history.flareWeeks().isEmpty()
                && history.repeatWeeks().isEmpty();
        for (StrengthSlot slot : plan.getStrengthSlots()) {
            if (plan.getWeeks().get(slot.getWeek() - 1).past()) {
                StrengthSlot done = at(old.slots(), slot.getWeek(), slot.getPosition());
                StrengthSlot was = at(planned, slot.getWeek(), slot.getPosition());
                setsAsPlanned &= done != null && was != null && done.getExercise().equals(was.getExercise())
                        && done.getReps().equals(was.getReps());
                slots.add(done != null ? done : slot);
            } else {
                slots.add(slot);
            }
        }
        if (setsAsPlanned) {
            for (StrengthSlot slot : slots) {
                if (!slot.isPinned()) {
                    stepTaken(slot, planned, plan).ifPresent(step -> {
                        slot.setPreviousStep(step);
                        slot.setStep(step);
                    });
                }
            }
        }
        return slots;
    }

    /** The step the old plan took into this slot's week, when its file shows one the athlete may take. */
    private static Optional<ProgressionStep> stepTaken(StrengthSlot slot, List<StrengthSlot> planned,
            TrainingPlan plan) {
        StrengthSlot was = at(planned, slot.getWeek(), slot.getPosition());
        StrengthSlot before = at(planned, slot.getWeek() - 1, slot.getPosition());
        if (was == null) {
            return Optional.empty();
        }
        if (slot.getWeek() == 1) {
            List<?> start = plan.getLadder().startingEntries();
            return Optional.of(slot.getPosition() < start.size() && !start.get(slot.getPosition())
                    .equals(was.getExercise()) ? ProgressionStep.ADVANCE : ProgressionStep.HOLD);
        }
        if (before == null) {
            return Optional.empty();
        }
        if (!before.getExercise().equals(was.getExercise())) {
            return Optional.of(ProgressionStep.ADVANCE);
        }
        int added = was.getReps() - before.getReps();
        return plan.getProgressionSteps().stream()
                .filter(step -> step != ProgressionStep.ADVANCE && step.repIncrease() == added).findFirst();
    }

    private static StrengthSlot at(List<StrengthSlot> slots, int week, int position) {
        return slots.stream().filter(slot -> slot.getWeek() == week && slot.getPosition() == position).findFirst()
                .orElse(null);
    }

    /** The entities on days of {@code week} whose day index passes {@code dayIndex}, in date order. */
    private static <T> List<T> inWeek(List<T> entities, Function<T, Day> day, Week week, IntPredicate dayIndex) {
        return entities.stream()
                .filter(entity -> day.apply(entity) != null && day.apply(entity).week() == week.number()
                        && dayIndex.test(day.apply(entity).index()))
                .sorted(Comparator.comparingInt(entity -> day.apply(entity).index()))
                .toList();
    }

    private static <T> List<T> kept(List<T> entities, Function<T, Day> day, History history) {
        return entities.stream().filter(entity -> history.keeps(day.apply(entity).index())).toList();
    }

    private static <T> int countInWeek(List<T> entities, Function<T, Integer> week, Week of) {
        return (int) entities.stream().filter(entity -> week.apply(entity) == of.number()).count();
    }

    private static <T> List<Day> daysOf(List<T> entities, Function<T, Day> day) {
        return entities.stream().map(day).toList();
    }

    private static Day nth(List<Day> days, int k) {
        return k < days.size() ? days.get(k) : null;
    }

    private static boolean hasDays(Week week) {
        return !week.availableDays().isEmpty();
    }

    /** The old plan's day when the solver may still use it; else none, for the construction to choose. */
    private static Day startingDay(Week week, Day before) {
        return before != null && week.availableDays().contains(before) ? before : null;
    }

    /**
     * The new plan's document: days before {@code from} as they were with what the log says of them, then the new
     * days, locked days marked as such; it records what the log meant, so the plan reads back as it was made.
     */
    private static PlanDocument document(Request request, Logged logged, TrainingPlan solved,
            List<String> warnings) {
        History history = logged.history().history();
        PlanDocument fresh = PlanDocuments.from(solved, request.profile(), warnings);
        List<DayPlan> days = new ArrayList<>();
        for (int i = 0; i < fresh.days().size(); i++) {
            DayPlan day = fresh.days().get(i);
            if (i < history.fromDay()) {
                days.add(logged.plan().days().get(i));
            } else if (history.lockedDays().contains(i)) {
                days.add(new DayPlan(day.date(), day.week(), day.dayOfWeek(), day.availableMinutes(), day.sessions(),
                        true));
            } else {
                days.add(day);
            }
        }
        List<WeekSummary> summaries = new ArrayList<>();
        for (WeekSummary summary : fresh.weekSummaries()) {
            boolean closed = summary.week() * 7 <= history.fromDay();
            Optional<WeekSummary> before = request.plan().weekSummaries().stream()
                    .filter(old -> old.week() == summary.week()).findFirst();
            // A week that happened keeps its set and easing as planned; its counts say what was done.
            summaries.add(PlanDocuments.counted(closed && before.isPresent() ? before.get() : summary, days));
        }
        PlanDocument.MadeWith made = fresh.madeWith();
        PlanDocument document = new PlanDocument(fresh.athleteId(), fresh.athleteName(), fresh.startDate(),
                fresh.weeks(), fresh.feasible(), fresh.score(), fresh.warnings(), fresh.findings(), summaries, days,
                new PlanDocument.MadeWith(made.weights(), made.catalog(),
                        logged.history().replanned(fresh.startDate())));
        // The file's score is the one it reads back with, as `explain` scores it: what changing the old plan cost
        // (plan-stays-as-it-was) needs the old plan, which the file does not hold.
        HardSoftLongScore score = PlanSolver.solutionManager().update(PlanReader.read(request.profile(),
                request.catalog(), request.weights(), document, "the new plan").plan());
        return document.withScore(score.toString(), score.isFeasible());
    }
}
