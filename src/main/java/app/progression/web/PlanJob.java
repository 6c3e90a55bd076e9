package app.progression.web;

import app.progression.plan.PlanDocument;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.util.List;

/**
 * One athlete being planned in the background. The solver threads write it and request threads read it, so every
 * field a reader sees is volatile and only whole values are replaced.
 */
final class PlanJob {

    enum Status {
        /** Waiting for a free solver. */
        QUEUED,
        SOLVING,
        /** A plan that meets every hard rule; {@link #stoppedEarly} when the coach stopped it. */
        DONE,
        /** No plan meets the hard rules: before solving (the pre-check) or after every attempt. */
        INFEASIBLE,
        /** Red flags: no plan, see a clinician. */
        REFERRED,
        /** Stopped before any solving started: there is nothing to keep. */
        CANCELLED,
        FAILED;

        boolean finished() {
            return this != QUEUED && this != SOLVING;
        }
    }

    /** What the API answers about a job; {@code plan} only once there is one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record View(String id, String athleteId, String athleteName, String status, boolean finished, String bestScore,
            Boolean feasible, double elapsedSeconds, double budgetSeconds, int attempt, boolean stoppedEarly,
            String message, List<String> reasons, PlanDocument plan) {
    }

    final String id;
    final String athleteId;
    final String athleteName;
    final long createdNanos = System.nanoTime();

    volatile Status status = Status.QUEUED;
    volatile String bestScore;
    volatile Boolean bestFeasible;
    volatile int attempt = 1;
    volatile Duration budget = Duration.ZERO;
    volatile long solvingSinceNanos;
    volatile boolean stopRequested;
    volatile String message;
    volatile List<String> reasons = List.of();
    volatile PlanDocument plan;
    /** The solver job making the default plan, once the coach's own weights have given theirs. */
    volatile String defaultWeightsId;
    /** Whether the plan has team facts or an old plan, which decides the rules its search uses. */
    volatile boolean teamOrOldPlan;

    PlanJob(String id, String athleteId, String athleteName) {
        this.id = id;
        this.athleteId = athleteId;
        this.athleteName = athleteName;
    }

    void finish(Status status, String message) {
        this.message = message;
        this.status = status;
    }

    View view() {
        return view(true);
    }

    /** The job as the API shows it; {@code withPlan} false for lists, which only need the progress. */
    View view(boolean withPlan) {
        double elapsed = status == Status.SOLVING ? (System.nanoTime() - solvingSinceNanos) / 1e9 : 0;
        return new View(id, athleteId, athleteName, status.name().toLowerCase(java.util.Locale.ROOT),
                status.finished(), bestScore, bestFeasible, Math.round(elapsed * 10) / 10.0,
                budget.toMillis() / 1000.0, attempt, stoppedEarly(), message, reasons.isEmpty() ? null : reasons,
                withPlan ? plan : null);
    }

    private boolean stoppedEarly() {
        return stopRequested && status.finished();
    }
}
