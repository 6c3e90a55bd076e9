package app.progression.check;

import app.progression.profile.Findings;
import app.progression.profile.Profile;
import app.progression.profile.Side;
import app.progression.spec.RunningRules;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The plan as a document: whose it is, every date once and in order, the findings copied from the profile, and
 * week summaries that agree with the days (a cutback flag on exactly the cutback weeks).
 */
final class DocumentChecks {

    private static final String RULE = "plan-document";

    private final Profile profile;
    private final Violations violations;

    DocumentChecks(Profile profile, Violations violations) {
        this.profile = profile;
        this.violations = violations;
    }

    void check(ReadPlan plan) {
        JsonNode raw = plan.raw();
        violations.expect(profile.athleteId().equals(raw.path("athleteId").asText()), RULE, "athleteId is "
                + raw.path("athleteId").asText() + ", not " + profile.athleteId());
        violations.expect(profile.startDate().toString().equals(raw.path("startDate").asText()), RULE,
                "startDate is " + raw.path("startDate").asText());
        violations.expect(raw.path("weeks").asInt() == profile.weeks(), RULE, "weeks is " + raw.path("weeks"));
        violations.expect(raw.path("feasible").asBoolean(false), RULE, "the plan is not marked feasible");
        violations.expect(plan.days().size() == profile.weeks() * 7, RULE,
                plan.days().size() + " days for " + profile.weeks() + " weeks");
        for (ReadPlan.Day day : plan.days()) {
            var expected = profile.startDate().plusDays(day.index());
            violations.expect(expected.equals(day.date()), RULE, "day " + day.index() + " is " + day.date()
                    + ", not " + expected);
            violations.expect(day.week() == day.weekOfIndex(), RULE, expected + " is in week " + day.weekOfIndex());
            violations.expect(expected.getDayOfWeek().name().equals(day.dayOfWeek()), RULE,
                    expected + " is a " + expected.getDayOfWeek());
            violations.expect(day.availableMinutes() == profile.minutesOn(expected.getDayOfWeek()), RULE,
                    expected + " shows " + day.availableMinutes() + " available minutes");
        }
        checkFindings(raw.path("findings"));
        checkSummaries(plan);
    }

    private void checkFindings(JsonNode findings) {
        Findings own = profile.findings();
        Set<String> sides = new HashSet<>();
        findings.path("tightHipFlexors").forEach(side -> sides.add(side.asText()));
        Set<String> expectedSides = new HashSet<>(own.tightHipFlexors().stream().map(Side::name).toList());
        boolean same = !findings.isMissingNode() && sides.equals(expectedSides)
                && findings.path("tightHamstrings").asBoolean(false) == own.tightHamstrings()
                && findings.path("heelPain").asBoolean(false) == own.heelPain()
                && findings.path("upperBackPain").asBoolean(false) == own.upperBackPain();
        violations.expect(same, "findings-copied", "the plan's findings " + findings + " are not the profile's "
                + own);
    }

    private void checkSummaries(ReadPlan plan) {
        RunningRules running = RunningRules.of(profile);
        JsonNode summaries = plan.raw().path("weekSummaries");
        violations.expect(summaries.size() == profile.weeks(), RULE, summaries.size() + " week summaries");
        for (JsonNode summary : summaries) {
            int week = summary.path("week").asInt();
            violations.expect(summary.path("cutback").asBoolean(false) == running.isCutback(week), RULE,
                    "week " + week + "'s summary says cutback " + summary.path("cutback") + ", the profile "
                    + running.isCutback(week));
            List<ReadPlan.Day> days = plan.week(week);
            int runs = 0;
            int runMinutes = 0;
            int strength = 0;
            List<String> set = null;
            for (ReadPlan.Day day : days) {
                for (ReadPlan.Session run : day.sessions(ReadPlan.RUN)) {
                    runs++;
                    runMinutes += run.minutes();
                }
                for (ReadPlan.Session session : day.sessions(ReadPlan.STRENGTH)) {
                    strength++;
                    if (set == null) {
                        set = new ArrayList<>(session.exercises().stream().map(ReadPlan.Exercise::id).toList());
                    }
                }
            }
            violations.expect(summary.path("runs").asInt(-1) == runs
                    && summary.path("runMinutes").asInt(-1) == runMinutes
                    && summary.path("strengthSessions").asInt(-1) == strength, RULE,
                    "week " + week + "'s summary does not count its days: " + summary);
            if (set != null) {
                List<String> listed = new ArrayList<>();
                summary.path("strengthSet").forEach(id -> listed.add(id.asText()));
                violations.expect(set.containsAll(listed), RULE, "week " + week + "'s summary lists the strength set "
                        + listed + ", the sessions hold " + set);
            }
        }
    }
}
