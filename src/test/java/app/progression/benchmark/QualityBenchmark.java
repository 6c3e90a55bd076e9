package app.progression.benchmark;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.domain.TrainingPlan;
import app.progression.io.AtomicFiles;
import app.progression.io.Json;
import app.progression.plan.Planner;
import app.progression.profile.Profile;
import app.progression.profile.ProfileReader;
import app.progression.solver.PlanSolver;
import app.progression.solver.SolveOptions;
import app.progression.solver.Weights;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * How close the solver gets to the best plan known, per example and budget. Budgets are counted in score
 * calculations ({@link SolveOptions#CALCULATIONS_PER_SECOND} per second, as {@code --seed} runs count them), so
 * the quality figures are the same on any machine; the speed figures (calculations per CPU second, and the wall
 * time of the default settings) are this machine's.
 *
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.mainClass=app.progression.benchmark.QualityBenchmark
 *     [-Dexec.args="gaps [SEEDS]"]            gap to the best known at 0.25, 0.5, 1, 2 and 5 s (mean of SEEDS seeds,
 *                                             and the worst seed at 5 s), and of `plan`'s defaults
 *     [-Dexec.args="search SECONDS SEEDS"]    long runs without early stop (late acceptance 5, 50, 400, 1 by
 *                                             seed); a better score than the best known is written to
 *                                             benchmarks/best-known.json with how it was found
 *     [-Donly=NAME,NAME...]                   only the examples whose file name contains one of the NAMEs
 * </pre>
 */
public final class QualityBenchmark {

    static final Path BEST_KNOWN = Path.of("benchmarks", "best-known.json");
    static final double[] BUDGETS = {0.25, 0.5, 1, 2, 5};
    /** Late acceptance sizes the reference search cycles through, seed by seed. */
    static final int[] SEARCH_MEMORIES = {5, 50, 400, 1};

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "gaps";
        Catalog catalog = CatalogLoader.builtIn();
        List<Path> problems;
        try (Stream<Path> files = Files.list(Path.of("problems"))) {
            List<String> only = List.of(System.getProperty("only", "").split(","));
            problems = files.filter(path -> path.toString().endsWith(".json")
                            && only.stream().anyMatch(name -> path.getFileName().toString().contains(name)))
                    .sorted().toList();
        }
        if (mode.equals("search")) {
            search(problems, catalog, Double.parseDouble(args[1]), Integer.parseInt(args[2]));
        } else {
            gaps(problems, catalog, args.length > 1 ? Integer.parseInt(args[1]) : 3);
        }
    }

    /** Seeded runs, one per budget (as {@code --seed S --seconds B} would make them): best scores and speed. */
    record Run(HardSoftLongScore[] bestAt, double calculationsPerCpuSecond) {
    }

    static Run run(Profile profile, Catalog catalog, long seed) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        HardSoftLongScore[] bestAt = new HardSoftLongScore[BUDGETS.length];
        long calculations = 0;
        long cpu = 0;
        for (int i = 0; i < BUDGETS.length; i++) {
            SolveOptions options = new SolveOptions(Duration.ofMillis((long) (BUDGETS[i] * 1000)), seed);
            TrainingPlan problem = problem(profile, catalog);
            Solver<TrainingPlan> solver = SolverFactory.<TrainingPlan>create(PlanSolver.config(options, problem))
                    .buildSolver();
            long start = threads.getCurrentThreadCpuTime();
            TrainingPlan solved = solver.solve(problem);
            cpu += threads.getCurrentThreadCpuTime() - start;
            bestAt[i] = PlanSolver.scoredInFull(solved).getScore();
            calculations += ((DefaultSolver<TrainingPlan>) solver).getSolverScope().getScoreCalculationCount();
        }
        return new Run(bestAt, calculations / (cpu / 1e9));
    }

    static TrainingPlan problem(Profile profile, Catalog catalog) {
        Planner.Prepared prepared = Planner.prepare(new Planner.Request(profile, catalog,
                Weights.resolve(profile.weights(), Map.of())));
        return prepared instanceof Planner.ToSolve toSolve ? toSolve.freshProblem() : null;
    }

    private static void gaps(List<Path> problems, Catalog catalog, int seeds) throws IOException {
        JsonNode known = Json.readTree(BEST_KNOWN, "Best-known scores");
        System.out.printf(Locale.ROOT, "| problem | weeks | best known |%s worst seed at 5.0 s | calculations/CPU s "
                + "| default: gap | default: s |%n",
                Stream.of(0.25, 0.5, 1.0, 2.0, 5.0).map(b -> " gap at " + b + " s |").reduce("", String::concat));
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        double[] sums = new double[BUDGETS.length + 1];
        double[] worst = new double[BUDGETS.length + 1];
        double worstOfSeeds = 0;
        int counted = 0;
        for (Path file : problems) {
            Profile profile = ProfileReader.read(file, catalog);
            TrainingPlan first = problem(profile, catalog);
            String name = file.getFileName().toString().replace(".json", "");
            if (first == null || !known.has(name)) {
                continue;
            }
            HardSoftLongScore best = HardSoftLongScore.parseScore(known.get(name).get("score").asText());
            double[] gaps = new double[BUDGETS.length + 1];
            double speed = 0;
            double worstSeed = 0;
            for (int seed = 1; seed <= seeds; seed++) {
                Run run = run(profile, catalog, seed);
                for (int i = 0; i < BUDGETS.length; i++) {
                    gaps[i] += gap(run.bestAt()[i], best) / seeds;
                }
                worstSeed = Math.max(worstSeed, gap(run.bestAt()[BUDGETS.length - 1], best));
                speed += run.calculationsPerCpuSecond() / seeds;
            }
            long start = System.nanoTime();
            TrainingPlan byDefault = PlanSolver.solve(problem(profile, catalog), SolveOptions.defaults());
            double seconds = (System.nanoTime() - start) / 1e9;
            gaps[BUDGETS.length] = gap(byDefault.getScore(), best);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %d | %s |", name,
                    profile.weeks(), best));
            for (int i = 0; i < BUDGETS.length; i++) {
                row.append(String.format(Locale.ROOT, " %.1f%% |", gaps[i] * 100));
            }
            row.append(String.format(Locale.ROOT, " %.1f%% | %.0f | %.1f%% | %.1f |", worstSeed * 100, speed,
                    gaps[BUDGETS.length] * 100, seconds));
            System.out.println(row);
            for (int i = 0; i <= BUDGETS.length; i++) {
                sums[i] += gaps[i];
                worst[i] = Math.max(worst[i], gaps[i]);
            }
            worstOfSeeds = Math.max(worstOfSeeds, worstSeed);
            counted++;
        }
        StringBuilder mean = new StringBuilder("| mean | | |");
        StringBuilder worstRow = new StringBuilder("| worst | | |");
        for (int i = 0; i < BUDGETS.length; i++) {
            mean.append(String.format(Locale.ROOT, " %.1f%% |", sums[i] / counted * 100));
            worstRow.append(String.format(Locale.ROOT, " %.1f%% |", worst[i] * 100));
        }
        mean.append(String.format(Locale.ROOT, " | | %.1f%% | |", sums[BUDGETS.length] / counted * 100));
        worstRow.append(String.format(Locale.ROOT, " %.1f%% | | %.1f%% | |", worstOfSeeds * 100,
                worst[BUDGETS.length] * 100));
        System.out.println(mean);
        System.out.println(worstRow);
    }

    /**
     * How far a score is below the best known, as a share of the best known's soft score; an infeasible score is
     * 100% away.
     */
    static double gap(HardSoftLongScore score, HardSoftLongScore best) {
        if (!score.isFeasible()) {
            return 1;
        }
        return Math.max(0, (double) (best.softScore() - score.softScore()) / Math.abs(best.softScore()));
    }

    private static void search(List<Path> problems, Catalog catalog, double seconds, int seeds) throws IOException {
        for (Path file : problems) {
            Profile profile = ProfileReader.read(file, catalog);
            String name = file.getFileName().toString().replace(".json", "");
            if (problem(profile, catalog) == null) {
                continue;
            }
            Map<Long, HardSoftLongScore> found = new TreeMap<>();
            for (long seed = 1; seed <= seeds; seed++) {
                SolverConfig config = PlanSolver.config(
                        new SolveOptions(Duration.ofMillis((long) (seconds * 1000)), 1000 + seed));
                // The whole budget, with a memory that grows with the seed, to search more widely than `plan`.
                LocalSearchPhaseConfig localSearch = (LocalSearchPhaseConfig) config.getPhaseConfigList()
                        .get(config.getPhaseConfigList().size() - 1);
                localSearch.setTerminationConfig(null);
                localSearch.setAcceptorConfig(new LocalSearchAcceptorConfig()
                        .withLateAcceptanceSize(SEARCH_MEMORIES[(int) (seed - 1) % SEARCH_MEMORIES.length]));
                TrainingPlan solved = PlanSolver.scoredInFull(SolverFactory.<TrainingPlan>create(config).buildSolver()
                        .solve(problem(profile, catalog)));
                found.put(1000 + seed, solved.getScore());
            }
            var best = found.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            // Read again before each update: searches of other examples may run beside this one.
            ObjectNode known = bestKnown();
            HardSoftLongScore previous = known.has(name)
                    ? HardSoftLongScore.parseScore(known.get(name).get("score").asText()) : null;
            boolean better = previous == null || best.getValue().compareTo(previous) > 0;
            System.out.printf(Locale.ROOT, "%s: %s (seeds %s)%s%n", name, best.getValue(), found.values(),
                    better ? " new best known" : " best known stays " + previous);
            if (better) {
                known.putObject(name).put("score", best.getValue().toString())
                        .put("found", "seeded run of " + seconds + " s budget (" + (long) (seconds
                                * SolveOptions.CALCULATIONS_PER_SECOND) + " score calculations) without early stop, "
                                + "late acceptance " + SEARCH_MEMORIES[(int) (best.getKey() - 1001)
                                        % SEARCH_MEMORIES.length] + ", seed " + best.getKey() + ", best of " + seeds
                                + " seeds, " + LocalDate.now());
                AtomicFiles.write(BEST_KNOWN, Json.MAPPER.writeValueAsString(sorted(known)) + "\n");
            }
        }
    }

    private static ObjectNode bestKnown() {
        return Files.exists(BEST_KNOWN) ? (ObjectNode) Json.readTree(BEST_KNOWN, "Best-known scores")
                : Json.MAPPER.createObjectNode();
    }

    /** The entries by example name, so that the file reads the same whatever order they were found in. */
    private static ObjectNode sorted(ObjectNode known) {
        ObjectNode sorted = Json.MAPPER.createObjectNode();
        known.properties().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> sorted.set(entry.getKey(), entry.getValue()));
        return sorted;
    }
}
