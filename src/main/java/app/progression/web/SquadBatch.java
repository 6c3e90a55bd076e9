package app.progression.web;

import app.progression.InvalidInputException;
import app.progression.batch.AthleteRow;
import app.progression.batch.Batch;
import app.progression.io.Json;
import app.progression.solver.SolveOptions;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plans the whole squad in the background through {@link Batch#run}, the same run as {@code batch FOLDER --out
 * FOLDER/plans}, and keeps what its listener says for the page's progress bar. One squad run at a time; while it
 * runs, saves from the page are refused, so the batch and a coach never write the same plan at once.
 */
final class SquadBatch {

    enum State { IDLE, RUNNING, DONE, FAILED }

    /** One athlete's line as the page shows it. */
    record Row(String id, String name, String status, String score, String reason, List<String> warnings,
            boolean kept) {
    }

    record View(String state, int total, int toSolve, int finished, long planned, int deferred, String message,
            List<Row> rows, Double wallSeconds) {
    }

    private final SquadFolder folder;
    private final Path catalogFile;
    private final SolveOptions options;
    private State state = State.IDLE;
    private int total;
    private int toSolve;
    private int deferred;
    private String message;
    private Double wallSeconds;
    private final List<AthleteRow> rows = new ArrayList<>();

    SquadBatch(SquadFolder folder, Path catalogFile, SolveOptions options) {
        this.folder = folder;
        this.catalogFile = catalogFile;
        this.options = options;
    }

    synchronized boolean running() {
        return state == State.RUNNING;
    }

    /** Refuses a save while the squad is being planned. */
    void refuseWhileRunning() {
        if (running()) {
            throw ApiException.conflict("The squad is being planned right now, and the batch writes the plans "
                    + "folder. Save again when it has finished.");
        }
    }

    /**
     * Starts a squad run. Plans that the run would replace although they did not come from a batch (saved from this
     * page, or edited by hand) are named and nothing starts, unless {@code replaceSavedPlans}.
     */
    synchronized View start(boolean resume, boolean replaceSavedPlans) throws IOException {
        if (state == State.RUNNING) {
            throw ApiException.conflict("The squad is already being planned; wait for this run to finish.");
        }
        List<String> replaced = replacedPlans(resume);
        if (!replaced.isEmpty() && !replaceSavedPlans) {
            throw new ApiException(409, (resume
                    ? "Planning the squad would replace plans that were saved from this page or edited since the "
                            + "last squad run: "
                    : "Planning everyone again replaces the saved plans of: ") + String.join(", ", replaced)
                    + ". Send \"replaceSavedPlans\": true to go ahead.", Map.of("athletes", replaced));
        }
        state = State.RUNNING;
        total = 0;
        toSolve = 0;
        deferred = 0;
        message = null;
        wallSeconds = null;
        rows.clear();
        Batch.Options batchOptions = new Batch.Options(folder.folder(), folder.plansFolder(), resume, options,
                catalogFile, null, Runtime.getRuntime().availableProcessors());
        Thread thread = new Thread(() -> run(batchOptions), "squad-batch");
        thread.setDaemon(true);
        thread.start();
        return view();
    }

    synchronized View view() {
        List<Row> shown = rows.stream().map(row -> new Row(row.athleteId(), row.athleteName(), row.status().label(),
                row.score(), row.reason(), row.warnings(), row.kept())).toList();
        long planned = rows.stream().filter(AthleteRow::planned).count();
        return new View(state.name().toLowerCase(java.util.Locale.ROOT), total, toSolve, rows.size(), planned,
                deferred, message, shown, wallSeconds);
    }

    /** The last run's row of an athlete without a plan (its reason), if any. */
    synchronized AthleteRow lastRow(String athleteId) {
        return rows.stream().filter(row -> row.athleteId().equals(athleteId)).findFirst().orElse(null);
    }

    private void run(Batch.Options batchOptions) {
        try {
            Batch.Result result = Batch.run(batchOptions, new Batch.Listener() {
                @Override
                public void started(int all, int solving) {
                    synchronized (SquadBatch.this) {
                        total = all;
                        toSolve = solving;
                    }
                }

                @Override
                public void finished(AthleteRow row) {
                    synchronized (SquadBatch.this) {
                        rows.add(row);
                    }
                }

                @Override
                public void deferred(String athleteId, List<LocalDate> fullDates) {
                    synchronized (SquadBatch.this) {
                        deferred++;
                    }
                }
            });
            synchronized (this) {
                wallSeconds = Math.round(result.wallTime().toMillis() / 100.0) / 10.0;
                message = result.allPlanned() ? "Everyone is planned." : (result.rows().size()
                        - result.count(AthleteRow.Status.PLANNED)) + " athlete(s) not planned; each row says why.";
                state = State.DONE;
            }
        } catch (InvalidInputException e) {
            finishFailed(e.getMessage());
        } catch (IOException | RuntimeException e) {
            finishFailed("The squad run failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private synchronized void finishFailed(String why) {
        message = why;
        state = State.FAILED;
    }

    /**
     * Saved plans the run would replace without having made them: with {@code resume}, those whose batch record is
     * missing or names other content (the batch writes the plan's SHA-256 beside it); without, every saved plan.
     */
    private List<String> replacedPlans(boolean resume) throws IOException {
        List<String> replaced = new ArrayList<>();
        for (SquadFolder.ProfileFile profile : folder.profiles()) {
            Path plan = folder.plansFolder().resolve(profile.id() + ".json");
            if (!Files.isRegularFile(plan)) {
                continue;
            }
            if (!resume || !madeByBatch(plan, profile.id())) {
                replaced.add(profile.id());
            }
        }
        return replaced;
    }

    private boolean madeByBatch(Path plan, String id) throws IOException {
        Path record = folder.plansFolder().resolve(Batch.RECORDS_DIR).resolve(id + ".json");
        if (!Files.isRegularFile(record)) {
            return false;
        }
        try {
            JsonNode tree = Json.readTree(record, "Batch record");
            return VersionedFiles.version(Files.readAllBytes(plan)).equals(tree.path("planSha256").asText());
        } catch (InvalidInputException unreadable) {
            return false;
        }
    }
}
