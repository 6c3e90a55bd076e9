package app.progression.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.check.PlanChecker;
import app.progression.profile.Profile;
import app.progression.spec.Profiles;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The week-by-week search against brute force on small plans (1-3 weeks, 1-4 available days): every choice of
 * strength days and run days (R runs, or R-1 in a cutback week) with the week-1 set held and runs at m, written
 * as a plan file and judged by the plan checker alone. A plan exists among them exactly when the oracle says
 * feasible.
 */
class SmallPlansBruteForceTest {

    private static final Catalog CATALOG = CatalogLoader.builtIn();

    @Provide
    Arbitrary<String> smallProfile() {
        Arbitrary<String> days = Arbitraries.of(DayOfWeek.values()).set().ofMinSize(1).ofMaxSize(4)
                .flatMap(set -> Arbitraries.integers().between(15, 50).list().ofSize(set.size()).map(minutes -> {
                    List<String> entries = new ArrayList<>();
                    int i = 0;
                    for (DayOfWeek day : set) {
                        entries.add("\"" + day + "\": " + minutes.get(i++));
                    }
                    return String.join(", ", entries);
                }));
        Arbitrary<String> shape = Combinators.combine(Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 2),
                        Arbitraries.of(0, 2), Arbitraries.integers().between(10, 30),
                        Arbitraries.integers().between(10, 25), Arbitraries.of(true, false))
                .as((weeks, runs, strength, cutback, easy, shortest, upperBack) -> "\"weeks\": " + weeks
                        + ", \"runsPerWeek\": " + runs + ", \"strengthSessionsPerWeek\": " + strength
                        + ", \"cutbackEvery\": " + cutback + ", \"easyRunMinutes\": " + easy
                        + ", \"minRunMinutes\": " + shortest + ", \"findings\": {\"upperBackPain\": " + upperBack + "}");
        return Combinators.combine(Arbitraries.of(DayOfWeek.values()), days, shape)
                .as((start, available, rest) -> "{\"athlete\": {\"id\": \"b\"}, \"startDate\": \""
                        + LocalDate.of(2027, 1, 4).with(start) + "\", \"availableMinutes\": {" + available + "}, "
                        + rest + "}");
    }

    @Property(tries = 120, seed = "5", edgeCases = EdgeCasesMode.MIXIN)
    void theSearchFindsAPlanExactlyWhenBruteForceDoes(@ForAll("smallProfile") String json) {
        Profile profile = Profiles.read(json, CATALOG);
        OracleFacts facts = OracleFacts.of(profile, CATALOG);
        boolean exists = search(profile, facts, 1, new ArrayList<>());
        Statistics.collect(exists ? "a plan exists" : "no plan");
        assertEquals(exists, FeasibilityOracle.decide(profile, CATALOG).isFeasible(), json);
    }

    /** Depth-first over weeks; each full plan is judged by the checker. */
    private boolean search(Profile profile, OracleFacts facts, int week, List<Witness.Week> chosen) {
        if (week > profile.weeks()) {
            Witness witness = new Witness(profile.startDate(), facts.openingSet(), facts.addOns(),
                    facts.openingStrengthMinutes(), facts.warmUpMinutes(), List.copyOf(chosen));
            return PlanChecker.check(WitnessPlan.document(witness, profile, CATALOG), profile, CATALOG).isEmpty();
        }
        int available = 0;
        for (int d = 0; d < 7; d++) {
            available |= facts.blockMinutes()[d] > 0 ? 1 << d : 0;
        }
        List<Integer> runCounts = facts.isCutback(week) && facts.runs() >= 2
                ? List.of(facts.runs(), facts.runs() - 1) : List.of(facts.runs());
        for (int strength = 0; strength < 1 << 7; strength++) {
            if ((strength & ~available) != 0 || Integer.bitCount(strength) != facts.strengthSessions()) {
                continue;
            }
            for (int runs = 0; runs < 1 << 7; runs++) {
                if ((runs & ~available) != 0 || !runCounts.contains(Integer.bitCount(runs))) {
                    continue;
                }
                chosen.add(week(facts, week, strength, runs));
                if (search(profile, facts, week + 1, chosen)) {
                    return true;
                }
                chosen.remove(chosen.size() - 1);
            }
        }
        return false;
    }

    private static Witness.Week week(OracleFacts facts, int week, int strength, int runs) {
        List<LocalDate> strengthDates = new ArrayList<>();
        Map<LocalDate, Integer> runDates = new TreeMap<>();
        for (int d = 0; d < 7; d++) {
            if ((strength & 1 << d) != 0) {
                strengthDates.add(facts.date(week, d));
            }
            if ((runs & 1 << d) != 0) {
                runDates.put(facts.date(week, d), facts.shortestRun());
            }
        }
        return new Witness.Week(week, facts.isCutback(week), strengthDates, runDates);
    }
}
