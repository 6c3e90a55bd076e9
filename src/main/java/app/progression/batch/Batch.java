package app.progression.batch;

import app.progression.InvalidInputException;
import app.progression.batch.AthleteRow.Status;
import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.domain.ConstraintWeights;
import app.progression.domain.Day;
import app.progression.domain.FullStrengthDay;
import app.progression.domain.GroupRunDay;
import app.progression.domain.Run;
import app.progression.domain.StrengthSession;
import app.progression.domain.TrainingPlan;
import app.progression.io.AtomicFiles;
import app.progression.io.Json;
import app.progression.plan.PlanDocument;
import app.progression.plan.PlanDocuments;
import app.progression.profile.Profile;
import app.progression.profile.ProfileReader;
import app.progression.solver.Feasibility;
import app.progression.solver.PlanProblem;
import app.progression.plan.Planner;
import app.progression.domain.TeamFacts;
import app.progression.solver.SolveOptions;
import app.progression.solver.Weights;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plans a whole team folder: every profile on its own, in parallel, with the team's shared limits kept.
 *
 * <p>The coach's capacity couples the athletes. It is kept by decomposition, not by one joint model: athletes are
 * solved in parallel rounds, and their plans are <em>committed</em> one at a time, in athlete-id order, to a
 * {@link CoachLedger} that refuses any plan taking a date past the capacity. A plan that does not fit is made
 * again in the next round with the dates the ledger marks full as hard {@code coach-capacity} facts. The ledger
 * is the only way a plan gets written, so the written plans never exceed the capacity; the first athlete of every
 * round fits (nothing was committed between its solve and its commit), so the rounds end.
 */
public final class Batch {

    /** Where plans and their resume records go. */
    public static final String RECORDS_DIR = ".batch";
    public static final String SUMMARY_FILE = "summary.csv";
    public static final String TEAM_VIEW_FILE = "team-view.md";

    private static final Pattern SAFE_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$");

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

    /** One profile file as read, before any solving. */
    private static final class Entry {
        final Path file;
        /** The profile's athlete id; until it is read (or when it cannot be), the file's name. */
        String id;
        /** Whether {@link #id} is the profile's own: only then may the batch replace or remove that athlete's plan. */
        boolean ownId;
        String name;
        JsonNode raw;
        Profile profile;
        ConstraintWeights weights;
        String invalid;
        String hash;
        double seconds;
        int replans;

        Entry(Path file) {
            this.file = file;
            this.id = file.getFileName().toString();
            this.name = this.id;
        }
    }

    /** What one solve gave. */
    private record Attempt(PlanDocument document, List<LocalDate> strengthDates, String score, List<String> reasons,
            String error, double seconds) {
    }

    private final Options options;
    private final Listener listener;
    private Catalog catalog;
    private TeamSettings team;
    private Planner planner;

    private Batch(Options options, Listener listener) {
        this.options = options;
        this.listener = listener;
    }

    public static Result run(Options options, Listener listener) throws IOException {
        return new Batch(options, listener).run();
    }

    private Result run() throws IOException {
        long start = System.nanoTime();
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
        catalog = options.catalogFile() == null ? CatalogLoader.builtIn() : CatalogLoader.load(options.catalogFile());
        JsonNode catalogTree = options.catalogFile() == null ? null : Json.readTree(options.catalogFile(), "Catalog");
        JsonNode weightsTree = options.weightsFile() == null ? null : Json.readTree(options.weightsFile(), "Weights file");
        Map<String, Integer> cliWeights = options.weightsFile() == null ? Map.of() : Weights.read(options.weightsFile());
        team = TeamSettings.read(folder, catalog);
        String shared = InputHash.shared(team, InputHash.catalogFingerprint(catalogTree), weightsTree);

        List<Entry> entries = read(profileFiles(folder), cliWeights, shared);
        refuseDuplicates(entries);
        // The fixed order in which plans are committed to the coach's ledger: the least flexible athletes first
        // (fewest spare strength days), so those who can move are the ones who move; then by id.
        entries.sort(Comparator.comparingInt(Batch::strengthSlack).thenComparing(entry -> entry.id)
                .thenComparing(entry -> entry.file));

        Path out = options.out();
        Path records = out.resolve(RECORDS_DIR);
        Files.createDirectories(records);
        try (FileChannel lockFile = FileChannel.open(records.resolve("lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = tryLock(lockFile)) {
            if (lock == null) {
                throw new InvalidInputException("Another batch is writing to " + out + " right now; wait for it "
                        + "or use another --out folder.");
            }
            removeTempFiles(out);
            removeTempFiles(records);
            return run(entries, start);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private Result run(List<Entry> entries, long start) throws IOException {
        Path out = options.out();
        Path records = out.resolve(RECORDS_DIR);
        CoachLedger ledger = new CoachLedger(team.coachCapacityPerDay());
        Map<String, AthleteRow> rows = new TreeMap<>();
        List<Entry> toSolve = new ArrayList<>();
        List<AthleteRow> early = new ArrayList<>();

        for (Entry entry : entries) {
            if (entry.invalid != null) {
                early.add(row(entry, Status.INVALID, entry.invalid));
            } else if (!entry.profile.redFlags().isEmpty()) {
                early.add(row(entry, Status.REFERRED, referral(entry.profile)));
            } else {
                AthleteRow kept = options.resume() ? keep(entry, ledger) : null;
                if (kept != null) {
                    early.add(kept);
                } else {
                    toSolve.add(entry);
                }
            }
        }
        removeUnkept(entries, early.stream().filter(AthleteRow::kept).map(AthleteRow::athleteId).toList());
        listener.started(entries.size(), toSolve.size());
        for (AthleteRow row : early) {
            rows.put(key(row), row);
            listener.finished(row);
        }

        int rounds = 0;
        if (!toSolve.isEmpty()) {
            rounds = solveInRounds(toSolve, ledger, rows);
        }

        List<AthleteRow> all = new ArrayList<>(rows.values());
        Path summary = out.resolve(SUMMARY_FILE);
        AtomicFiles.write(summary, Summary.csv(all));
        Path view = out.resolve(TEAM_VIEW_FILE);
        AtomicFiles.write(view, TeamView.markdown(team.name(), team, all, ledger.loads()));
        return new Result(team, all, ledger.loads(), Duration.ofNanos(System.nanoTime() - start), rounds, summary,
                view);
    }

    /** Temporary files of an atomic write that a kill interrupted (named {@code .<file>.json<random>.tmp}). */
    private static void removeTempFiles(Path folder) throws IOException {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path file : stream) {
                String name = file.getFileName().toString();
                if ((name.contains(".json") || name.contains(".csv") || name.contains(".md"))
                        && Files.isRegularFile(file)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    // ---------------------------------------------------------------- reading the folder

    private static List<Path> profileFiles(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
            for (Path file : stream) {
                String name = file.getFileName().toString();
                // A link to nowhere is listed too: it gets a row that says so rather than vanishing.
                if (!name.equals(TeamSettings.FILE_NAME) && !name.startsWith(".")
                        && (Files.isRegularFile(file) || Files.isSymbolicLink(file))) {
                    files.add(file);
                }
            }
        }
        files.sort(Comparator.comparing(path -> path.getFileName().toString()));
        if (files.isEmpty()) {
            throw new InvalidInputException("Team folder " + folder + " has no athlete profiles (*.json besides "
                    + TeamSettings.FILE_NAME + ").");
        }
        return files;
    }

    private List<Entry> read(List<Path> files, Map<String, Integer> cliWeights, String shared) {
        List<Entry> entries = new ArrayList<>();
        for (Path file : files) {
            Entry entry = new Entry(file);
            entries.add(entry);
            try {
                entry.raw = Json.readTree(file, "Profile");
                JsonNode id = entry.raw.path("athlete").path("id");
                if (id.isTextual() && SAFE_ID.matcher(id.asText()).matches()) {
                    entry.id = id.asText();
                    entry.ownId = true;
                    entry.name = entry.raw.path("athlete").path("name").asText(entry.id);
                }
                entry.profile = ProfileReader.read(entry.raw, "profile " + file, catalog, team.profileDefaults());
                entry.weights = Weights.resolve(team.weightsUnder(entry.profile.weights()), cliWeights);
                entry.name = entry.profile.athleteName();
                entry.hash = InputHash.of(shared, entry.raw);
            } catch (InvalidInputException e) {
                entry.invalid = e.getMessage();
                entry.profile = null;
            }
        }
        return entries;
    }

    /** Two profiles with one athlete id would write one plan file; refuse before solving anything. */
    private static void refuseDuplicates(List<Entry> entries) {
        Map<String, Entry> seen = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Entry entry : entries) {
            if (!entry.ownId) {
                continue;
            }
            Entry other = seen.putIfAbsent(entry.id.toLowerCase(Locale.ROOT), entry);
            if (other != null) {
                clashes.add(other.id.equals(entry.id)
                        ? "athlete id '" + entry.id + "' is in both " + other.file + " and " + entry.file
                        : "athlete ids '" + other.id + "' (" + other.file + ") and '" + entry.id + "' ("
                                + entry.file + ") differ only in case, so their plan files would clash");
            }
        }
        if (!clashes.isEmpty()) {
            throw new InvalidInputException("Duplicate athlete ids; each athlete needs an id of their own (it names "
                    + "the plan file). Nothing was planned.\n  - " + String.join("\n  - ", clashes));
        }
    }

    private static String referral(Profile profile) {
        return Planner.referral(profile).map(Planner.Referred::message).orElseThrow();
    }

    // ---------------------------------------------------------------- resume

    /** A plan an earlier run wrote from the same inputs, if it is intact and still fits the ledger. */
    private AthleteRow keep(Entry entry, CoachLedger ledger) {
        try {
            Path recordFile = options.out().resolve(RECORDS_DIR).resolve(entry.id + ".json");
            Path planFile = planFile(entry.id);
            if (!Files.isRegularFile(recordFile) || !Files.isRegularFile(planFile)) {
                return null;
            }
            JsonNode record = Json.MAPPER.readTree(recordFile.toFile());
            byte[] plan = Files.readAllBytes(planFile);
            if (!entry.hash.equals(record.path("inputHash").asText())
                    || !InputHash.sha256(plan).equals(record.path("planSha256").asText())) {
                return null;
            }
            Map<LocalDate, TeamView.Cell> days = TeamView.cells(Json.MAPPER.readTree(plan));
            List<LocalDate> strength = days.entrySet().stream().filter(day -> day.getValue().strength())
                    .map(Map.Entry::getKey).toList();
            if (!ledger.commit(strength)) {
                return null;
            }
            List<String> warnings = new ArrayList<>();
            record.path("warnings").forEach(warning -> warnings.add(warning.asText()));
            return new AthleteRow(entry.id, entry.name, entry.file, Status.PLANNED, record.path("score").asText(),
                    record.path("solveSeconds").asDouble(), warnings, null, true, record.path("replans").asInt(),
                    planFile, days);
        } catch (IOException | RuntimeException e) {
            return null; // unreadable record or plan: plan again
        }
    }

    // ---------------------------------------------------------------- solving and committing

    private int solveInRounds(List<Entry> toSolve, CoachLedger ledger, Map<String, AthleteRow> rows)
            throws IOException {
        planner = new Planner(options.solve());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()), daemonThreads());
        int round = 0;
        try {
            List<Entry> pending = toSolve;
            while (!pending.isEmpty()) {
                Set<LocalDate> full = ledger.fullDates();
                List<Future<Attempt>> futures = new ArrayList<>();
                for (Entry entry : pending) {
                    futures.add(pool.submit(() -> attempt(entry, full)));
                }
                List<Entry> deferred = new ArrayList<>();
                for (int i = 0; i < pending.size(); i++) {
                    Entry entry = pending.get(i);
                    Attempt attempt = await(futures.get(i));
                    entry.seconds += attempt.seconds();
                    AthleteRow row;
                    if (attempt.error() != null) {
                        row = row(entry, Status.ERROR, attempt.error());
                    } else if (attempt.document() == null) {
                        row = row(entry, Status.INFEASIBLE, infeasibleReason(entry, attempt.reasons(), full),
                                attempt.score());
                    } else {
                        List<LocalDate> over = ledger.overflowing(attempt.strengthDates());
                        if (over.isEmpty()) {
                            ledger.commit(attempt.strengthDates());
                            row = write(entry, attempt);
                        } else if (over.stream().anyMatch(full::contains)) {
                            // Planned against these dates and still used them: the coach-capacity weight is 0.
                            row = row(entry, Status.INFEASIBLE, "coach-capacity: the coach is already full on "
                                    + dates(over) + " (capacity " + team.coachCapacityPerDay() + "), and the plan "
                                    + "could not avoid them (is the coach-capacity weight 0?).");
                        } else {
                            entry.replans++;
                            deferred.add(entry);
                            listener.deferred(entry.id, over);
                            continue;
                        }
                    }
                    rows.put(key(row), row);
                    listener.finished(row);
                }
                pending = deferred;
                round++;
            }
        } finally {
            pool.shutdownNow();
        }
        return round;
    }

    private Attempt attempt(Entry entry, Set<LocalDate> full) {
        long start = System.nanoTime();
        try {
            Profile profile = entry.profile;
            List<LocalDate> fullHere = full.stream()
                    .filter(date -> !date.isBefore(profile.startDate()) && !date.isAfter(profile.endDate()))
                    .sorted().toList();
            List<String> capacityReasons = capacityPrecheck(profile, fullHere);
            if (!capacityReasons.isEmpty()) {
                return new Attempt(null, List.of(), null, capacityReasons, null, seconds(start));
            }
            Planner.Outcome outcome = planner.plan(new Planner.Request(profile, catalog, entry.weights,
                    new TeamFacts(team.groupRunDays(), fullHere)));
            if (outcome instanceof Planner.Infeasible infeasible) {
                return new Attempt(null, List.of(), null, infeasible.reasons(), null, seconds(start));
            }
            Planner.Planned planned = (Planner.Planned) outcome;
            TrainingPlan solved = planned.solution();
            PlanDocument document = planned.document().withMoreWarnings(teamWarnings(profile, solved, fullHere));
            List<LocalDate> strength = solved.getStrengthSessions().stream()
                    .filter(StrengthSession::isScheduled).map(session -> session.getDay().date()).sorted().toList();
            return new Attempt(document, strength, String.valueOf(solved.getScore()), List.of(), null,
                    seconds(start));
        } catch (InvalidInputException e) {
            return new Attempt(null, List.of(), null, List.of(e.getMessage()), null, seconds(start));
        } catch (RuntimeException | LinkageError e) {
            return new Attempt(null, List.of(), null, List.of(), e.getClass().getSimpleName() + ": " + e.getMessage(),
                    seconds(start));
        }
    }

    /**
     * Whether the dates the coach is full on leave each week enough available days, a day apart, for the athlete's
     * strength sessions. Necessary, not sufficient: it spares the solver a search that cannot succeed.
     */
    private List<String> capacityPrecheck(Profile profile, List<LocalDate> fullHere) {
        if (fullHere.isEmpty() || profile.strengthSessionsPerWeek() == 0) {
            return List.of();
        }
        int needed = profile.strengthSessionsPerWeek();
        for (int week = 1; week <= profile.weeks(); week++) {
            List<LocalDate> open = new ArrayList<>();
            List<LocalDate> full = new ArrayList<>();
            List<Integer> openIndices = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                LocalDate date = profile.startDate().plusDays((week - 1) * 7L + d);
                if (profile.minutesOn(date.getDayOfWeek()) > 0) {
                    if (fullHere.contains(date)) {
                        full.add(date);
                    } else {
                        open.add(date);
                        openIndices.add(d);
                    }
                }
            }
            int spaced = spacedDays(openIndices);
            if (spaced < needed) {
                return List.of("coach-capacity: in week " + week + " the coach is already full (capacity "
                        + team.coachCapacityPerDay() + ") on " + dates(full) + "; the athlete's other available days "
                        + (open.isEmpty() ? "(none)" : dates(open)) + " leave room for " + spaced + " strength "
                        + "session(s) a day apart, not " + needed + ".");
            }
        }
        return List.of();
    }

    /** The most of {@code indices} (sorted day numbers) that can be chosen with no two on consecutive days. */
    static int spacedDays(List<Integer> indices) {
        int count = 0;
        int last = Integer.MIN_VALUE;
        for (int index : indices) {
            if (index > last + 1) {
                count++;
                last = index;
            }
        }
        return count;
    }

    /** Spare weekdays for strength: how many spaced strength days the week offers beyond those needed. */
    private static int strengthSlack(Entry entry) {
        if (entry.profile == null || entry.profile.strengthSessionsPerWeek() == 0) {
            return Integer.MAX_VALUE;
        }
        List<Integer> weekdays = entry.profile.availableMinutes().keySet().stream().map(day -> day.getValue())
                .sorted().toList();
        return spacedDays(weekdays) - entry.profile.strengthSessionsPerWeek();
    }

    private List<String> teamWarnings(Profile profile, TrainingPlan solved, List<LocalDate> fullHere) {
        List<String> warnings = new ArrayList<>();
        if (!team.groupRunDays().isEmpty() && profile.runsPerWeek() > 0) {
            boolean canJoin = team.groupRunDays().stream().anyMatch(day -> profile.minutesOn(day) > 0);
            long runs = solved.getRuns().stream().filter(Run::isScheduled).count();
            long atGroup = solved.getRuns().stream().filter(Run::isScheduled)
                    .filter(run -> team.groupRunDays().contains(run.getDay().dayOfWeek())).count();
            if (!canJoin) {
                warnings.add("Not available on any group-run day (" + team.groupRunDays().stream()
                        .map(Enum::name).collect(Collectors.joining(", ")) + "), so every run is on one's own.");
            } else if (atGroup == 0 && runs > 0) {
                warnings.add("No run falls on a group-run day; the other rules outweighed it.");
            }
        }
        if (!fullHere.isEmpty()) {
            warnings.add("Strength days moved for the coach's capacity: the coach was already full on "
                    + dates(fullHere) + ".");
        }
        return warnings;
    }

    private AthleteRow write(Entry entry, Attempt attempt) throws IOException {
        Path planFile = planFile(entry.id);
        byte[] plan = (Json.MAPPER.writeValueAsString(attempt.document()) + "\n").getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(planFile, plan);
        ObjectNode record = Json.MAPPER.createObjectNode();
        record.put("athleteId", entry.id);
        record.put("profile", entry.file.toString());
        record.put("inputHash", entry.hash);
        record.put("planSha256", InputHash.sha256(plan));
        record.put("score", attempt.score());
        record.put("solveSeconds", round(entry.seconds));
        record.put("replans", entry.replans);
        record.set("warnings", Json.MAPPER.valueToTree(attempt.document().warnings()));
        record.set("strengthDates", Json.MAPPER.valueToTree(attempt.strengthDates().stream().map(String::valueOf)
                .toList()));
        // Written after the plan: a record always describes a complete plan file, and --resume checks its hash.
        AtomicFiles.write(options.out().resolve(RECORDS_DIR).resolve(entry.id + ".json"),
                Json.MAPPER.writeValueAsString(record) + "\n");
        return new AthleteRow(entry.id, entry.name, entry.file, Status.PLANNED, attempt.score(), round(entry.seconds),
                attempt.document().warnings(), null, false, entry.replans, planFile,
                TeamView.cells(Json.MAPPER.valueToTree(attempt.document())));
    }

    private String infeasibleReason(Entry entry, List<String> reasons, Set<LocalDate> full) {
        String text = String.join("; ", reasons);
        List<LocalDate> fullHere = full.stream()
                .filter(date -> !date.isBefore(entry.profile.startDate()) && !date.isAfter(entry.profile.endDate()))
                .sorted().toList();
        if (entry.replans > 0 && !fullHere.isEmpty() && !text.startsWith("coach-capacity")) {
            return "coach-capacity: the coach is already full (capacity " + team.coachCapacityPerDay() + ") on "
                    + dates(fullHere) + ", and without those dates no plan meets the hard rules: " + text;
        }
        return text;
    }

    /**
     * Before anything new is written, removes every plan of an earlier run that this run does not keep: those with a
     * resume record, and any file named for an athlete of the folder. From then on the folder holds only plans in
     * the coach's ledger, so the capacity holds on disk at every instant, even if the run is killed. Only ids the
     * profiles themselves give are touched: a broken profile never costs another athlete their plan.
     */
    private void removeUnkept(List<Entry> entries, List<String> keptIds) throws IOException {
        Path records = options.out().resolve(RECORDS_DIR);
        List<String> stale = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(records, "*.json")) {
            stream.forEach(record -> stale.add(stem(record)));
        }
        entries.stream().filter(entry -> entry.ownId).forEach(entry -> stale.add(entry.id));
        for (String id : stale) {
            if (!keptIds.contains(id) && SAFE_ID.matcher(id).matches()) {
                // The plan first: a record without its plan is never kept, a plan without a record might look kept.
                Files.deleteIfExists(planFile(id));
                Files.deleteIfExists(records.resolve(id + ".json"));
            }
        }
    }

    private Path planFile(String athleteId) {
        return options.out().resolve(athleteId + ".json");
    }

    private static AthleteRow row(Entry entry, Status status, String reason) {
        return row(entry, status, reason, null);
    }

    /** A row without a plan; {@code score} is the best the solver found, if it ran. */
    private static AthleteRow row(Entry entry, Status status, String reason, String score) {
        return new AthleteRow(entry.id, entry.name, entry.file, status, score, round(entry.seconds), List.of(), reason,
                false, entry.replans, null, Map.of());
    }

    private static Attempt await(Future<Attempt> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The batch was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return new Attempt(null, List.of(), null, List.of(), cause.getClass().getSimpleName() + ": "
                    + cause.getMessage(), 0);
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

    private static String key(AthleteRow row) {
        return row.athleteId() + "\u0000" + row.profileFile();
    }

    private static String dates(List<LocalDate> dates) {
        return dates.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 100) / 100.0;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }
}
