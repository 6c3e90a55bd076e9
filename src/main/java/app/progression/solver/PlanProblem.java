package app.progression.solver;

import app.progression.catalog.BodyArea;
import app.progression.catalog.Catalog;
import app.progression.catalog.Equipment;
import app.progression.catalog.Exercise;
import app.progression.catalog.ExerciseKind;
import app.progression.domain.Athlete;
import app.progression.domain.ConstraintWeights;
import app.progression.domain.CrossTrainingBlock;
import app.progression.domain.Day;
import app.progression.domain.Easing;
import app.progression.domain.History;
import app.progression.domain.FullStrengthDay;
import app.progression.domain.GroupRunDay;
import app.progression.domain.Ladder;
import app.progression.domain.PastRun;
import app.progression.domain.ProgressionStep;
import app.progression.domain.Run;
import app.progression.domain.RunningLoad;
import app.progression.domain.StrengthSession;
import app.progression.domain.StrengthSlot;
import app.progression.domain.Stretch;
import app.progression.domain.StretchBlock;
import app.progression.domain.TeamFacts;
import app.progression.domain.TrainingPlan;
import app.progression.domain.Week;
import app.progression.profile.Findings;
import app.progression.profile.Profile;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Builds the planning problem of one profile: the days and weeks, the athlete's facts and the empty decisions. */
public final class PlanProblem {

    /** The problem, ready to solve, and what the athlete should know about how it was set up. */
    public record Built(TrainingPlan plan, List<String> warnings) {
    }

    /** Findings weigh three times what general back care does when stretches are chosen. */
    static final int FINDING_FOCUS = 3;
    static final int GENERAL_FOCUS = 1;
    static final int STRETCH_BLOCKS_PER_DAY = 2;

    /** The body area each self-test finding is about, and how a warning names it. */
    private static final Map<BodyArea, String> FINDING_NAMES = Map.of(
            BodyArea.HIP_FLEXORS, "tight hip flexors",
            BodyArea.HAMSTRINGS, "tight hamstrings",
            BodyArea.CALVES, "heel pain (tight calves)");

    private PlanProblem() {
    }

    public static Built build(Profile profile, Catalog catalog, ConstraintWeights weights) {
        return build(profile, catalog, weights, TeamFacts.NONE);
    }

    public static Built build(Profile profile, Catalog catalog, ConstraintWeights weights, TeamFacts team) {
        return build(profile, catalog, weights, team, History.NONE);
    }

    /** The problem of a plan made again: days before {@code history.fromDay()} are history, weeks may be eased. */
    public static Built build(Profile profile, Catalog catalog, ConstraintWeights weights, TeamFacts team,
            History history) {
        List<String> warnings = new ArrayList<>();
        Athlete draft = athlete(profile, catalog, List.of(), 0, Map.of());
        Ladder ladder = new Ladder(catalog.ladder(), draft::canDo);
        List<Stretch> stretches = catalog.exercises().stream()
                .filter(exercise -> exercise.kind() == ExerciseKind.FLEXIBILITY && draft.canDo(exercise))
                .map(exercise -> new Stretch(exercise, catalog.minutes(exercise)))
                .toList();
        // A run leaves room for the longest single stretch the athlete may do after it.
        int stretchAfterRun = stretches.stream().mapToInt(Stretch::minutes).max().orElse(0);
        Athlete athlete = athlete(profile, catalog, ladder.startingRungs(), stretchAfterRun, history.painfulFromWeek());
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
                Day day = new Day(date, index, w, profile.minutesOn(date.getDayOfWeek()), index < history.fromDay());
                days.add(day);
                if (day.isAvailable() && !history.keeps(index)) {
                    available.add(day);
                }
            }
            weeks.add(new Week(w, available, history.easingOf(w, profile.isCutbackWeek(w)),
                    (w - 1) * 7 < history.fromDay()));
        }

        List<Exercise> addOns = addOns(profile, catalog, athlete, warnings);
        int addOnSeconds = addOns.stream()
                .mapToInt(exercise -> catalog.strengthSeconds(exercise, catalog.strengthDose().sets(),
                        exercise.fixedReps()))
                .sum();
        warnings.addAll(uncoveredFindings(athlete, catalog, stretches));

        List<StrengthSlot> slots = new ArrayList<>();
        List<StrengthSession> strengthSessions = new ArrayList<>();
        List<Run> runs = new ArrayList<>();
        List<StretchBlock> stretchBlocks = new ArrayList<>();
        List<CrossTrainingBlock> crossTrainingBlocks = new ArrayList<>();
        for (Week week : weeks) {
            for (int p = 0; p < positions; p++) {
                StrengthSlot slot = new StrengthSlot(week.number(), p, catalog.strengthDose().sets());
                slot.placeIn(week);
                if (week.easing() != Easing.NONE && week.number() > 1) {
                    // An eased week holds or steps back the strength set whatever its steps say: nothing to decide.
                    slot.setStep(ProgressionStep.HOLD);
                    slot.setPinned(true);
                }
                slots.add(slot);
            }
            int strengthCount = positions == 0 ? 0 : profile.strengthSessionsPerWeek();
            for (int i = 0; i < strengthCount; i++) {
                strengthSessions.add(new StrengthSession(week, i, addOnSeconds));
            }
            for (int i = 0; i < profile.runsPerWeek(); i++) {
                runs.add(new Run(week, i));
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

        List<ProgressionStep> steps = new ArrayList<>();
        for (ProgressionStep step : ProgressionStep.values()) {
            if (step.repIncrease() <= profile.maxRepIncreasePerWeek()) {
                steps.add(step);
            }
        }

        TrainingPlan plan = new TrainingPlan(athlete, catalog, ladder, addOns, weeks, days, pastRuns(profile), steps,
                stretches, profile.crossTraining(), weights);
        plan.setEntities(slots, strengthSessions, runs, stretchBlocks, crossTrainingBlocks);
        plan.setGroupRunDays(team.groupRunDays().stream().map(GroupRunDay::new).toList());
        plan.setFullStrengthDays(team.fullStrengthDates().stream().filter(date -> !date.isBefore(profile.startDate())
                && !date.isAfter(profile.endDate())).map(FullStrengthDay::new).toList());
        plan.deriveShadows();
        return new Built(plan, warnings);
    }

    /** The week before the plan: the profile's runs per week at its easy-run length, spread over the week. */
    static List<PastRun> pastRuns(Profile profile) {
        List<PastRun> pastRuns = new ArrayList<>();
        for (int k = 0; k < profile.runsPerWeek(); k++) {
            pastRuns.add(new PastRun(-1 - k * 7 / profile.runsPerWeek(), profile.easyRunMinutes()));
        }
        return pastRuns;
    }

    static Athlete athlete(Profile profile, Catalog catalog, List<Integer> startingRungs, int stretchAfterRun,
            Map<String, Integer> painfulFromWeek) {
        Findings findings = profile.findings();
        Set<BodyArea> findingAreas = new TreeSet<>();
        if (findings.hasTightHipFlexors()) {
            findingAreas.add(BodyArea.HIP_FLEXORS);
        }
        if (findings.tightHamstrings()) {
            findingAreas.add(BodyArea.HAMSTRINGS);
        }
        if (findings.heelPain()) {
            findingAreas.add(BodyArea.CALVES);
        }
        Map<BodyArea, Integer> focus = new EnumMap<>(BodyArea.class);
        focus.put(BodyArea.LOWER_BACK, GENERAL_FOCUS);
        focus.put(BodyArea.GLUTES, GENERAL_FOCUS);
        findingAreas.forEach(area -> focus.put(area, FINDING_FOCUS));
        RunningLoad running = new RunningLoad(profile.runsPerWeek(), profile.easyRunMinutes(),
                profile.shortestRunMinutes(), profile.targetWeeklyRunMinutes(), profile.cutbackEvery(),
                stretchAfterRun);
        return new Athlete(profile.athleteId(), profile.painful(), findings.heelPain(), profile.equipment(),
                profile.trainsOutdoors(), focus, findingAreas, profile.strengthSessionsPerWeek(),
                catalog.strengthDose(), profile.maxRepIncreasePerWeek(), startingRungs, catalog.warmUpMinutes(),
                running, painfulFromWeek);
    }

    /** Upper-back pain adds the catalog's upper-back add-ons to every strength session, when they are pain-free. */
    static List<Exercise> addOns(Profile profile, Catalog catalog, Athlete athlete, List<String> warnings) {
        if (!profile.findings().upperBackPain()) {
            return List.of();
        }
        List<Exercise> all = catalog.exercises().stream()
                .filter(exercise -> "UPPER_BACK_PAIN".equals(exercise.addOnFor())).toList();
        List<Exercise> doable = all.stream().filter(athlete::canDo).toList();
        for (Exercise left : all) {
            if (!doable.contains(left)) {
                warnings.add("Upper-back pain: " + left.name() + " would be added to every strength session, but "
                        + (athlete.findsPainful(left) ? "it is on the painful list" : "it cannot be done here")
                        + ", so the plan leaves it out. Ask a coach or physiotherapist for another way to work the "
                        + "upper back.");
            }
        }
        return doable;
    }

    /** A warning for each finding that no stretch the athlete can do works on, naming what would cover it. */
    static List<String> uncoveredFindings(Athlete athlete, Catalog catalog, List<Stretch> stretches) {
        List<String> warnings = new ArrayList<>();
        for (BodyArea area : athlete.findingAreas()) {
            if (stretches.stream().anyMatch(stretch -> stretch.exercise().targets().contains(area))) {
                continue;
            }
            Map<String, Set<Equipment>> wouldCover = new LinkedHashMap<>();
            catalog.exercises().stream()
                    .filter(exercise -> exercise.kind() == ExerciseKind.FLEXIBILITY
                            && exercise.targets().contains(area) && !athlete.findsPainful(exercise)
                            && !athlete.wrongSettingFor(exercise) && athlete.lacksEquipmentFor(exercise))
                    .forEach(exercise -> wouldCover.put(exercise.name(), exercise.equipment()));
            String finding = FINDING_NAMES.get(area);
            if (wouldCover.isEmpty()) {
                warnings.add("The self-test found " + finding + ", but no stretch for it is pain-free in the "
                        + "catalog, so the plan has none. Ask a coach or physiotherapist for one.");
            } else {
                String equipment = wouldCover.values().stream().flatMap(Set::stream).distinct()
                        .map(item -> item.name().toLowerCase().replace('_', ' ')).collect(Collectors.joining(" or "));
                warnings.add("The self-test found " + finding + ", but every stretch for it needs equipment you do "
                        + "not have: a " + equipment + " would allow " + String.join(", ", wouldCover.keySet())
                        + ".");
            }
        }
        return warnings;
    }
}
