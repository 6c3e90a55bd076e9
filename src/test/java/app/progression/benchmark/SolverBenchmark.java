package app.progression.benchmark;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.domain.TrainingPlan;
import app.progression.profile.Profile;
import app.progression.profile.ProfileReader;
import app.progression.solver.Feasibility;
import app.progression.solver.PlanProblem;
import app.progression.solver.PlanSolver;
import app.progression.solver.SolveOptions;
import app.progression.solver.Weights;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * Per example problem: time to the first feasible plan, the best score after each budget, the score-calculation
 * speed, and what the default settings of {@code plan} give (score and wall time, early stop included).
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.mainClass=app.progression.benchmark.SolverBenchmark [-Dexec.args="1 3 10"]</pre>
 */
public final class SolverBenchmark {

    private record Improvement(long millis, HardSoftLongScore score) {
    }

    public static void main(String[] args) throws Exception {
        List<Long> budgets = args.length == 0 ? List.of(1L, 3L, 10L)
                : Stream.of(args).map(Long::parseLong).toList();
        long longest = budgets.stream().mapToLong(Long::longValue).max().orElseThrow();
        Catalog catalog = CatalogLoader.builtIn();
        List<Path> problems;
        try (Stream<Path> files = Files.list(Path.of("problems"))) {
            problems = files.filter(path -> path.toString().endsWith(".json")).sorted().toList();
        }
        System.out.printf("| problem | weeks | first feasible (s) | %s | score calculations/s | default run: score | default run: s |%n",
                String.join(" | ", budgets.stream().map(b -> "best at " + b + " s").toList()));
        System.out.println("|---|---|---|" + "---|".repeat(budgets.size()) + "---|---|---|");
        for (Path file : problems) {
            Profile profile = ProfileReader.read(file, catalog);
            if (!profile.redFlags().isEmpty()) {
                continue;
            }
            var weights = Weights.resolve(profile.weights(), Map.of());
            PlanProblem.Built built = PlanProblem.build(profile, catalog, weights);
            if (!Feasibility.precheck(built.plan()).isEmpty()) {
                continue;
            }
            // A timeline run with no early stop, to read the best score at every budget.
            SolverConfig timeline = PlanSolver.config(new SolveOptions(Duration.ofSeconds(longest), null));
            timeline.getTerminationConfig().setUnimprovedSpentLimit(null);
            timeline.getTerminationConfig().setTerminationConfigList(null);
            Solver<TrainingPlan> solver = SolverFactory.<TrainingPlan>create(timeline).buildSolver();
            List<Improvement> improvements = new ArrayList<>();
            long start = System.nanoTime();
            solver.addEventListener(event -> improvements.add(new Improvement(
                    (System.nanoTime() - start) / 1_000_000, (HardSoftLongScore) event.getNewBestScore())));
            solver.solve(built.plan());
            long speed = ((DefaultSolver<TrainingPlan>) solver).getSolverScope().getScoreCalculationSpeed();
            String firstFeasible = improvements.stream().filter(i -> i.score().isFeasible()).findFirst()
                    .map(i -> String.format("%.2f", i.millis() / 1000.0)).orElse("never");
            List<String> best = new ArrayList<>();
            for (long budget : budgets) {
                best.add(improvements.stream().filter(i -> i.millis() <= budget * 1000).reduce((a, b) -> b)
                        .map(i -> i.score().toString()).orElse("-"));
            }
            // What a user gets from `plan` with its defaults.
            PlanProblem.Built again = PlanProblem.build(profile, catalog, weights);
            long defaultStart = System.nanoTime();
            TrainingPlan solved = PlanSolver.solve(again.plan(), SolveOptions.defaults());
            double defaultSeconds = (System.nanoTime() - defaultStart) / 1e9;
            System.out.printf("| %s | %d | %s | %s | %d | %s | %.1f |%n", file.getFileName(), profile.weeks(),
                    firstFeasible, String.join(" | ", best), speed, solved.getScore(), defaultSeconds);
        }
    }
}
