package app.progression.domain;

import app.progression.catalog.Catalog;
import app.progression.catalog.Exercise;
import app.progression.profile.CrossTraining;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** One athlete's plan: the facts of the weeks and the decisions the solver makes about them. */
@PlanningSolution
public class TrainingPlan {

    @ProblemFactProperty
    private Athlete athlete;
    @ProblemFactCollectionProperty
    private List<Day> days;
    @ProblemFactCollectionProperty
    private List<PastRun> pastRuns;
    /** The team's group-run weekdays (batch only; empty for a single athlete). */
    @ProblemFactCollectionProperty
    private List<GroupRunDay> groupRunDays = List.of();
    /** Dates the team's coach has no strength capacity left on (batch only; empty for a single athlete). */
    @ProblemFactCollectionProperty
    private List<FullStrengthDay> fullStrengthDays = List.of();
    /** Warm-up and order problems of a plan read back from a file (none in a solved plan). */
    @ProblemFactCollectionProperty
    private List<WarmUpIssue> warmUpIssues = List.of();

    @ValueRangeProvider(id = "progressionSteps")
    private List<ProgressionStep> progressionSteps;
    @ValueRangeProvider(id = "stretches")
    private List<Stretch> stretches;
    @ValueRangeProvider(id = "crossTraining")
    private List<CrossTraining> crossTraining;

    @PlanningEntityCollectionProperty
    private List<StrengthSlot> strengthSlots;
    @PlanningEntityCollectionProperty
    private List<StrengthSession> strengthSessions;
    @PlanningEntityCollectionProperty
    private List<Run> runs;
    @PlanningEntityCollectionProperty
    private List<StrengthWeek> strengthWeeks;
    @PlanningEntityCollectionProperty
    private List<RunningWeek> runningWeeks;
    @PlanningEntityCollectionProperty
    private List<FindingCoverage> findingCoverage;
    @PlanningEntityCollectionProperty
    private List<StretchBlock> stretchBlocks;
    @PlanningEntityCollectionProperty
    private List<CrossTrainingBlock> crossTrainingBlocks;

    @ConstraintConfigurationProvider
    private ConstraintWeights weights;

    @PlanningScore
    private HardSoftLongScore score;

    /** Not facts for the constraints: the listeners read them to derive the strength sets and run lengths. */
    private Catalog catalog;
    private Ladder ladder;
    private List<Exercise> addOns;
    private List<Week> weeks;

    public TrainingPlan() {
    }

    /** The facts of a plan; its entities are added with {@link #setEntities}. */
    public TrainingPlan(Athlete athlete, Catalog catalog, Ladder ladder, List<Exercise> addOns, List<Week> weeks,
            List<Day> days, List<PastRun> pastRuns, List<ProgressionStep> progressionSteps, List<Stretch> stretches,
            List<CrossTraining> crossTraining, ConstraintWeights weights) {
        this.athlete = athlete;
        this.catalog = catalog;
        this.ladder = ladder;
        this.addOns = addOns;
        this.weeks = weeks;
        this.days = days;
        this.pastRuns = pastRuns;
        this.progressionSteps = progressionSteps;
        this.stretches = stretches;
        this.crossTraining = crossTraining;
        this.weights = weights;
        this.strengthWeeks = new ArrayList<>();
        this.runningWeeks = new ArrayList<>();
        this.findingCoverage = new ArrayList<>();
        for (Week week : weeks) {
            strengthWeeks.add(new StrengthWeek(week.number()));
            runningWeeks.add(new RunningWeek(week));
            athlete.findingAreas().forEach(area -> findingCoverage.add(new FindingCoverage(week.number(), area)));
        }
    }

    public void setEntities(List<StrengthSlot> strengthSlots, List<StrengthSession> strengthSessions, List<Run> runs,
            List<StretchBlock> stretchBlocks, List<CrossTrainingBlock> crossTrainingBlocks) {
        this.strengthSlots = strengthSlots;
        strengthSlots.forEach(slot -> slot.setAthlete(athlete));
        this.strengthSessions = strengthSessions;
        strengthSessions.forEach(session -> session.setStrengthWeek(strengthWeeks.get(session.getWeekNumber() - 1)));
        this.runs = runs;
        runs.forEach(run -> run.setAthlete(athlete));
        this.stretchBlocks = stretchBlocks;
        stretchBlocks.forEach(block -> block.setAthlete(athlete));
        this.crossTrainingBlocks = crossTrainingBlocks;
    }

    /** Derives every strength set and run length from the decisions, as the listeners do during solving. */
    public void deriveShadows() {
        Progression.apply(this);
        RunLengths.apply(this);
        FindingCoverageListener.apply(this);
    }

    /**
     * Whether any decision has more than one possible value: some step, stretch, activity or day to choose. A plan
     * without one has nothing for local search to try (every move it picks changes nothing).
     */
    public boolean leavesAChoice() {
        return progressionSteps.size() > 1 && strengthSlots.stream().anyMatch(slot -> !slot.isPinned())
                || !stretches.isEmpty() && stretchBlocks.stream().anyMatch(block -> !block.isPinned())
                || !crossTraining.isEmpty() && crossTrainingBlocks.stream().anyMatch(block -> !block.isPinned())
                || runs.stream().anyMatch(run -> !run.isPinned() && run.getAvailableDays().size() > 1)
                || strengthSessions.stream().anyMatch(session -> !session.isPinned()
                        && session.getAvailableDays().size() > 1);
    }

    /**
     * Whether the plan has team facts (a batch's group runs or full coach dates) or decisions of an old plan to keep:
     * only then can the team rules and the rule that keeps an old plan as it was apply.
     */
    public boolean hasTeamOrOldPlan() {
        return !groupRunDays.isEmpty() || !fullStrengthDays.isEmpty()
                || Stream.of(strengthSlots, strengthSessions, runs, stretchBlocks, crossTrainingBlocks)
                        .flatMap(List::stream).anyMatch(decision -> ((Remembered) decision).previous() != null);
    }

    public Athlete getAthlete() {
        return athlete;
    }

    public RunningLoad getRunningLoad() {
        return athlete.running();
    }

    public Catalog getCatalog() {
        return catalog;
    }

    public Ladder getLadder() {
        return ladder;
    }

    /** Strength exercises added to every strength session (wall pull-downs for upper-back pain). */
    public List<Exercise> getAddOns() {
        return addOns;
    }

    public List<Week> getWeeks() {
        return weeks;
    }

    public int getWeekCount() {
        return weeks.size();
    }

    public List<Day> getDays() {
        return days;
    }

    public List<PastRun> getPastRuns() {
        return pastRuns;
    }

    public List<ProgressionStep> getProgressionSteps() {
        return progressionSteps;
    }

    public List<Stretch> getStretches() {
        return stretches;
    }

    public List<CrossTraining> getCrossTraining() {
        return crossTraining;
    }

    public List<StrengthSlot> getStrengthSlots() {
        return strengthSlots;
    }

    public List<StrengthSession> getStrengthSessions() {
        return strengthSessions;
    }

    public List<Run> getRuns() {
        return runs;
    }

    public List<StrengthWeek> getStrengthWeeks() {
        return strengthWeeks;
    }

    public List<RunningWeek> getRunningWeeks() {
        return runningWeeks;
    }

    public List<FindingCoverage> getFindingCoverage() {
        return findingCoverage;
    }

    public List<StretchBlock> getStretchBlocks() {
        return stretchBlocks;
    }

    public List<CrossTrainingBlock> getCrossTrainingBlocks() {
        return crossTrainingBlocks;
    }

    public ConstraintWeights getWeights() {
        return weights;
    }

    /** Changes the weights the plan is scored with (its score is stale until scored again). */
    public void setWeights(ConstraintWeights weights) {
        this.weights = weights;
    }

    public HardSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }

    public List<GroupRunDay> getGroupRunDays() {
        return groupRunDays;
    }

    public void setGroupRunDays(List<GroupRunDay> groupRunDays) {
        this.groupRunDays = List.copyOf(groupRunDays);
    }

    public List<FullStrengthDay> getFullStrengthDays() {
        return fullStrengthDays;
    }

    public void setFullStrengthDays(List<FullStrengthDay> fullStrengthDays) {
        this.fullStrengthDays = List.copyOf(fullStrengthDays);
    }

    public List<WarmUpIssue> getWarmUpIssues() {
        return warmUpIssues;
    }

    public void setWarmUpIssues(List<WarmUpIssue> warmUpIssues) {
        this.warmUpIssues = List.copyOf(warmUpIssues);
    }
}
