package app.progression.render;

import app.progression.catalog.BodyArea;
import app.progression.catalog.Catalog;
import app.progression.catalog.Exercise;
import app.progression.domain.Easing;
import app.progression.domain.SessionKind;
import app.progression.plan.PlanDocument;
import app.progression.plan.PlanDocument.DayPlan;
import app.progression.plan.PlanDocument.ExercisePlan;
import app.progression.plan.PlanDocument.SessionPlan;
import app.progression.profile.Findings;
import app.progression.profile.Side;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every athlete-facing format says besides the schedule: when to stop, what the self-tests found and which of
 * the plan's exercises answer each finding, which exercises are new, which weeks are easier. One wording for all
 * formats, so the page, the chat message, the terminal and the calendar never tell the athlete different things.
 */
final class AthleteNotes {

    /** The first half of the safety line: stop, and say so. */
    static final String STOP_IF_IT_HURTS = "Stop any exercise that hurts, or that you cannot do slowly and with good "
            + "form, and tell your coach or physiotherapist.";
    /** The second half: when training should wait for a clinician. */
    static final String SEE_A_CLINICIAN = "See a doctor or physiotherapist before you train on if pain spreads into "
            + "a leg, if you feel numbness, tingling or weakness, if you feel ill, or if the pain does not ease with "
            + "rest.";
    /** Marks the first session with an exercise the athlete has not done in this plan before. */
    static final String TEST_FIRST = "new: try a few slow repetitions first and skip it if it hurts";
    /** Says what a cutback week is for, so an easier week does not read as a mistake. */
    static final String EASIER_WEEK = "an easier week: less running, strength held at last week's level";
    static final String FLARE_WEEK = "an easier week after the flare: less running, strength a step back";
    static final String REPEAT_WEEK = "the last completed week's load again, after the missed week";
    /** Shown where a session follows the day's warm-up, so the athlete does not warm up twice. */
    static final String ALREADY_WARM = "already warm, no second warm-up";
    /** For a plan that failed some of its checks; athletes get no rule names or scores, only where to turn. */
    static final String NEEDS_A_SECOND_LOOK = "This plan did not pass all of its safety checks: ask your coach or "
            + "physiotherapist to look at it before you follow it.";

    private static final String STRETCHES = "stretches";
    /** The catalog's marker for an add-on exercise that answers upper-back pain. */
    private static final String UPPER_BACK_ADD_ON = "UPPER_BACK_PAIN";
    private static final String RUN_POSTURE = "when you run, keep your head over your shoulders and the arms and "
            + "shoulders loose and low";

    private AthleteNotes() {
    }

    /** Both safety sentences as one paragraph. */
    static String stopLine() {
        return STOP_IF_IT_HURTS + " " + SEE_A_CLINICIAN;
    }

    /**
     * One self-test finding: its label ("Tight hip flexor: left side"), what kind of work answers it ("stretches",
     * "strength exercise"), the plan's exercises of that kind that do (ids, in the order first met) and an optional
     * extra tip.
     */
    record Finding(String label, String servedByWhat, List<String> servedBy, String tip) {

        /** "stretches for it: A, B" or the note that nothing in the plan targets it. */
        String servedByText(Map<String, String> names) {
            if (servedBy.isEmpty()) {
                return nothingServesIt();
            }
            return servedByWhat + " for it: " + String.join(", ", servedBy.stream().map(names::get).toList());
        }

        /** Said plainly when the plan holds nothing for the finding (the plan's warnings say why). */
        String nothingServesIt() {
            return "none of this plan's " + (servedByWhat.equals(STRETCHES) ? STRETCHES : "exercises")
                    + " targets it; ask your coach";
        }
    }

    /** The plan's findings, each with what serves it; empty for a plan without findings (older plan files). */
    static List<Finding> findings(PlanDocument plan, Catalog catalog) {
        Findings findings = plan.findings();
        if (findings == null) {
            return List.of();
        }
        List<Finding> notes = new ArrayList<>();
        if (findings.hasTightHipFlexors()) {
            notes.add(new Finding(hipFlexorLabel(findings.tightHipFlexors()), STRETCHES,
                    stretchesFor(plan, catalog, BodyArea.HIP_FLEXORS), null));
        }
        if (findings.tightHamstrings()) {
            notes.add(new Finding("Tight hamstrings", STRETCHES, stretchesFor(plan, catalog, BodyArea.HAMSTRINGS),
                    null));
        }
        if (findings.heelPain()) {
            notes.add(new Finding("Heel pain (tight calves)", STRETCHES, stretchesFor(plan, catalog, BodyArea.CALVES),
                    null));
        }
        if (findings.upperBackPain()) {
            notes.add(new Finding("Upper-back pain", "strength exercise", upperBackAddOns(plan, catalog),
                    RUN_POSTURE));
        }
        return notes;
    }

    /** "Tight hip flexor: left side", "Tight hip flexors: both sides (left and right)". */
    static String hipFlexorLabel(List<Side> sides) {
        boolean left = sides.contains(Side.LEFT);
        boolean right = sides.contains(Side.RIGHT);
        if (left && right) {
            return "Tight hip flexors: both sides (left and right)";
        }
        return "Tight hip flexor: " + (left ? "left" : "right") + " side";
    }

    /** The findings a session's exercises serve, as "Tight hamstrings (Active hamstring stretch with a strap)". */
    static List<String> findingsServedBy(SessionPlan session, List<Finding> findings, Map<String, String> names) {
        List<String> lines = new ArrayList<>();
        for (Finding finding : findings) {
            List<String> here = PlanText.exercises(session).stream().map(ExercisePlan::id)
                    .filter(finding.servedBy()::contains).distinct().toList();
            if (!here.isEmpty()) {
                lines.add(finding.label() + " (" + String.join(", ", here.stream().map(names::get).toList()) + ")");
            }
        }
        return lines;
    }

    /** Exercises first met with {@code testFirst}, each with the week it is new in. */
    static Map<String, Integer> newExercises(PlanDocument plan) {
        Map<String, Integer> weeks = new LinkedHashMap<>();
        for (DayPlan day : plan.days()) {
            for (SessionPlan session : day.sessions()) {
                for (ExercisePlan exercise : PlanText.exercises(session)) {
                    if (isTestFirst(exercise)) {
                        weeks.putIfAbsent(exercise.id(), day.week());
                    }
                }
            }
        }
        return weeks;
    }

    static boolean isTestFirst(ExercisePlan exercise) {
        return Boolean.TRUE.equals(exercise.testFirst());
    }

    /** The how-to's opening for a new exercise: "New in week 5: try a few slow repetitions first ...". */
    static String newInWeek(int week) {
        return "New in week " + week + ": " + TEST_FIRST.substring("new: ".length()) + ".";
    }

    /** Every exercise's display name, by id, for the findings' lists. */
    static Map<String, String> names(PlanDocument plan, Catalog catalog) {
        Map<String, String> names = new LinkedHashMap<>();
        PlanText.exercisesUsed(plan).forEach((id, exercise) -> names.put(id, PlanText.name(exercise, catalog)));
        return names;
    }

    /** The stretches and releases of the plan whose catalog entry targets {@code area}, in the order first met. */
    private static List<String> stretchesFor(PlanDocument plan, Catalog catalog, BodyArea area) {
        return idsInPlan(plan, SessionKind.FLEXIBILITY).stream()
                .filter(id -> catalog.find(id).map(e -> e.targets().contains(area)).orElse(false))
                .toList();
    }

    private static List<String> upperBackAddOns(PlanDocument plan, Catalog catalog) {
        return idsInPlan(plan, SessionKind.STRENGTH).stream()
                .filter(id -> catalog.find(id).map(Exercise::addOnFor).map(UPPER_BACK_ADD_ON::equals).orElse(false))
                .toList();
    }

    private static List<String> idsInPlan(PlanDocument plan, SessionKind kind) {
        List<String> ids = new ArrayList<>();
        for (DayPlan day : plan.days()) {
            for (SessionPlan session : day.sessions()) {
                if (session.kind() != kind) {
                    continue;
                }
                for (ExercisePlan exercise : PlanText.exercises(session)) {
                    if (!ids.contains(exercise.id())) {
                        ids.add(exercise.id());
                    }
                }
            }
        }
        return ids;
    }

    /** What an eased week is, by why it is eased: a cutback, the week after a flare, or a missed week repeated. */
    static String easierWeek(PlanDocument.WeekSummary week) {
        if (week.easing() == Easing.FLARE) {
            return FLARE_WEEK;
        }
        return week.easing() == Easing.REPEAT ? REPEAT_WEEK : EASIER_WEEK;
    }
}
