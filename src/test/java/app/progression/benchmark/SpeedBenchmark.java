package app.progression.benchmark;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.domain.TrainingPlan;
import app.progression.io.Json;
import app.progression.profile.Profile;
import app.progression.profile.ProfileReader;
import app.progression.solver.PlanSolver;
import app.progression.solver.SolveOptions;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * Score calculation speed: per example, a solve of a fixed wall-clock budget without the early stop (so the search
 * runs the whole time), reporting score calculations per second of wall time and per second of this thread's CPU;
 * then the same profile stretched to 8, 16, 32 and 52 weeks, to show how the cost of a calculation grows with the
 * length of the plan. An unreported run first lets the JIT compile. Run it alone on the machine: the figures are
 * this machine's.
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.mainClass=app.progression.benchmark.SpeedBenchmark [-Dexec.args="3"]</pre>
 */
public final class SpeedBenchmark {

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        Catalog catalog = CatalogLoader.builtIn();
        List<Path> problems;
        try (Stream<Path> files = Files.list(Path.of("problems"))) {
            problems = files.filter(path -> path.toString().endsWith(".json")).sorted().toList();
        }
        // One unreported run first, so that the first example is not measured while the JIT compiles.
        Profile first = ProfileReader.read(problems.get(0), catalog);
        solve(first, catalog, seconds);
        System.out.println("| problem | weeks | score calculations/s (wall) | per CPU second |");
        System.out.println("|---|---|---|---|");
        for (Path file : problems) {
            Profile profile = ProfileReader.read(file, catalog);
            if (QualityBenchmark.problem(profile, catalog) != null) {
                measure(file.getFileName().toString().replace(".json", ""), profile, catalog, seconds);
            }
        }
        System.out.println();
        System.out.println("| outdoor-runner stretched to | score calculations/s (wall) | per CPU second |");
        System.out.println("|---|---|---|");
        ObjectNode outdoor = (ObjectNode) Json.readTree(Path.of("problems", "outdoor-runner.json"), "Profile");
        for (int weeks : new int[] {8, 16, 32, 52}) {
            outdoor.put("weeks", weeks);
            measure(weeks + " weeks", ProfileReader.read(outdoor, "outdoor-runner", catalog, null), catalog, seconds);
        }
    }

    private static void measure(String name, Profile profile, Catalog catalog, double seconds) {
        double[] speeds = solve(profile, catalog, seconds);
        System.out.printf(Locale.ROOT, "| %s | %s%.0f | %.0f |%n", name, name.endsWith("weeks") ? ""
                : profile.weeks() + " | ", speeds[0], speeds[1]);
    }

    /** Score calculations per second of wall time and per second of this thread's CPU. */
    private static double[] solve(Profile profile, Catalog catalog, double seconds) {
        TrainingPlan problem = QualityBenchmark.problem(profile, catalog);
        SolverConfig config = PlanSolver.config(new SolveOptions(Duration.ofMillis((long) (seconds * 1000)), null),
                problem);
        LocalSearchPhaseConfig localSearch = (LocalSearchPhaseConfig) config.getPhaseConfigList()
                .get(config.getPhaseConfigList().size() - 1);
        localSearch.setTerminationConfig(null);
        DefaultSolver<TrainingPlan> solver = (DefaultSolver<TrainingPlan>) SolverFactory.<TrainingPlan>create(config)
                .buildSolver();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        solver.solve(problem);
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        long calculations = solver.getSolverScope().getScoreCalculationCount();
        return new double[] {solver.getSolverScope().getScoreCalculationSpeed(), calculations / cpuSeconds};
    }
}
