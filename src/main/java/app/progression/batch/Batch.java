package app.progression.batch;

import app.progression.InvalidInputException;
import app.progression.batch.AthleteRow.Status;
import app.progression.io.AtomicFiles;
import app.progression.plan.Planner;
import app.progression.solver.SolveOptions;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Plans a whole team folder: every profile on its own, in parallel, with the team's shared limits kept.
 *
 * <p>The coach's capacity couples the athletes. It is kept by decomposition, not by one joint model: athletes are
 * solved in parallel rounds, and their plans are <em>committed</em> one at a time, in a fixed order, to a
 * {@link CoachLedger} that refuses any plan taking a date past the capacity ({@link RoundScheduler}). The ledger
 * is the only way a plan gets written, so the written plans never exceed the capacity.
 *
 * <p>The parts: {@link TeamInputs} (catalog, weights, team.json), {@link TeamFolder} (the profiles),
 * {@link ResumeRecords} (what an earlier run left in --out), {@link RoundScheduler} and {@link MemberPlanner}
 * (solving and committing), {@link Summary} and {@link TeamView} (what the coach reads).
 */
public final class Batch {

    /** Where plans and their resume records go. */
    public static final String RECORDS_DIR = ".batch";
    public static final String SUMMARY_FILE = "summary.csv";
    public static final String TEAM_VIEW_FILE = "team-view.md";

    /**
     * @param threads solver threads; every core by default
     */
    public record Options(Path folder, Path out, boolean resume, SolveOptions solve, Path catalogFile,
            Path weightsFile, int threads) {

        public static Options of(Path folder, Path out, boolean resume, SolveOptions solve) {
            return new Options(folder, out, resume, solve, null, null, Runtime.getRuntime().availableProcessors());
        }
    }

    /** Told about the batch as it goes, always from the one committing thread. */
    public interface Listener {

        /** {@code total} athletes, {@code toSolve} of them need the solver (the rest are kept or refused). */
        default void started(int total, int toSolve) {
        }

        /** An athlete is done: planned, kept, or not planned with the reason. */
        default void finished(AthleteRow row) {
        }

        /** A plan did not fit the coach's capacity and will be made again. */
        default void deferred(String athleteId, List<LocalDate> fullDates) {
        }
    }

    public record Result(TeamSettings team, List<AthleteRow> rows, Map<LocalDate, Integer> coachLoad,
            Duration wallTime, int rounds, Path summaryFile, Path teamViewFile) {

        public boolean allPlanned() {
            return rows.stream().allMatch(AthleteRow::planned);
        }

        public long count(Status status) {
            return rows.stream().filter(row -> row.status() == status).count();
        }
    }

    private final Options options;
    private final Listener listener;
    /** Every athlete's row, by id and profile file: the order of the summary. */
    private final Map<String, AthleteRow> rows = new TreeMap<>();

    private Batch(Options options, Listener listener) {
        this.options = options;
        this.listener = listener;
    }

    public static Result run(Options options, Listener listener) throws IOException {
        return new Batch(options, listener).run();
    }

    private Result run() throws IOException {
        long start = System.nanoTime();
        checkFolders();
        TeamInputs inputs = TeamInputs.read(options);
        List<TeamMember> members = TeamFolder.read(options.folder(), inputs);

        ResumeRecords records = new ResumeRecords(options.out());
        Files.createDirectories(records.folder());
        try (FileChannel lockFile = FileChannel.open(records.folder().resolve("lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = tryLock(lockFile)) {
            if (lock == null) {
                throw new InvalidInputException("Another batch is writing to " + options.out() + " right now; wait "
                        + "for it or use another --out folder.");
            }
            records.removeTempFiles();
            return plan(members, inputs, records, start);
        }
    }

    private void checkFolders() {
        Path folder = options.folder();
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException("Team folder " + folder + " does not exist or is not a folder.");
        }
        if (Files.exists(options.out()) && !Files.isDirectory(options.out())) {
            throw new InvalidInputException("--out " + options.out() + " exists and is not a folder.");
        }
        if (folder.toAbsolutePath().normalize().equals(options.out().toAbsolutePath().normalize())) {
            throw new InvalidInputException("--out must not be the team folder itself: the plans would be read as "
                    + "profiles next time. Use another folder, such as plans/.");
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** {@code members} in commit order: settles who needs no solving, clears stale plans, then solves the rest. */
    private Result plan(List<TeamMember> members, TeamInputs inputs, ResumeRecords records, long start)
            throws IOException {
        CoachLedger ledger = new CoachLedger(inputs.team().coachCapacityPerDay());
        List<TeamMember> toSolve = new ArrayList<>();
        List<AthleteRow> early = new ArrayList<>();
        for (TeamMember member : members) {
            if (!member.valid()) {
                early.add(member.notPlanned(Status.INVALID, member.invalidReason()));
            } else if (member.referred()) {
                early.add(member.notPlanned(Status.REFERRED, referral(member)));
            } else {
                // Kept plans are committed to the ledger here, in commit order, before anything is solved.
                Optional<AthleteRow> kept = options.resume() ? records.keep(member, ledger) : Optional.empty();
                kept.ifPresentOrElse(early::add, () -> toSolve.add(member));
            }
        }
        records.removeNotKept(members, early.stream().filter(AthleteRow::kept).map(AthleteRow::athleteId).toList());
        listener.started(members.size(), toSolve.size());
        early.forEach(this::finished);

        int rounds = 0;
        if (!toSolve.isEmpty()) {
            MemberPlanner planner = new MemberPlanner(new Planner(options.solve()), inputs);
            rounds = new RoundScheduler(options.threads(), planner, ledger, records, listener, this::finished)
                    .solve(toSolve);
        }

        List<AthleteRow> all = new ArrayList<>(rows.values());
        Path summary = options.out().resolve(SUMMARY_FILE);
        AtomicFiles.write(summary, Summary.csv(all));
        Path view = options.out().resolve(TEAM_VIEW_FILE);
        AtomicFiles.write(view, TeamView.markdown(inputs.team().name(), inputs.team(), all, ledger.loads()));
        return new Result(inputs.team(), all, ledger.loads(), Duration.ofNanos(System.nanoTime() - start), rounds,
                summary, view);
    }

    private void finished(AthleteRow row) {
        rows.put(row.athleteId() + "\u0000" + row.profileFile(), row);
        listener.finished(row);
    }

    private static String referral(TeamMember member) {
        return Planner.referral(member.profile()).map(Planner.Referred::message).orElseThrow();
    }
}
