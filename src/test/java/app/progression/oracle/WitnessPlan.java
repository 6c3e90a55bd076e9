package app.progression.oracle;

import app.progression.catalog.Catalog;
import app.progression.catalog.Exercise;
import app.progression.profile.Profile;
import app.progression.profile.Side;
import app.progression.spec.RunningRules;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/**
 * Writes a {@link Witness} as a plan document in the format of {@code plan --out x.json}, so that the plan
 * checker can judge the oracle's proof like any plan: if the checker refuses a witness, the oracle or the checker
 * reads the spec wrongly.
 */
public final class WitnessPlan {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PACE = "easy, conversational";

    private WitnessPlan() {
    }

    public static ObjectNode document(Witness witness, Profile profile, Catalog catalog) {
        ObjectNode plan = JSON.createObjectNode();
        plan.put("athleteId", profile.athleteId());
        plan.put("athleteName", profile.athleteName());
        plan.put("startDate", profile.startDate().toString());
        plan.put("weeks", profile.weeks());
        plan.put("feasible", true);
        plan.put("score", "witness");
        ArrayNode warnings = plan.putArray("warnings");
        if (anyCutbackAtFloor(witness, profile)) {
            warnings.add("Some cutback weeks cannot ease the running further: the runs are at their shortest.");
        }
        plan.set("findings", findings(profile));
        ArrayNode summaries = plan.putArray("weekSummaries");
        ArrayNode days = plan.putArray("days");
        for (Witness.Week week : witness.weeks()) {
            ObjectNode summary = summaries.addObject();
            summary.put("week", week.number());
            summary.put("cutback", week.cutback());
            ArrayNode set = summary.putArray("strengthSet");
            witness.strengthSet().forEach(exercise -> set.add(exercise.id()));
            summary.put("runMinutes", week.runVolume());
            summary.put("strengthSessions", week.strengthDates().size());
            summary.put("runs", week.runs().size());
            summary.put("flexibilityDays", 0);
            summary.put("crossTrainingSessions", 0);
            for (int d = 0; d < 7; d++) {
                days.add(day(witness, profile, catalog, week, profile.startDate().plusDays((week.number() - 1) * 7L + d)));
            }
        }
        return plan;
    }

    private static ObjectNode day(Witness witness, Profile profile, Catalog catalog, Witness.Week week,
            LocalDate date) {
        ObjectNode day = JSON.createObjectNode();
        day.put("date", date.toString());
        day.put("week", week.number());
        day.put("dayOfWeek", date.getDayOfWeek().name());
        day.put("availableMinutes", profile.minutesOn(date.getDayOfWeek()));
        ArrayNode sessions = day.putArray("sessions");
        Integer run = week.runs().get(date);
        if (run != null) {
            ObjectNode session = sessions.addObject();
            session.put("kind", "EASY_RUN");
            session.put("minutes", run);
            session.put("warmupMinutes", witness.warmUpMinutes());
            session.put("pace", PACE);
        }
        if (week.strengthDates().contains(date)) {
            ObjectNode session = sessions.addObject();
            session.put("kind", "STRENGTH");
            session.put("minutes", witness.strengthMinutes());
            session.put("warmupMinutes", run == null ? witness.warmUpMinutes() : 0);
            ArrayNode exercises = session.putArray("exercises");
            int sets = catalog.strengthDose().sets();
            witness.strengthSet().forEach(e -> exercise(exercises, e, sets, catalog.strengthDose().minReps()));
            witness.addOns().forEach(e -> exercise(exercises, e, sets, e.fixedReps()));
        }
        return day;
    }

    private static void exercise(ArrayNode exercises, Exercise exercise, int sets, int reps) {
        ObjectNode planned = exercises.addObject();
        planned.put("id", exercise.id());
        planned.put("name", exercise.name());
        planned.put("sets", sets);
        planned.put("reps", reps);
        if (exercise.perSide()) {
            planned.put("perSide", true);
        }
    }

    private static ObjectNode findings(Profile profile) {
        ObjectNode findings = JSON.createObjectNode();
        ArrayNode sides = findings.putArray("tightHipFlexors");
        profile.findings().tightHipFlexors().stream().map(Side::name).forEach(sides::add);
        findings.put("tightHamstrings", profile.findings().tightHamstrings());
        findings.put("heelPain", profile.findings().heelPain());
        findings.put("upperBackPain", profile.findings().upperBackPain());
        return findings;
    }

    private static boolean anyCutbackAtFloor(Witness witness, Profile profile) {
        RunningRules running = RunningRules.of(profile);
        for (int i = 1; i < witness.weeks().size(); i++) {
            int before = witness.weeks().get(i - 1).runVolume();
            if (witness.weeks().get(i).cutback() && before > 0 && running.atFloor(before)) {
                return true;
            }
        }
        return false;
    }
}
