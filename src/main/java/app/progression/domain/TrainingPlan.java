package app.progression.domain;

import app.progression.catalog.Catalog;
import app.progression.catalog.Exercise;
import app.progression.profile.CrossTraining;
import java.util.List;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.domain.valuerange.CountableValueRange;
import org.optaplanner.core.api.domain.valuerange.ValueRangeFactory;
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

    @ValueRangeProvider(id = "progressionSteps")
    private List<ProgressionStep> progressionSteps;
    @ValueRangeProvider(id = "stretches")
    private List<Stretch> stretches;
    @ValueRangeProvider(id = "crossTraining")
    private List<CrossTraining> crossTraining;
    private int shortestRunMinutes;
    private int longestRunMinutes;

    @PlanningEntityCollectionProperty
    private List<StrengthSlot> strengthSlots;
    @PlanningEntityCollectionProperty
    private List<StrengthSession> strengthSessions;
    @PlanningEntityCollectionProperty
    private List<Run> runs;
    @PlanningEntityCollectionProperty
    private List<StretchBlock> stretchBlocks;
    @PlanningEntityCollectionProperty
    private List<CrossTrainingBlock> crossTrainingBlocks;

    @ConstraintConfigurationProvider
    private ConstraintWeights weights;

    @PlanningScore
    private HardSoftLongScore score;

    /** Not facts for the constraints: the listener reads them to derive the strength sets and their minutes. */
    private Catalog catalog;
    private Ladder ladder;
    private List<Exercise> addOns;
    private int weekCount;

    public TrainingPlan() {
    }

    public TrainingPlan(Athlete athlete, Catalog catalog, Ladder ladder, List<Exercise> addOns, int weekCount, List<Day> days,
            List<PastRun> pastRuns, List<ProgressionStep> progressionSteps, List<Stretch> stretches,
            List<CrossTraining> crossTraining, int shortestRunMinutes, int longestRunMinutes,
            List<StrengthSlot> strengthSlots, List<StrengthSession> strengthSessions, List<Run> runs,
            List<StretchBlock> stretchBlocks, List<CrossTrainingBlock> crossTrainingBlocks, ConstraintWeights weights) {
        this.athlete = athlete;
        this.catalog = catalog;
        this.ladder = ladder;
        this.addOns = addOns;
        this.weekCount = weekCount;
        this.days = days;
        this.pastRuns = pastRuns;
        this.progressionSteps = progressionSteps;
        this.stretches = stretches;
        this.crossTraining = crossTraining;
        this.shortestRunMinutes = shortestRunMinutes;
        this.longestRunMinutes = longestRunMinutes;
        this.strengthSlots = strengthSlots;
        this.strengthSessions = strengthSessions;
        this.runs = runs;
        this.stretchBlocks = stretchBlocks;
        this.crossTrainingBlocks = crossTrainingBlocks;
        this.weights = weights;
    }

    @ValueRangeProvider(id = "runMinutes")
    public CountableValueRange<Integer> getRunMinutesRange() {
        return ValueRangeFactory.createIntValueRange(shortestRunMinutes, longestRunMinutes + 1);
    }

    public int getShortestRunMinutes() {
        return shortestRunMinutes;
    }

    public Athlete getAthlete() {
        return athlete;
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

    public int getWeekCount() {
        return weekCount;
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

    public List<StretchBlock> getStretchBlocks() {
        return stretchBlocks;
    }

    public List<CrossTrainingBlock> getCrossTrainingBlocks() {
        return crossTrainingBlocks;
    }

    public ConstraintWeights getWeights() {
        return weights;
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
}
