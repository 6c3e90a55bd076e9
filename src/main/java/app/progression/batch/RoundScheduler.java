package app.progression.batch;

import app.progression.batch.AthleteRow.Status;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Solves athletes in parallel rounds and commits their plans, one at a time and in the given order, to the coach's
 * ledger. A plan that would take a date past the capacity is not written: the athlete is solved again in the next
 * round with the dates the ledger marks full as hard facts. The first athlete of every round fits (nothing was
 * committed between its solve and its commit), so the rounds end.
 */
final class RoundScheduler {

    /** An athlete still to be committed, with what solving has cost them so far. */
    private record Pending(TeamMember member, double seconds, int replans) {

        Pending(TeamMember member) {
            this(member, 0, 0);
        }

        Pending after(Attempt attempt) {
            return new Pending(member, seconds + attempt.seconds(), replans);
        }

        Pending replanned() {
            return new Pending(member, seconds, replans + 1);
        }

        AthleteRow notPlanned(Status status, String reason) {
            return member.notPlanned(status, reason, seconds, replans);
        }
    }

    private final int threads;
    private final MemberPlanner planner;
    private final CoachLedger ledger;
    private final ResumeRecords records;
    private final Batch.Listener listener;
    private final Consumer<AthleteRow> finished;

    /**
     * @param finished told of every athlete's row as it is settled, from this one committing thread
     */
    RoundScheduler(int threads, MemberPlanner planner, CoachLedger ledger, ResumeRecords records,
            Batch.Listener listener, Consumer<AthleteRow> finished) {
        this.threads = Math.max(1, threads);
        this.planner = planner;
        this.ledger = ledger;
        this.records = records;
        this.listener = listener;
        this.finished = finished;
    }

    /** Solves and commits {@code members} in their order; returns the number of rounds it took. */
    int solve(List<TeamMember> members) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        int round = 0;
        try {
            List<Pending> pending = members.stream().map(Pending::new).toList();
            while (!pending.isEmpty()) {
                Set<LocalDate> full = ledger.fullDates();
                List<Future<Attempt>> futures = new ArrayList<>();
                for (Pending athlete : pending) {
                    futures.add(pool.submit(() -> planner.attempt(athlete.member(), full)));
                }
                List<Pending> deferred = new ArrayList<>();
                for (int i = 0; i < pending.size(); i++) {
                    Attempt attempt = await(futures.get(i));
                    settle(pending.get(i).after(attempt), attempt, full, deferred);
                }
                pending = deferred;
                round++;
            }
        } finally {
            pool.shutdownNow();
        }
        return round;
    }

    /** Commits and writes the athlete's plan, or says why there is none, or defers them to the next round. */
    private void settle(Pending athlete, Attempt attempt, Set<LocalDate> full, List<Pending> deferred)
            throws IOException {
        AthleteRow row;
        if (attempt instanceof Attempt.Failed failed) {
            row = athlete.notPlanned(Status.ERROR, failed.error());
        } else if (attempt instanceof Attempt.NoPlan noPlan) {
            row = athlete.notPlanned(Status.INFEASIBLE, infeasibleReason(athlete, noPlan.reasons(), full));
        } else {
            Attempt.Solved solved = (Attempt.Solved) attempt;
            List<LocalDate> over = ledger.overflowing(solved.strengthDates());
            if (over.isEmpty()) {
                ledger.commit(solved.strengthDates());
                row = records.write(athlete.member(), solved, athlete.seconds(), athlete.replans());
            } else if (over.stream().anyMatch(full::contains)) {
                // Planned against these dates and still used them: the coach-capacity weight is 0.
                row = athlete.notPlanned(Status.INFEASIBLE, "coach-capacity: the coach is already full on "
                        + StrengthDays.join(over) + " (capacity " + ledger.capacity() + "), and the plan could not "
                        + "avoid them (is the coach-capacity weight 0?).");
            } else {
                deferred.add(athlete.replanned());
                listener.deferred(athlete.member().id(), over);
                return;
            }
        }
        finished.accept(row);
    }

    private String infeasibleReason(Pending athlete, List<String> reasons, Set<LocalDate> full) {
        String text = String.join("; ", reasons);
        List<LocalDate> fullHere = StrengthDays.within(athlete.member().profile(), full);
        if (athlete.replans() > 0 && !fullHere.isEmpty() && !text.startsWith("coach-capacity")) {
            return "coach-capacity: the coach is already full (capacity " + ledger.capacity() + ") on "
                    + StrengthDays.join(fullHere) + ", and without those dates no plan meets the hard rules: " + text;
        }
        return text;
    }

    private static Attempt await(Future<Attempt> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The batch was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return new Attempt.Failed(cause.getClass().getSimpleName() + ": " + cause.getMessage(), 0);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "batch-solver-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
