package app.progression.solver;

import app.progression.catalog.BodyArea;
import app.progression.catalog.Catalog;
import app.progression.catalog.Exercise;
import app.progression.catalog.ExerciseKind;
import app.progression.domain.Athlete;
import app.progression.domain.ConstraintWeights;
import app.progression.domain.CrossTrainingBlock;
import app.progression.domain.Day;
import app.progression.domain.FullStrengthDay;
import app.progression.domain.GroupRunDay;
import app.progression.domain.TeamFacts;
import app.progression.domain.Ladder;
import app.progression.domain.PastRun;
import app.progression.domain.Progression;
import app.progression.domain.ProgressionStep;
import app.progression.domain.Run;
import app.progression.domain.RunLengths;
import app.progression.domain.StrengthSession;
import app.progression.domain.StrengthSlot;
import app.progression.domain.Stretch;
import app.progression.domain.StretchBlock;
import app.progression.domain.TrainingPlan;
import app.progression.domain.Week;
import app.progression.profile.Findings;
import app.progression.profile.Profile;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds the planning problem of one profile: the days and weeks, the athlete's facts and the empty decisions. */
public final class PlanProblem {

    /** The problem, ready to solve, and what the athlete should know about how it was set up. */
    public record Built(TrainingPlan plan, List<String> warnings) {
    }

    /** Findings weigh three times what general back care does when stretches are chosen. */
    static final int FINDING_FOCUS = 3;
    static final int GENERAL_FOCUS = 1;
    static final int STRETCH_BLOCKS_PER_DAY = 2;
    static final int SHORTEST_RUN_MINUTES = 10;

    private PlanProblem() {
    }

    public static Built build(Profile profile, Catalog catalog, ConstraintWeights weights) {
        return build(profile, catalog, weights, TeamFacts.NONE);
    }

    public static Built build(Profile profile, Catalog catalog, ConstraintWeights weights, TeamFacts team) {
        List<String> warnings = new ArrayList<>();
        Athlete draft = athlete(profile, catalog, List.of());
        Ladder ladder = new Ladder(catalog.ladder(), draft::canDo);
        Athlete athlete = athlete(profile, catalog, ladder.startingRungs());
        int positions = ladder.startingEntries().size();
        if (positions == 0) {
            warnings.add("No strength exercise on the ladder is pain-free for this athlete, so the plan has no "
                    + "strength sessions. Ask a clinician or coach for a way in.");
        } else if (positions < Ladder.SET_SIZE) {
            warnings.add("Only " + positions + " ladder rung(s) are pain-free, so the strength set has "
                    + positions + " exercise(s) instead of " + Ladder.SET_SIZE + ".");
        }

        List<Day> days = new ArrayList<>();
        List<Week> weeks = new ArrayList<>();
        for (int w = 1; w <= profile.weeks(); w++) {
            List<Day> available = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                int index = (w - 1) * 7 + d;
                var date = profile.startDate().plusDays(index);
                Day day = new Day(date, index, w, profile.minutesOn(date.getDayOfWeek()));
                days.add(day);
                if (day.isAvailable()) {
                    available.add(day);
                }
            }
            weeks.add(new Week(w, available));
        }

        int warmup = catalog.warmUpMinutes();
        List<Exercise> addOns = addOns(profile, catalog, athlete);
        int addOnSeconds = addOns.stream()
                .mapToInt(exercise -> catalog.strengthSeconds(exercise, catalog.strengthDose().sets(),
                        exercise.fixedReps()))
                .sum();
        List<StrengthSlot> slots = new ArrayList<>();
        List<StrengthSession> strengthSessions = new ArrayList<>();
        List<Run> runs = new ArrayList<>();
        List<StretchBlock> stretchBlocks = new ArrayList<>();
        List<CrossTrainingBlock> crossTrainingBlocks = new ArrayList<>();
        List<Stretch> stretches = catalog.exercises().stream()
                .filter(exercise -> exercise.kind() == ExerciseKind.FLEXIBILITY && athlete.canDo(exercise))
                .map(exercise -> new Stretch(exercise, catalog.minutes(exercise)))
                .toList();
        for (Week week : weeks) {
            for (int p = 0; p < positions; p++) {
                slots.add(new StrengthSlot(week.number(), p, catalog.strengthDose().sets()));
            }
            int strengthCount = positions == 0 ? 0 : profile.strengthSessionsPerWeek();
            for (int i = 0; i < strengthCount; i++) {
                strengthSessions.add(new StrengthSession(week, i, warmup, addOnSeconds));
            }
            for (int i = 0; i < profile.runsPerWeek(); i++) {
                Run run = new Run(week, i, warmup);
                // Start from today's easy run, so that construction only has to pick the day.
                run.setTargetMinutes(profile.easyRunMinutes());
                runs.add(run);
            }
            for (Day day : week.availableDays()) {
                if (!stretches.isEmpty()) {
                    for (int order = 0; order < STRETCH_BLOCKS_PER_DAY; order++) {
                        stretchBlocks.add(new StretchBlock(day, order));
                    }
                }
                if (!profile.crossTraining().isEmpty()) {
                    crossTrainingBlocks.add(new CrossTrainingBlock(day, profile.crossTrainingMinutes()));
                }
            }
        }

        List<PastRun> pastRuns = new ArrayList<>();
        for (int k = 0; k < profile.runsPerWeek(); k++) {
            pastRuns.add(new PastRun(-1 - k * 7 / profile.runsPerWeek(), profile.easyRunMinutes()));
        }

        List<ProgressionStep> steps = new ArrayList<>();
        for (ProgressionStep step : ProgressionStep.values()) {
            if (step.repIncrease() <= profile.maxRepIncreasePerWeek()) {
                steps.add(step);
            }
        }

        int longestDay = profile.availableMinutes().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int shortestRun = Math.min(SHORTEST_RUN_MINUTES, profile.easyRunMinutes());
        // Targets above what the caps allow are cut anyway (see RunLengths); one run of a week may be well above
        // the week's average, on a long day.
        int longestRun = (int) Math.ceil(profile.easyRunMinutes() * Math.pow(1.1, profile.weeks()) * 1.5);
        longestRun = Math.max(shortestRun, Math.min(longestRun, longestDay - warmup));

        TrainingPlan plan = new TrainingPlan(athlete, catalog, ladder, addOns, profile.weeks(), days, pastRuns, steps,
                stretches, profile.crossTraining(), shortestRun, longestRun, slots, strengthSessions, runs,
                stretchBlocks, crossTrainingBlocks, weights);
        plan.setGroupRunDays(team.groupRunDays().stream().map(GroupRunDay::new).toList());
        plan.setFullStrengthDays(team.fullStrengthDates().stream().filter(date -> !date.isBefore(profile.startDate())
                && !date.isAfter(profile.endDate())).map(FullStrengthDay::new).toList());
        Progression.apply(plan);
        RunLengths.apply(plan);
        return new Built(plan, warnings);
    }

    static Athlete athlete(Profile profile, Catalog catalog, List<Integer> startingRungs) {
        return new Athlete(profile.athleteId(), profile.painful(), profile.equipment(), profile.trainsOutdoors(),
                focus(profile.findings()), profile.strengthSessionsPerWeek(), profile.runsPerWeek(),
                catalog.strengthDose(), profile.maxRepIncreasePerWeek(), startingRungs);
    }

    static Map<BodyArea, Integer> focus(Findings findings) {
        Map<BodyArea, Integer> focus = new EnumMap<>(BodyArea.class);
        focus.put(BodyArea.LOWER_BACK, GENERAL_FOCUS);
        focus.put(BodyArea.GLUTES, GENERAL_FOCUS);
        if (findings.hasTightHipFlexors()) {
            focus.put(BodyArea.HIP_FLEXORS, FINDING_FOCUS);
        }
        if (findings.tightHamstrings()) {
            focus.put(BodyArea.HAMSTRINGS, FINDING_FOCUS);
        }
        if (findings.heelPain()) {
            focus.put(BodyArea.CALVES, FINDING_FOCUS);
        }
        return focus;
    }

    /** Upper-back pain adds the catalog's upper-back add-ons to every strength session. */
    static List<Exercise> addOns(Profile profile, Catalog catalog, Athlete athlete) {
        if (!profile.findings().upperBackPain()) {
            return List.of();
        }
        return catalog.exercises().stream()
                .filter(exercise -> "UPPER_BACK_PAIN".equals(exercise.addOnFor()) && athlete.canDo(exercise))
                .toList();
    }
}
