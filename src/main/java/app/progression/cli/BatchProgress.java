package app.progression.cli;

import app.progression.batch.AthleteRow;
import app.progression.batch.Batch;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a batch's progress: a live bar (done, failed, time left) on a terminal, one plain line per athlete
 * otherwise (logs, CI, pipes). The time left counts only athletes that need the solver.
 */
final class BatchProgress implements Batch.Listener, AutoCloseable {

    private final boolean terminal;
    private final PrintWriter err;
    private ProgressBar bar;
    private int total;
    private int toSolve;
    private int done;
    private int solved;
    private int failed;
    private long firstSolveStart;

    BatchProgress(boolean terminal, PrintWriter err) {
        this.terminal = terminal;
        this.err = err;
    }

    @Override
    public void started(int total, int toSolve) {
        this.total = total;
        this.toSolve = toSolve;
        this.firstSolveStart = System.nanoTime();
        if (terminal) {
            bar = new ProgressBarBuilder()
                    .setTaskName("Planning")
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(250)
                    .setMaxRenderedLength(110)
                    .setEtaFunction(state -> timeLeft())
                    .build();
            bar.setExtraMessage(message());
        } else {
            err.printf(Locale.ROOT, "Planning %d athletes (%d to solve, %d kept or refused without solving)%n",
                    total, toSolve, total - toSolve);
            err.flush();
        }
    }

    @Override
    public void finished(AthleteRow row) {
        done++;
        if (!row.planned()) {
            failed++;
        }
        if (!row.kept() && row.solveSeconds() > 0) {
            solved++;
        }
        if (bar != null) {
            bar.stepTo(done);
            bar.setExtraMessage(message());
        } else {
            String left = timeLeft().map(BatchProgress::format).orElse("?");
            err.printf(Locale.ROOT, "[%" + digits() + "d/%d] %s: %s%s | done %d, not planned %d, ~%s left%n", done,
                    total, row.athleteId(), row.status().label(), row.kept() ? " (kept)"
                            : row.planned() ? String.format(Locale.ROOT, " in %.1f s", row.solveSeconds()) : "",
                    done, failed, left);
            err.flush();
        }
    }

    @Override
    public void deferred(String athleteId, List<LocalDate> fullDates) {
        if (bar == null) {
            err.printf(Locale.ROOT, "        %s: the coach is full on %s; planning again around it%n", athleteId,
                    fullDates);
            err.flush();
        }
    }

    private String message() {
        return "done " + done + ", not planned " + failed;
    }

    private int digits() {
        return String.valueOf(total).length();
    }

    /** Time left from the solving rate so far; kept and refused athletes take no time and do not count. */
    private Optional<Duration> timeLeft() {
        if (solved == 0) {
            return Optional.empty();
        }
        long elapsed = System.nanoTime() - firstSolveStart;
        int remaining = Math.max(0, total - done);
        return Optional.of(Duration.ofNanos(elapsed / solved * remaining));
    }

    private static String format(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 60 ? seconds / 60 + " min " + seconds % 60 + " s" : seconds + " s";
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
