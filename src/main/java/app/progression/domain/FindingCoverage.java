package app.progression.domain;

import app.progression.catalog.BodyArea;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.ShadowVariable;

/**
 * How many days of one week hold a stretch or release for one self-test finding (its body area). Kept up to date
 * by {@link FindingCoverageListener}, so the rule that wants each finding worked on twice a week can see a week
 * where it is not worked on at all.
 */
@PlanningEntity
public class FindingCoverage {

    @PlanningId
    private String id;
    private int week;
    private BodyArea area;

    @ShadowVariable(variableListenerClass = FindingCoverageListener.class, sourceEntityClass = StretchBlock.class,
            sourceVariableName = "stretch")
    private Integer days = 0;

    public FindingCoverage() {
    }

    public FindingCoverage(int week, BodyArea area) {
        this.id = "coverage-w" + week + "-" + area;
        this.week = week;
        this.area = area;
    }

    /** A week's coverage with its days given, as in the rules' tests. */
    public static FindingCoverage of(int week, BodyArea area, int days) {
        FindingCoverage coverage = new FindingCoverage(week, area);
        coverage.days = days;
        return coverage;
    }

    public String getId() {
        return id;
    }

    public int getWeek() {
        return week;
    }

    public BodyArea getArea() {
        return area;
    }

    public int getDays() {
        return days;
    }

    void setDays(Integer days) {
        this.days = days;
    }

    @Override
    public String toString() {
        return area + " on " + days + " day(s) of week " + week;
    }
}
