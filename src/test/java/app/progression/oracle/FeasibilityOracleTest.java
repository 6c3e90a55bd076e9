package app.progression.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.check.PlanChecker;
import app.progression.profile.Profile;
import app.progression.spec.Profiles;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The oracle on profiles whose answer is known by hand. With the built-in catalog and nothing painful, week 1 is
 * superman (206 s), beetle (206 s), single-leg balance (254 s, quicker than the reach), high plank leg lifts
 * (182 s): 848 s, so 15 minutes; the warm-up is 6 minutes and the shortest run 20. A strength day needs 21
 * minutes, a run day 26, a day with both 41 (one warm-up).
 */
class FeasibilityOracleTest {

    private static final Catalog CATALOG = CatalogLoader.builtIn();
    /** 2027-01-04 is a Monday, 2027-01-03 a Sunday. */
    private static final String MONDAY = "2027-01-04";
    private static final String SUNDAY = "2027-01-03";

    @Test
    void oneWeekStartingOnSundayUsesSaturdayAndSundayForStrength() {
        Verdict verdict = decide(profile(SUNDAY, 1, "\"SATURDAY\": 21, \"SUNDAY\": 21", 0, 2, ""));
        Witness witness = feasible(verdict);
        assertEquals(List.of(LocalDate.parse("2027-01-03"), LocalDate.parse("2027-01-09")),
                witness.weeks().get(0).strengthDates());
    }

    @Test
    void twoWeeksStartingOnSundayCannotUseSaturdayThenSunday() {
        Verdict verdict = decide(profile(SUNDAY, 2, "\"SATURDAY\": 21, \"SUNDAY\": 21", 0, 2, ""));
        assertTrue(verdict.isInfeasible(), verdict.describe());
        assertTrue(reason(verdict).contains("no-strength-on-consecutive-days"), reason(verdict));
    }

    @Test
    void twoWeeksWithOnlyMondayAndSundayAndTwoStrengthSessionsFromAMondayStartIsInfeasible() {
        Verdict verdict = decide(profile(MONDAY, 2, "\"MONDAY\": 120, \"SUNDAY\": 120", 0, 2, ""));
        assertTrue(verdict.isInfeasible(), verdict.describe());
        assertTrue(reason(verdict).startsWith("week 2: no-strength-on-consecutive-days"), reason(verdict));
    }

    @Test
    void aDayShorterThanTheShortestRunPlusWarmUpHoldsNoRun() {
        Verdict tooShort = decide(profile(MONDAY, 3, "\"WEDNESDAY\": 25", 1, 0, ""));
        assertTrue(tooShort.isInfeasible(), tooShort.describe());
        assertTrue(reason(tooShort).contains("no-junk-runs"), reason(tooShort));
        feasible(decide(profile(MONDAY, 3, "\"WEDNESDAY\": 26", 1, 0, "")));
    }

    @Test
    void theAthletesOwnShorterEasyRunIsTheFloor() {
        // m = min(minRunMinutes 20, easyRunMinutes 8) = 8: a 14-minute day holds the run and its warm-up.
        feasible(decide(profile(MONDAY, 2, "\"WEDNESDAY\": 14", 1, 0, "\"easyRunMinutes\": 8,")));
        assertTrue(decide(profile(MONDAY, 2, "\"WEDNESDAY\": 13", 1, 0, "\"easyRunMinutes\": 8,")).isInfeasible());
    }

    @Test
    void aRunAndStrengthShareOneWarmUpOnATightDay() {
        feasible(decide(profile(MONDAY, 4, "\"MONDAY\": 41, \"WEDNESDAY\": 41", 2, 2, "\"cutbackEvery\": 0,")));
        Verdict oneMinuteShort = decide(profile(MONDAY, 4, "\"MONDAY\": 41, \"WEDNESDAY\": 40", 2, 2,
                "\"cutbackEvery\": 0,"));
        assertTrue(oneMinuteShort.isInfeasible(), oneMinuteShort.describe());
    }

    @Test
    void strengthMinutesRoundTheWholeSessionUpOnce() {
        // Upper-back pain adds wall pull-downs (230 s): 1078 s is 17.97 minutes, so 18, plus the warm-up.
        String upperBack = "\"findings\": {\"upperBackPain\": true},";
        feasible(decide(profile(MONDAY, 2, "\"WEDNESDAY\": 24", 0, 1, upperBack)));
        assertTrue(decide(profile(MONDAY, 2, "\"WEDNESDAY\": 23", 0, 1, upperBack)).isInfeasible());
        feasible(decide(profile(MONDAY, 2, "\"WEDNESDAY\": 21", 0, 1, "")));
        assertTrue(decide(profile(MONDAY, 2, "\"WEDNESDAY\": 20", 0, 1, "")).isInfeasible());
    }

    @Test
    void theQuickerVariantOfARungOpensWeekOne() {
        // Rungs 7, 8, 10 and 11 are the first pain-free ones: bird dog 206 s, superman pull 206, high plank limb
        // raises 182, and on rung 11 V-ups (182) rather than single-leg V-ups (254): 776 s, so 13 minutes.
        String painful = "\"painful\": [\"superman\", \"beetle\", \"single-leg-balance\", "
                + "\"single-leg-balance-reach\", \"high-plank-leg-lifts\", \"single-leg-bridge\", "
                + "\"low-side-plank-lifts\", \"single-leg-deadlift\"],";
        Witness witness = feasible(decide(profile(MONDAY, 1, "\"WEDNESDAY\": 19", 0, 1, painful)));
        assertTrue(witness.strengthSet().stream().anyMatch(e -> e.id().equals("v-ups")), witness.toString());
        assertTrue(decide(profile(MONDAY, 1, "\"WEDNESDAY\": 18", 0, 1, painful)).isInfeasible());
    }

    @Test
    void noPainFreeRungMeansNoStrengthSessions() {
        String everything = "\"painful\": " + CATALOG.ladder().stream().map(e -> "\"" + e.id() + "\"").toList() + ",";
        Witness witness = feasible(decide(profile(MONDAY, 3, "", 0, 4, everything)));
        assertTrue(witness.weeks().stream().allMatch(week -> week.strengthDates().isEmpty()));
    }

    @Test
    void heelPainRulesOutTheJumpingRung() {
        // Outdoors, only forward jump squats are left; with heel pain they count as painful too.
        String onlyJumps = "\"painful\": " + CATALOG.ladder().stream().map(e -> e.id())
                .filter(id -> !id.equals("forward-jump-squats")).map(id -> "\"" + id + "\"").toList()
                + ", \"trainsOutdoors\": true,";
        assertTrue(decide(profile(MONDAY, 1, "", 0, 1, onlyJumps)).isInfeasible());
        feasible(decide(profile(MONDAY, 1, "", 0, 1, onlyJumps + "\"findings\": {\"heelPain\": true},")));
    }

    @Test
    void aCutbackWeekMayDropARunAndSoFreeADayForStrength() {
        // Week 1: runs on all three days, so strength on MONDAY and SUNDAY (the only days for both). Week 2 is a
        // cutback week at its floor: two runs, and THURSDAY holds strength alone.
        String days = "\"MONDAY\": 41, \"THURSDAY\": 26, \"SUNDAY\": 41";
        Witness witness = feasible(decide(profile(MONDAY, 2, days, 3, 2, "\"cutbackEvery\": 2,")));
        assertEquals(2, witness.weeks().get(1).runs().size());
        assertTrue(decide(profile(MONDAY, 2, days, 3, 2, "\"cutbackEvery\": 0,")).isInfeasible());
    }

    @Test
    void withSevenRunsTheWeekBeforeACutbackRunsLongerSoTheCutbackWeekCanDropOne() {
        // 7 x 20 = 140 is at the floor but dropping a run needs 600 x 20 / 85 = 141.2, so 142: two more minutes,
        // which only TUESDAY (28) has room for.
        String days = "\"MONDAY\": 41, \"TUESDAY\": 28, \"WEDNESDAY\": 26, \"THURSDAY\": 26, \"FRIDAY\": 26, "
                + "\"SATURDAY\": 26, \"SUNDAY\": 41";
        Witness witness = feasible(decide(profile(MONDAY, 2, days, 7, 2, "\"cutbackEvery\": 2,")));
        assertEquals(142, witness.weeks().get(0).runVolume());
        assertEquals(6, witness.weeks().get(1).runs().size());
        assertTrue(decide(profile(MONDAY, 2, days.replace("28", "27"), 7, 2, "\"cutbackEvery\": 2,"))
                .isInfeasible());
        assertTrue(decide(profile(MONDAY, 2, days, 7, 2, "\"cutbackEvery\": 2, \"targetWeeklyRunMinutes\": 140,"))
                .isInfeasible(), "the ceiling of 140 leaves no room for 142");
    }

    @Test
    void coachFullDatesTakeDaysAwayFromStrength() {
        Profile profile = profile(MONDAY, 1, "\"MONDAY\": 30, \"WEDNESDAY\": 30", 0, 1, "");
        feasible(FeasibilityOracle.decide(profile, CATALOG, Set.of(LocalDate.parse(MONDAY))));
        Verdict full = FeasibilityOracle.decide(profile, CATALOG,
                Set.of(LocalDate.parse(MONDAY), LocalDate.parse("2027-01-06")));
        assertTrue(full.isInfeasible(), full.describe());
        assertTrue(reason(full).contains("coach-capacity"), reason(full));
    }

    @Test
    void aQuickerLaterSetThatMightFitACoachFullWeekLeavesTheAnswerOpen() {
        // Week 3's Monday is full; Wednesday (20) is one minute short of week 1's session but a set of the
        // quickest entries (13 minutes) would fit it.
        Profile profile = profile(MONDAY, 3, "\"MONDAY\": 21, \"WEDNESDAY\": 20", 0, 1, "");
        Verdict verdict = FeasibilityOracle.decide(profile, CATALOG, Set.of(LocalDate.parse("2027-01-18")));
        assertInstanceOf(Verdict.Undecided.class, verdict, verdict.describe());
    }

    /** Whatever the oracle offers as proof must pass the plan checker. */
    private static Witness feasible(Verdict verdict) {
        Verdict.Feasible feasible = assertInstanceOf(Verdict.Feasible.class, verdict, verdict.describe());
        return feasible.witness();
    }

    private static Verdict decide(Profile profile) {
        Verdict verdict = FeasibilityOracle.decide(profile, CATALOG);
        if (verdict instanceof Verdict.Feasible feasible) {
            List<String> broken = PlanChecker.check(WitnessPlan.document(feasible.witness(), profile, CATALOG),
                    profile, CATALOG);
            assertEquals(List.of(), broken, "the witness breaks rules:\n" + feasible.witness().describe());
        }
        return verdict;
    }

    private static String reason(Verdict verdict) {
        return ((Verdict.Infeasible) verdict).reason();
    }

    private static Profile profile(String start, int weeks, String days, int runs, int strength, String more) {
        return Profiles.read("{\"athlete\": {\"id\": \"t\"}, \"startDate\": \"" + start + "\", \"weeks\": " + weeks
                + ", " + more + " \"availableMinutes\": {" + days + "}, \"runsPerWeek\": " + runs
                + ", \"strengthSessionsPerWeek\": " + strength + "}", CATALOG);
    }
}
