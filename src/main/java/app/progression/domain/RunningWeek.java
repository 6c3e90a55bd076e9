package app.progression.domain;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PiggybackShadowVariable;

/**
 * A week's running as the load rules see it: its minutes and longest run, and what they are compared with (the
 * week before, the last full week, the longest run of the 30 days before). {@link RunLengths} keeps these in line
 * with the runs, so every load rule is a comparison within one week.
 */
@PlanningEntity
public class RunningWeek {

    /**
     * The figures of one week. {@code previousVolume} is the week before's minutes (the week before the plan for
     * week 1); {@code referenceVolume} is what the 10% rule compares with: the week before, or the one before that
     * after an easier week; {@code longestBefore} is the longest run of the 30 days before the week starts.
     */
    public record Figures(int volume, int previousVolume, int referenceVolume, int longestRun, int longestBefore,
            int runCount) {

        static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0);
    }

    @PlanningId
    private Integer number;
    private boolean cutback;

    @PiggybackShadowVariable(shadowEntityClass = Run.class, shadowVariableName = "minutes")
    private Figures figures = Figures.NONE;

    public RunningWeek() {
    }

    public RunningWeek(int number, boolean cutback) {
        this.number = number;
        this.cutback = cutback;
    }

    /** A week with its figures given, as in the rules' tests. */
    public static RunningWeek of(int number, boolean cutback, Figures figures) {
        RunningWeek week = new RunningWeek(number, cutback);
        week.figures = figures;
        return week;
    }

    public int getNumber() {
        return number;
    }

    public boolean isCutback() {
        return cutback;
    }

    public Figures getFigures() {
        return figures;
    }

    void setFigures(Figures figures) {
        this.figures = figures;
    }

    public int getVolume() {
        return figures.volume();
    }

    public int getRunCount() {
        return figures.runCount();
    }

    @Override
    public String toString() {
        return "running in week " + number + ": " + figures.volume() + " min";
    }
}
