package app.progression.benchmark;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.check.PlanChecker;
import app.progression.io.Json;
import app.progression.oracle.FeasibilityOracle;
import app.progression.oracle.Verdict;
import app.progression.profile.Profile;
import app.progression.property.PlanRun;
import app.progression.property.ProfileArbitraries;
import app.progression.spec.Profiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The large corpus of the property tests: N random valid profiles (the same generator), each judged by the
 * feasibility oracle and planned by {@code plan} in-process (fixed seed, short budget), the written plan checked
 * against every hard rule. Prints how many the oracle finds feasible, how many {@code plan} planned, every
 * exit-code disagreement with its profile (one line of JSON, ready to save and re-run), and per broken rule how
 * many written plans break it, with one profile for each.
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.mainClass=app.progression.benchmark.OracleAgreementBenchmark \
 *     -Dexec.args="300 [seed 1] [max weeks 52] [seconds 0.5] [--all]"</pre>
 *
 * {@code --all} prints the profile of every plan that breaks a rule, not only the first per rule. The profiles
 * come from jqwik's sampling, seeded through jqwik's engine so that a seed gives the same corpus again.
 */
public final class OracleAgreementBenchmark {

    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long PLAN_SEED = 7;

    private int feasible;
    private int infeasible;
    private int undecided;
    private int planned;
    private int refused;
    private int checkedClean;
    private final List<String> disagreements = new ArrayList<>();
    /** Plans that keep every rule where the oracle says none can: the oracle or the checker is wrong. */
    private final List<String> contradictions = new ArrayList<>();
    private final Map<String, List<String>> brokenRules = new TreeMap<>();

    private OracleAgreementBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        String seed = args.length > 1 ? args[1] : "1";
        int maxWeeks = args.length > 2 ? Integer.parseInt(args[2]) : 52;
        double seconds = args.length > 3 ? Double.parseDouble(args[3]) : 0.5;
        boolean all = List.of(args).contains("--all");
        net.jqwik.engine.SourceOfRandomness.create(seed);
        List<String> corpus = ProfileArbitraries.profiles(maxWeeks).withoutEdgeCases().sampleStream()
                .limit(count).toList();
        OracleAgreementBenchmark benchmark = new OracleAgreementBenchmark();
        long start = System.nanoTime();
        for (int i = 0; i < corpus.size(); i++) {
            benchmark.judge(corpus.get(i), seconds);
            if ((i + 1) % 25 == 0) {
                System.err.printf(Locale.ROOT, "%d of %d profiles, %.0f s%n", i + 1, corpus.size(),
                        (System.nanoTime() - start) / 1e9);
            }
        }
        benchmark.report(count, seed, maxWeeks, seconds, all, (System.nanoTime() - start) / 1e9);
    }

    private void judge(String json, double seconds) throws Exception {
        Profile profile = Profiles.read(json, CATALOG);
        String oneLine = JSON.writeValueAsString(JSON.readTree(json));
        Verdict verdict = FeasibilityOracle.decide(profile, CATALOG);
        if (verdict.isFeasible()) {
            feasible++;
        } else if (verdict.isInfeasible()) {
            infeasible++;
        } else {
            undecided++;
        }
        PlanRun run = PlanRun.of(json, PLAN_SEED, seconds);
        if (run.exitCode() == 4) {
            refused++;
        }
        boolean agrees = run.planned() ? !verdict.isInfeasible() : run.exitCode() == 4 && !verdict.isFeasible();
        if (!agrees) {
            disagreements.add("exit " + run.exitCode() + " but the oracle says " + firstLine(verdict.describe())
                    + "\n    plan said: " + oneLine(run.err()) + "\n    profile: " + oneLine);
        }
        if (run.planned()) {
            planned++;
            List<String> broken = PlanChecker.check(Json.readTree(new ByteArrayInputStream(run.planFile()), "plan"),
                    profile, CATALOG);
            if (broken.isEmpty()) {
                checkedClean++;
                if (verdict.isInfeasible()) {
                    contradictions.add(oneLine);
                }
            }
            broken.stream().map(found -> found.substring(0, found.indexOf(':'))).distinct()
                    .forEach(rule -> brokenRules.computeIfAbsent(rule, r -> new ArrayList<>())
                            .add(example(broken, rule) + "\n      profile: " + oneLine));
        }
    }

    private void report(int count, String seed, int maxWeeks, double seconds, boolean all, double elapsed) {
        System.out.printf(Locale.ROOT, "corpus: %d profiles (generator seed %s, up to %d weeks), plan --seed %d "
                + "--seconds %s; %.0f s in all%n", count, seed, maxWeeks, PLAN_SEED, seconds, elapsed);
        System.out.printf(Locale.ROOT, "oracle: %d feasible, %d infeasible, %d undecided%n", feasible, infeasible,
                undecided);
        System.out.printf(Locale.ROOT, "plan:   %d planned (exit 0), %d refused (exit 4), %d other%n", planned,
                refused, count - planned - refused);
        System.out.printf(Locale.ROOT, "exit-code disagreements with the oracle: %d%n", disagreements.size());
        disagreements.forEach(line -> System.out.println("  - " + line));
        System.out.printf(Locale.ROOT, "written plans that keep every hard rule: %d of %d%n", checkedClean, planned);
        System.out.printf(Locale.ROOT, "  of these, plans for profiles the oracle calls infeasible (a bug in the "
                + "oracle or the checker): %d%n", contradictions.size());
        contradictions.forEach(profile -> System.out.println("    profile: " + profile));
        brokenRules.forEach((rule, plans) -> {
            System.out.printf(Locale.ROOT, "  %-40s broken in %d plan(s)%n", rule, plans.size());
            plans.stream().limit(all ? plans.size() : 1).forEach(example -> System.out.println("    e.g. " + example));
        });
    }

    private static String example(List<String> broken, String rule) {
        return broken.stream().filter(found -> found.startsWith(rule + ":")).findFirst().orElse(rule);
    }

    private static String oneLine(String text) {
        String joined = text.strip().replaceAll("\\s*\\n\\s*", " | ");
        return joined.length() > 400 ? joined.substring(0, 400) + " ..." : joined;
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end) + " ...";
    }
}
