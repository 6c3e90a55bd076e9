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
     * week 1; a week the athlete missed is passed over); {@code referenceVolume} is the last full week's: what the
     * 10% rule compares with, passing over easier and missed weeks; {@code longestBefore} is the longest run of the
     * 30 days before the week starts.
     */
    public record Figures(int volume, int previousVolume, int referenceVolume, int longestRun, int longestBefore,
            int runCount) {

        static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0);
    }

    @PlanningId
    private Integer number;
    private Easing easing;
    /** Holds days that already happened: the load rules leave it alone. */
    private boolean past;

    @PiggybackShadowVariable(shadowEntityClass = Run.class, shadowVariableName = "minutes")
    private Figures figures = Figures.NONE;

    public RunningWeek() {
    }

    public RunningWeek(Week week) {
        this.number = week.number();
        this.easing = week.easing();
        this.past = week.past();
    }

    /** A week with its figures given, as in the rules' tests. */
    public static RunningWeek of(int number, Easing easing, Figures figures) {
        RunningWeek week = new RunningWeek(new Week(number, java.util.List.of(), easing, false));
        week.figures = figures;
        return week;
    }

    public int getNumber() {
        return number;
    }

    public Easing getEasing() {
        return easing;
    }

    public boolean isCutback() {
        return easing == Easing.CUTBACK;
    }

    public boolean isPast() {
        return past;
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
