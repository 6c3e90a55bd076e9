package app.progression.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.domain.variable.VariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;

/** Recounts a week's days per finding when one of its stretches changes. */
public class FindingCoverageListener implements VariableListener<TrainingPlan, StretchBlock> {

    private TrainingPlan indexed;
    private List<List<StretchBlock>> blocksByWeek;
    private List<List<FindingCoverage>> coverageByWeek;

    @Override
    public void afterVariableChanged(ScoreDirector<TrainingPlan> scoreDirector, StretchBlock block) {
        recount(scoreDirector.getWorkingSolution(), block.getWeek(), ShadowChanges.through(scoreDirector));
    }

    @Override
    public void afterEntityAdded(ScoreDirector<TrainingPlan> scoreDirector, StretchBlock block) {
        indexed = null;
        recount(scoreDirector.getWorkingSolution(), block.getWeek(), ShadowChanges.through(scoreDirector));
    }

    /** Counts every week of a plan that is being built. */
    static void apply(TrainingPlan plan) {
        FindingCoverageListener listener = new FindingCoverageListener();
        for (int week = 1; week <= plan.getWeekCount(); week++) {
            listener.recount(plan, week, ShadowChanges.DIRECT);
        }
    }

    private void recount(TrainingPlan plan, int week, ShadowChanges changes) {
        if (plan != indexed) {
            index(plan);
        }
        for (FindingCoverage coverage : coverageByWeek.get(week - 1)) {
            // One bit per weekday: the seven days of a week have seven different day indexes modulo 7.
            int days = 0;
            for (StretchBlock block : blocksByWeek.get(week - 1)) {
                if (block.isScheduled() && block.getStretch().exercise().targets().contains(coverage.getArea())) {
                    days |= 1 << (block.getDay().index() % 7);
                }
            }
            int count = Integer.bitCount(days);
            if (!Objects.equals(coverage.getDays(), count)) {
                changes.set(coverage, "days", () -> coverage.setDays(count));
            }
        }
    }

    private void index(TrainingPlan plan) {
        blocksByWeek = new ArrayList<>();
        coverageByWeek = new ArrayList<>();
        for (int week = 1; week <= plan.getWeekCount(); week++) {
            blocksByWeek.add(new ArrayList<>());
            coverageByWeek.add(new ArrayList<>());
        }
        plan.getStretchBlocks().forEach(block -> blocksByWeek.get(block.getWeek() - 1).add(block));
        plan.getFindingCoverage().forEach(coverage -> coverageByWeek.get(coverage.getWeek() - 1).add(coverage));
        indexed = plan;
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<TrainingPlan> scoreDirector, StretchBlock block) {
        indexed = null;
    }

    @Override
    public void beforeVariableChanged(ScoreDirector<TrainingPlan> scoreDirector, StretchBlock block) {
    }

    @Override
    public void beforeEntityAdded(ScoreDirector<TrainingPlan> scoreDirector, StretchBlock block) {
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<TrainingPlan> scoreDirector, StretchBlock block) {
    }
}
