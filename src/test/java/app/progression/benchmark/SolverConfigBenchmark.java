package app.progression.benchmark;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.domain.TrainingPlan;
import app.progression.io.Json;
import app.progression.profile.ProfileReader;
import app.progression.solver.PlanSolver;
import app.progression.solver.SolveOptions;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.benchmark.config.ProblemBenchmarksConfig;
import org.optaplanner.benchmark.config.SolverBenchmarkConfig;
import org.optaplanner.benchmark.impl.DefaultPlannerBenchmark;
import org.optaplanner.benchmark.impl.result.SingleBenchmarkResult;
import org.optaplanner.benchmark.impl.result.SolverBenchmarkResult;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.persistence.common.api.domain.solution.SolutionFileIO;

/**
 * Solver configurations side by side with OptaPlanner's own benchmarker: {@code plan}'s configuration against the
 * same without its early stop, with late acceptance memories of 5 and of 400 (OptaPlanner's default), with tabu
 * search, without the week-shape construction, and OptaPlanner's default phases. Every example of
 * {@code problems/} that has a plan, each configuration run several times (random seeds), on the clock; it prints
 * the average score's gap to the best known per example and writes OptaPlanner's HTML report (best score over
 * time, per configuration) under {@code target/solver-benchmark/}. Run it alone on the machine.
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.mainClass=app.progression.benchmark.SolverConfigBenchmark \
 *     [-Dexec.args="SECONDS RUNS"]   (default 5 s, 2 runs per configuration and example)</pre>
 */
public final class SolverConfigBenchmark {

    private static final Catalog CATALOG = CatalogLoader.builtIn();

    private SolverConfigBenchmark() {
    }

    /** A configuration to compare: a name and how it differs from {@code plan}'s. */
    private record Candidate(String name, UnaryOperator<SolverConfig> change) {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<Candidate> candidates = List.of(
                new Candidate("plan - late acceptance 1 with early stop", config -> config),
                new Candidate("late acceptance 1 - whole budget", config -> {
                    localSearch(config).setTerminationConfig(null);
                    return config;
                }),
                new Candidate("late acceptance 5 with early stop", config -> {
                    localSearch(config).setAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(5));
                    return config;
                }),
                new Candidate("late acceptance 400", config -> {
                    localSearch(config).setTerminationConfig(null);
                    localSearch(config).setAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(400));
                    return config;
                }),
                new Candidate("tabu search (entity tabu 7)", config -> {
                    localSearch(config).setTerminationConfig(null);
                    localSearch(config).setAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(7));
                    localSearch(config).setForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1000));
                    return config;
                }),
                new Candidate("no week-shape construction", config -> {
                    config.setPhaseConfigList(config.getPhaseConfigList().stream()
                            .filter(phase -> !(phase instanceof CustomPhaseConfig)).toList());
                    return config;
                }),
                new Candidate("OptaPlanner default phases", config -> {
                    config.setPhaseConfigList(null);
                    return config;
                }));

        List<File> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("problems"))) {
            files.filter(path -> path.toString().endsWith(".json")).sorted()
                    .filter(path -> QualityBenchmark.problem(ProfileReader.read(path, CATALOG), CATALOG) != null)
                    .forEach(path -> problems.add(path.toFile()));
        }
        List<SolverBenchmarkConfig> solverBenchmarks = new ArrayList<>();
        for (Candidate candidate : candidates) {
            SolverConfig config = candidate.change().apply(PlanSolver.config(
                    new SolveOptions(Duration.ofMillis((long) (seconds * 1000)), null)));
            // Random seeds, so that the runs of one configuration differ; the clock ends every run.
            config.setEnvironmentMode(EnvironmentMode.NON_REPRODUCIBLE);
            config.setRandomSeed(null);
            solverBenchmarks.add(new SolverBenchmarkConfig().withName(candidate.name()).withSolverConfig(config)
                    .withSubSingleCount(runs)
                    .withProblemBenchmarksConfig(new ProblemBenchmarksConfig()
                            .withSolutionFileIOClass(ProfileProblems.class).withInputSolutionFileList(problems)));
        }
        PlannerBenchmarkConfig benchmarkConfig = new PlannerBenchmarkConfig()
                .withBenchmarkDirectory(new File("target/solver-benchmark"))
                .withParallelBenchmarkCount("1")
                .withWarmUpSecondsSpentLimit(10L)
                .withSolverBenchmarkConfigList(solverBenchmarks);
        DefaultPlannerBenchmark benchmark = (DefaultPlannerBenchmark) PlannerBenchmarkFactory.create(benchmarkConfig)
                .buildPlannerBenchmark();
        benchmark.benchmark();
        File directory = benchmark.getPlannerBenchmarkResult().getBenchmarkReportDirectory();
        printGaps(benchmark);
        System.out.println("OptaPlanner's report: " + new File(directory, "index.html"));
    }

    private static LocalSearchPhaseConfig localSearch(SolverConfig config) {
        return (LocalSearchPhaseConfig) config.getPhaseConfigList().get(config.getPhaseConfigList().size() - 1);
    }

    /** A Markdown table: per configuration, the average score's gap to the best known, per example and mean. */
    private static void printGaps(DefaultPlannerBenchmark benchmark) throws Exception {
        JsonNode known = Json.readTree(QualityBenchmark.BEST_KNOWN, "Best-known scores");
        List<SolverBenchmarkResult> solvers = benchmark.getPlannerBenchmarkResult().getSolverBenchmarkResultList();
        List<String> names = solvers.get(0).getSingleBenchmarkResultList().stream()
                .map(single -> single.getProblemBenchmarkResult().getName()).toList();
        System.out.println("| configuration | " + String.join(" | ", names) + " | mean gap | worst gap |");
        System.out.println("|---|" + "---|".repeat(names.size() + 2));
        for (SolverBenchmarkResult solver : solvers) {
            StringBuilder row = new StringBuilder("| " + solver.getName() + " |");
            double sum = 0;
            double worst = 0;
            for (SingleBenchmarkResult single : solver.getSingleBenchmarkResultList()) {
                String name = single.getProblemBenchmarkResult().getName();
                HardSoftLongScore average = (HardSoftLongScore) single.getAverageScore();
                JsonNode best = known.path(name).path("score");
                if (average == null || best.isMissingNode()) {
                    row.append(" n/a |");
                    continue;
                }
                double gap = QualityBenchmark.gap(average, HardSoftLongScore.parseScore(best.asText()));
                sum += gap;
                worst = Math.max(worst, gap);
                row.append(String.format(Locale.ROOT, " %.1f%%%s |", 100 * gap,
                        single.getInfeasibleScoreCount() != null && single.getInfeasibleScoreCount() > 0
                                ? " (" + single.getInfeasibleScoreCount() + " infeasible)" : ""));
            }
            row.append(String.format(Locale.ROOT, " %.1f%% | %.1f%% |", 100 * sum / names.size(), 100 * worst));
            System.out.println(row);
        }
    }

    /** Reads an example profile as a fresh planning problem, the way {@code plan} builds it. */
    public static final class ProfileProblems implements SolutionFileIO<TrainingPlan> {

        @Override
        public String getInputFileExtension() {
            return "json";
        }

        @Override
        public TrainingPlan read(File profile) {
            return QualityBenchmark.problem(ProfileReader.read(profile.toPath(), CATALOG), CATALOG);
        }

        @Override
        public void write(TrainingPlan plan, File file) {
            throw new UnsupportedOperationException("the benchmark writes no plans");
        }
    }
}
