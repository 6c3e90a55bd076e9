package app.progression.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.oracle.FeasibilityOracle;
import app.progression.oracle.Verdict;
import app.progression.oracle.WitnessPlan;
import app.progression.profile.Profile;
import app.progression.spec.Profiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The checker accepts a plan that keeps the rules (the oracle's witness, written as a plan file) and names the
 * rule when one thing in it is changed. The profile: 4 weeks from Monday 2027-01-04, cutback every 2nd week,
 * 2 runs and 2 strength sessions on MONDAY, THURSDAY (30 minutes: one or the other) and SATURDAY (90), so
 * SATURDAY always holds a run and strength.
 */
class PlanCheckerTest {

    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final Profile PROFILE = Profiles.read("""
            {"athlete": {"id": "kim"}, "startDate": "2027-01-04", "weeks": 4, "cutbackEvery": 2,
             "availableMinutes": {"MONDAY": 30, "THURSDAY": 30, "SATURDAY": 90},
             "runsPerWeek": 2, "strengthSessionsPerWeek": 2, "maxRepIncreasePerWeek": 4,
             "findings": {"tightHipFlexors": ["LEFT"]}}""", CATALOG);

    @Test
    void theOraclesWitnessKeepsEveryRule() {
        assertEquals(List.of(), PlanChecker.check(witness(), PROFILE, CATALOG));
    }

    @Test
    void aRunShorterThanTheFloorIsJunk() {
        assertBreaks("no-junk-runs", plan -> firstSession(plan, "EASY_RUN").put("minutes", 10));
    }

    @Test
    void aSecondWarmUpOnOneDayIsRefused() {
        assertBreaks("one-warm-up-a-day", plan -> {
            for (JsonNode day : plan.get("days")) {
                if (day.get("sessions").size() == 2) {
                    ((ObjectNode) day.get("sessions").get(1)).put("warmupMinutes", 6);
                    return;
                }
            }
        });
    }

    @Test
    void strengthBeforeTheRunOnTheSameDayIsTheWrongOrder() {
        assertBreaks("one-warm-up-a-day", plan -> {
            for (JsonNode day : plan.get("days")) {
                ArrayNode sessions = (ArrayNode) day.get("sessions");
                if (sessions.size() == 2) {
                    JsonNode run = sessions.remove(0);
                    sessions.add(run);
                    return;
                }
            }
        });
    }

    @Test
    void aJumpingExerciseIsPainfulWithHeelPain() {
        Profile heel = Profiles.read("""
                {"athlete": {"id": "kim"}, "startDate": "2027-01-04", "weeks": 4, "cutbackEvery": 2,
                 "availableMinutes": {"MONDAY": 30, "THURSDAY": 30, "SATURDAY": 90},
                 "runsPerWeek": 2, "strengthSessionsPerWeek": 2, "findings": {"heelPain": true}}""", CATALOG);
        ObjectNode plan = WitnessPlan.document(((Verdict.Feasible) FeasibilityOracle.decide(heel, CATALOG))
                .witness(), heel, CATALOG);
        ((ArrayNode) firstSession(plan, "STRENGTH").get("exercises")).addObject()
                .put("id", "single-leg-jump-squats").put("sets", 3).put("reps", 8).put("perSide", true);
        assertTrue(PlanChecker.check(plan, heel, CATALOG).stream()
                .anyMatch(rule -> rule.startsWith("painful-exercise-never-planned")));
    }

    @Test
    void aCutbackWeekRunningAsMuchAsTheWeekBeforeIsRefused() {
        // Week 2 is a cutback week: the witness drops one of its two runs; another of 25 minutes is too much.
        assertBreaks("cutback-week-eases-running", plan -> dayOf(plan, 10).withArray("sessions").insertObject(0)
                .put("kind", "EASY_RUN").put("minutes", 25).put("warmupMinutes", 6).put("pace", "easy"));
    }

    @Test
    void theCutbackWarningIsNeededWhenRunsAreAtTheirFloor() {
        assertBreaks("cutback-week-eases-running", plan -> plan.putArray("warnings"));
    }

    @Test
    void theWeekSummaryFlagsTheCutbackWeeks() {
        assertBreaks("plan-document", plan -> ((ObjectNode) plan.get("weekSummaries").get(1)).put("cutback", false));
    }

    @Test
    void theFindingsAreCopiedIntoThePlan() {
        assertBreaks("findings-copied", plan -> plan.remove("findings"));
    }

    @Test
    void aLongerFirstRunThan110PercentOfTheEasyRunIsCapped() {
        assertBreaks("run-length-cap", plan -> firstSession(plan, "EASY_RUN").put("minutes", 23));
    }

    @Test
    void strengthOnSundayAndTheNextMondayIsTwoDaysInARow() {
        assertBreaks("no-strength-on-consecutive-days", plan -> {
            JsonNode strength = firstSession(plan, "STRENGTH").deepCopy();
            dayOf(plan, 6).withArray("sessions").add(strength);
        });
    }

    @Test
    void aSwapNeedsAWeekAtTwelveAndAMarkOnItsFirstSession() {
        // Superman is at 8 in week 2; swapping it for bird dog in week 3, without testFirst, breaks two rules.
        ObjectNode plan = witness();
        for (JsonNode day : plan.get("days")) {
            if (day.get("week").asInt() == 3) {
                for (JsonNode session : day.get("sessions")) {
                    if (session.get("kind").asText().equals("STRENGTH")) {
                        ((ObjectNode) session.get("exercises").get(0)).put("id", "quadruped-limb-raises")
                                .put("name", "Quadruped limb raises");
                    }
                }
            }
        }
        List<String> broken = PlanChecker.check(plan, PROFILE, CATALOG);
        assertTrue(broken.stream().anyMatch(rule -> rule.startsWith("swap-only-after-week-at-twelve")), broken.toString());
        assertTrue(broken.stream().anyMatch(rule -> rule.startsWith("test-first")), broken.toString());
    }

    @Test
    void repetitionsJumpingPastTheAllowedIncreaseAreRefused() {
        Profile slow = Profiles.read("""
                {"athlete": {"id": "kim"}, "startDate": "2027-01-04", "weeks": 4, "cutbackEvery": 2,
                 "availableMinutes": {"MONDAY": 30, "THURSDAY": 30, "SATURDAY": 90},
                 "runsPerWeek": 2, "strengthSessionsPerWeek": 2, "maxRepIncreasePerWeek": 1,
                 "findings": {"tightHipFlexors": ["LEFT"]}}""", CATALOG);
        ObjectNode plan = witness();
        for (JsonNode day : plan.get("days")) {
            for (JsonNode session : day.get("sessions")) {
                if (day.get("week").asInt() >= 3 && session.get("kind").asText().equals("STRENGTH")) {
                    ((ObjectNode) session.get("exercises").get(0)).put("reps", 10);
                }
            }
        }
        List<String> broken = PlanChecker.check(plan, slow, CATALOG);
        assertTrue(broken.stream().anyMatch(rule -> rule.startsWith("reps-build-gradually")), broken.toString());
    }

    private static void assertBreaks(String rule, Consumer<ObjectNode> change) {
        ObjectNode plan = witness();
        change.accept(plan);
        List<String> broken = PlanChecker.check(plan, PROFILE, CATALOG);
        assertTrue(broken.stream().anyMatch(found -> found.startsWith(rule + ":")),
                "expected " + rule + " among " + broken);
    }

    private static ObjectNode witness() {
        Verdict verdict = FeasibilityOracle.decide(PROFILE, CATALOG);
        return WitnessPlan.document(((Verdict.Feasible) verdict).witness(), PROFILE, CATALOG);
    }

    private static ObjectNode dayOf(ObjectNode plan, int index) {
        return (ObjectNode) plan.get("days").get(index);
    }

    private static ObjectNode firstSession(ObjectNode plan, String kind) {
        for (JsonNode day : plan.get("days")) {
            for (JsonNode session : day.get("sessions")) {
                if (session.get("kind").asText().equals(kind)) {
                    return (ObjectNode) session;
                }
            }
        }
        throw new AssertionError("no " + kind + " session");
    }
}
