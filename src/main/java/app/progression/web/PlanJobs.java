package app.progression.web;

import app.progression.explain.Explainer;
import app.progression.domain.TrainingPlan;
import app.progression.plan.Planner;
import app.progression.solver.PlanSolver;
import app.progression.solver.SolveOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.solver.SolverManagerConfig;

/**
 * Plans athletes in the background with OptaPlanner's {@link SolverManager}: several at once (one solver thread per
 * parallel solve, more jobs wait in its queue), each reporting its best score so far, each stoppable while keeping
 * the best plan found. Around the solver it runs the same pipeline as {@code plan}: {@link Planner#prepare} (red
 * flags, the pre-check) before and {@link Planner#finish} after, and like {@code plan} it solves again from scratch
 * with 3 times, then 9 times the budget while the hard rules are still broken, unless the coach stopped it, and
 * with weights other than the defaults also makes the default plan and keeps the better one.
 */
final class PlanJobs implements AutoCloseable {

    /** The budget multiples of the attempts, as {@code plan} retries. */
    private static final int[] ATTEMPTS = {1, 3, 9};
    /** Finished jobs are forgotten oldest first beyond this many: a page polls a job within seconds of its end. */
    private static final int KEPT_FINISHED = 200;

    private final SolveOptions options;
    private final int parallelSolves;
    /** A solver manager per kind of attempt, as {@code plan} keeps a solver factory per kind. */
    private final Map<PlanSolver.Attempt, SolverManager<TrainingPlan, String>> managers = new ConcurrentHashMap<>();
    private final Map<String, PlanJob> jobs = new LinkedHashMap<>();

    PlanJobs(SolveOptions options, int parallelSolves) {
        this.options = options;
        this.parallelSolves = parallelSolves;
    }

    SolveOptions options() {
        return options;
    }

    /** Builds the first solver now, so the first coach to press "Plan" does not wait for it. */
    void warmUp() {
        manager(ATTEMPTS[0], false);
    }

    PlanJob submit(Planner.Request request) {
        PlanJob job = new PlanJob(UUID.randomUUID().toString(), request.profile().athleteId(),
                request.profile().athleteName());
        remember(job);
        Planner.Prepared prepared = Planner.prepare(request);
        if (prepared instanceof Planner.Decided decided) {
            if (decided.outcome() instanceof Planner.Infeasible infeasible) {
                job.reasons = infeasible.reasons();
                job.finish(PlanJob.Status.INFEASIBLE, infeasible.message());
            } else {
                job.finish(PlanJob.Status.REFERRED, decided.outcome().message());
            }
            return job;
        }
        Planner.ToSolve toSolve = (Planner.ToSolve) prepared;
        job.teamOrOldPlan = toSolve.built().plan().hasTeamOrOldPlan();
        attempt(job, toSolve, 0);
        return job;
    }

    Optional<PlanJob> find(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    List<PlanJob> all() {
        synchronized (jobs) {
            return new ArrayList<>(jobs.values());
        }
    }

    /** Stops a job early; a solving job ends with its best plan so far, a queued one with none. */
    void stop(PlanJob job) {
        job.stopRequested = true;
        if (job.status.finished()) {
            return;
        }
        SolverManager<TrainingPlan, String> manager = manager(ATTEMPTS[job.attempt - 1], job.teamOrOldPlan);
        manager.terminateEarly(problemId(job));
        if (job.defaultWeightsId != null) {
            manager.terminateEarly(job.defaultWeightsId);
        }
        synchronized (job) {
            if (job.status == PlanJob.Status.QUEUED) {
                job.finish(PlanJob.Status.CANCELLED, "Stopped before solving started; there is no plan to keep.");
            }
        }
    }

    private void attempt(PlanJob job, Planner.ToSolve toSolve, int index) {
        int factor = ATTEMPTS[index];
        job.attempt = index + 1;
        job.budget = options.budget().multipliedBy(factor);
        manager(factor, job.teamOrOldPlan).solveAndListen(problemId(job),
                id -> {
                    synchronized (job) {
                        job.solvingSinceNanos = System.nanoTime();
                        job.status = PlanJob.Status.SOLVING;
                    }
                    return toSolve.freshProblem();
                },
                best -> recordBest(job, best),
                solved -> finished(job, toSolve, index, PlanSolver.scoredInFull(solved)),
                (id, error) -> job.finish(PlanJob.Status.FAILED, "Solving failed: " + error.getClass().getSimpleName()
                        + ": " + error.getMessage()));
    }

    private static void recordBest(PlanJob job, TrainingPlan best) {
        HardSoftLongScore score = best.getScore();
        if (score != null && score.isSolutionInitialized()) {
            job.bestScore = Explainer.withoutInitScore(score).toString();
            job.bestFeasible = score.isFeasible();
        }
    }

    private void finished(PlanJob job, Planner.ToSolve toSolve, int index, TrainingPlan solved) {
        // As in `plan`: the retries first, then the default plan.
        boolean lastTry = solved.getScore().isFeasible() || index + 1 == ATTEMPTS.length;
        if (lastTry && !job.stopRequested && PlanSolver.hasOtherWeights(solved)) {
            recordBest(job, solved);
            tryDefaultWeights(job, toSolve, index, solved);
        } else {
            conclude(job, toSolve, index, solved);
        }
    }

    /**
     * As {@code plan} does, with weights other than the defaults: the plan the default weights give is made too,
     * and kept when it scores better by the coach's weights.
     */
    private void tryDefaultWeights(PlanJob job, Planner.ToSolve toSolve, int index, TrainingPlan own) {
        job.defaultWeightsId = problemId(job) + "/default-weights";
        manager(ATTEMPTS[index], job.teamOrOldPlan).solveAndListen(job.defaultWeightsId,
                id -> PlanSolver.withDefaultWeights(toSolve.freshProblem()),
                best -> {
                    // Scored with the default weights: not this job's progress.
                },
                byDefault -> conclude(job, toSolve, index, PlanSolver.better(own, byDefault)),
                (id, error) -> conclude(job, toSolve, index, own));
    }

    private void conclude(PlanJob job, Planner.ToSolve toSolve, int index, TrainingPlan solved) {
        recordBest(job, solved);
        Planner.Outcome outcome = Planner.finish(toSolve, solved);
        if (outcome instanceof Planner.Planned planned) {
            job.plan = planned.document();
            job.finish(PlanJob.Status.DONE, job.stopRequested ? "Stopped early: the best plan found so far." : null);
        } else if (!job.stopRequested && index + 1 < ATTEMPTS.length) {
            attempt(job, toSolve, index + 1);
        } else {
            job.reasons = ((Planner.Infeasible) outcome).reasons();
            job.finish(PlanJob.Status.INFEASIBLE, (job.stopRequested ? "Stopped early; the best plan so far still "
                    + "breaks hard rules. " : "") + outcome.message());
        }
    }

    private static String problemId(PlanJob job) {
        return job.id + "/" + job.attempt;
    }

    private SolverManager<TrainingPlan, String> manager(int factor, boolean teamOrOldPlan) {
        return managers.computeIfAbsent(new PlanSolver.Attempt(factor, teamOrOldPlan), attempt -> SolverManager.create(
                SolverFactory.<TrainingPlan>create(PlanSolver.config(options, attempt)),
                new SolverManagerConfig().withParallelSolverCount(String.valueOf(parallelSolves))));
    }

    private void remember(PlanJob job) {
        synchronized (jobs) {
            jobs.put(job.id, job);
            List<String> finished = jobs.values().stream().filter(j -> j.status.finished()).map(j -> j.id).toList();
            for (int i = 0; i < finished.size() - KEPT_FINISHED; i++) {
                jobs.remove(finished.get(i));
            }
        }
    }

    @Override
    public void close() {
        managers.values().forEach(SolverManager::close);
    }
}
