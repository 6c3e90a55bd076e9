package app.progression.explain;

import app.progression.render.TextLayout;
import app.progression.catalog.Catalog;
import app.progression.domain.ConstraintWeights;
import app.progression.domain.ConstraintWeights.RuleInfo;
import app.progression.domain.TeamFacts;
import app.progression.domain.TrainingPlan;
import app.progression.plan.PlanDocument;
import app.progression.plan.PlanReader;
import app.progression.solver.Reason;
import app.progression.plan.PlanDocument.DayPlan;
import app.progression.plan.PlanDocument.SessionPlan;
import app.progression.plan.PlanDocument.WeekSummary;
import app.progression.render.TerminalView;
import app.progression.profile.Profile;
import app.progression.plan.Planner;
import app.progression.InvalidInputException;
import app.progression.solver.SolveOptions;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;

/**
 * What-if: solves one profile under two weightings with the same seed and budget, then shows the days whose
 * sessions differ, week by week, and what each rule scores in each plan. Both plans are scored with both
 * weightings, so a rule switched off in one weighting still shows what the other plan pays for it; a weighting
 * whose own search ended below the other's plan (by its own weights) keeps that plan, and says so.
 */
public final class Comparer {

    /** A weighting and what to call it (the weights file, or "profile and default weights"). */
    public record Weighting(String label, ConstraintWeights weights) {
    }

    public record Comparison(String athleteId, String athleteName, LocalDate startDate, int weeks, Side a, Side b,
            List<WeightChange> weightChanges, int changedDays, List<WeekDiff> weekList, List<RuleDiff> rules) {

        Comparison withNote(boolean onA, String note) {
            Side noted = onA ? a : b;
            noted = new Side(noted.label(), noted.score(), noted.feasible(), noted.scoreWithOtherWeights(), note);
            return new Comparison(athleteId, athleteName, startDate, weeks, onA ? noted : a, onA ? b : noted,
                    weightChanges, changedDays, weekList, rules);
        }
    }

    /**
     * One plan: its score under its own weighting and under the other one; {@code note} says when the plan is the
     * other weighting's, because that one scores better by this weighting than its own search found.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Side(String label, String score, boolean feasible, String scoreWithOtherWeights, String note) {
    }

    public record WeightChange(String rule, int weightA, int weightB) {
    }

    /** The days of one week that differ; the strength sets only when they differ. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WeekDiff(int week, List<String> strengthSetA, List<String> strengthSetB, List<DayDiff> days) {
    }

    public record DayDiff(LocalDate date, DayOfWeek dayOfWeek, List<String> a, List<String> b) {
    }

    /** A rule's score in plan A and plan B, first both measured with weighting A, then both with weighting B. */
    public record RuleDiff(String rule, int weightA, int weightB, Points planAByA, Points planBByA, Points planAByB,
            Points planBByB) {

        @JsonIgnore
        public Points differenceByA() {
            return planBByA.minus(planAByA);
        }

        @JsonIgnore
        public Points differenceByB() {
            return planBByB.minus(planAByB);
        }
    }

    public record Points(long hard, long soft) {

        static final Points ZERO = new Points(0, 0);

        Points minus(Points other) {
            return new Points(hard - other.hard, soft - other.soft);
        }

        Points plus(Points other) {
            return new Points(hard + other.hard, soft + other.soft);
        }

        @Override
        public String toString() {
            return Explainer.points(hard, soft);
        }

        /** At most 11 characters for the table: "-60 soft", "-1 hard", "-1h -60s". */
        String compact() {
            String full = toString();
            return full.length() <= 11 ? full
                    : String.format(Locale.ROOT, "%+dh %+ds", hard, soft);
        }
    }

    private Comparer() {
    }

    /** Solves the profile under both weightings (same options, so the same seed) and compares the plans. */
    public static Comparison compare(Profile profile, Catalog catalog, Weighting a, Weighting b, SolveOptions options) {
        // One planner for both: the same pipeline as `plan` (retries included), built once.
        Planner planner = new Planner(options);
        PlanDocument planA = solve(planner, profile, catalog, a.weights());
        PlanDocument planB = solve(planner, profile, catalog, b.weights());
        Comparison solved = compare(profile, catalog, a, planA, b, planB);
        // A search can stop short of a plan the other weighting's search found. Each side then keeps the plan that
        // scores better by its own weights, so that what differs is what a weighting asks for, not what a search
        // missed.
        if (better(solved.a().scoreWithOtherWeights(), solved.b().score())) {
            Comparison kept = compare(profile, catalog, a, planA, b, planA);
            return kept.withNote(false, keptNote("B", solved.b().score(), "A", solved.a().scoreWithOtherWeights()));
        }
        if (better(solved.b().scoreWithOtherWeights(), solved.a().score())) {
            Comparison kept = compare(profile, catalog, a, planB, b, planB);
            return kept.withNote(true, keptNote("A", solved.a().score(), "B", solved.b().scoreWithOtherWeights()));
        }
        return solved;
    }

    private static boolean better(String score, String than) {
        return HardSoftLongScore.parseScore(score).compareTo(HardSoftLongScore.parseScore(than)) > 0;
    }

    private static String keptNote(String side, String ownScore, String other, String otherScore) {
        return "its own search ended at " + ownScore + "; plan " + other + " scores " + otherScore + " by "
                + side + "'s weights, so it is the better plan found for them";
    }

    static PlanDocument solve(Profile profile, Catalog catalog, ConstraintWeights weights, SolveOptions options) {
        return solve(new Planner(options), profile, catalog, weights);
    }

    private static PlanDocument solve(Planner planner, Profile profile, Catalog catalog, ConstraintWeights weights) {
        Planner.Outcome outcome = planner.plan(new Planner.Request(profile, catalog, weights));
        if (outcome instanceof Planner.Planned planned) {
            return planned.document();
        }
        throw new InvalidInputException(outcome.message());
    }

    /** Compares two plans of one profile; each is re-scored from its document with both weightings. */
    public static Comparison compare(Profile profile, Catalog catalog, Weighting a, PlanDocument planA, Weighting b,
            PlanDocument planB) {
        return compare(profile, catalog, a, planA, b, planB, TeamFacts.NONE);
    }

    /** As above, for a team member: the team's group-run days and full coach dates count in both scores. */
    public static Comparison compare(Profile profile, Catalog catalog, Weighting a, PlanDocument planA, Weighting b,
            PlanDocument planB, TeamFacts team) {
        var aByA = score(profile, catalog, a, planA, team, "plan A");
        var bByA = score(profile, catalog, a, planB, team, "plan B");
        var aByB = score(profile, catalog, b, planA, team, "plan A");
        var bByB = score(profile, catalog, b, planB, team, "plan B");
        Map<String, Points> tA = totals(aByA);
        Map<String, Points> tB = totals(bByA);
        Map<String, Points> tA2 = totals(aByB);
        Map<String, Points> tB2 = totals(bByB);

        List<RuleDiff> rules = new ArrayList<>();
        List<WeightChange> changes = new ArrayList<>();
        for (RuleInfo rule : ConstraintWeights.rules()) {
            int weightA = level(a.weights().weightOf(rule.id()), rule.hard());
            int weightB = level(b.weights().weightOf(rule.id()), rule.hard());
            if (weightA != weightB) {
                changes.add(new WeightChange(rule.id(), weightA, weightB));
            }
            rules.add(new RuleDiff(rule.id(), weightA, weightB, tA.getOrDefault(rule.id(), Points.ZERO),
                    tB.getOrDefault(rule.id(), Points.ZERO), tA2.getOrDefault(rule.id(), Points.ZERO),
                    tB2.getOrDefault(rule.id(), Points.ZERO)));
        }

        List<WeekDiff> weeks = new ArrayList<>();
        int changed = 0;
        for (int week = 1; week <= profile.weeks(); week++) {
            List<DayDiff> days = new ArrayList<>();
            for (DayPlan dayA : daysOf(planA, week)) {
                DayPlan dayB = dayOn(planB, dayA.date());
                List<String> sessionsA = sessions(dayA);
                List<String> sessionsB = sessions(dayB);
                if (!sessionsA.equals(sessionsB)) {
                    days.add(new DayDiff(dayA.date(), dayA.dayOfWeek(), sessionsA, sessionsB));
                }
            }
            changed += days.size();
            List<String> setA = strengthSet(planA, week);
            List<String> setB = strengthSet(planB, week);
            boolean sameSet = setA.equals(setB);
            weeks.add(new WeekDiff(week, sameSet ? null : setA, sameSet ? null : setB, days));
        }
        Side sideA = side(a.label(), aByA, aByB);
        Side sideB = side(b.label(), bByB, bByA);
        return new Comparison(profile.athleteId(), profile.athleteName(), profile.startDate(), profile.weeks(), sideA,
                sideB, changes, changed, weeks, rules);
    }

    private static Side side(String label, ScoreExplanation<TrainingPlan, HardSoftLongScore> own,
            ScoreExplanation<TrainingPlan, HardSoftLongScore> other) {
        HardSoftLongScore score = Explainer.withoutInitScore(own.getScore());
        return new Side(label, score.toString(), score.isFeasible(),
                Explainer.withoutInitScore(other.getScore()).toString(), null);
    }

    private static ScoreExplanation<TrainingPlan, HardSoftLongScore> score(Profile profile, Catalog catalog,
            Weighting weighting, PlanDocument plan, TeamFacts team, String what) {
        TrainingPlan read = PlanReader.read(profile, catalog, weighting.weights(), team, plan, what).plan();
        return Explainer.scoreExplanation(read);
    }

    private static Map<String, Points> totals(ScoreExplanation<TrainingPlan, HardSoftLongScore> explanation) {
        Map<String, Points> totals = new LinkedHashMap<>();
        for (ConstraintMatchTotal<HardSoftLongScore> total : explanation.getConstraintMatchTotalMap().values()) {
            totals.merge(total.getConstraintName(),
                    new Points(total.getScore().hardScore(), total.getScore().softScore()), Points::plus);
        }
        return totals;
    }

    private static int level(HardSoftLongScore weight, boolean hard) {
        return Math.toIntExact(hard ? weight.hardScore() : weight.softScore());
    }

    private static List<DayPlan> daysOf(PlanDocument plan, int week) {
        return plan.days().stream().filter(day -> day.week() == week).toList();
    }

    private static DayPlan dayOn(PlanDocument plan, LocalDate date) {
        return plan.days().stream().filter(day -> day.date().equals(date)).findFirst().orElse(null);
    }

    private static List<String> strengthSet(PlanDocument plan, int week) {
        if (plan.weekSummaries() == null) {
            return List.of();
        }
        return plan.weekSummaries().stream().filter(summary -> summary.week() == week)
                .map(WeekSummary::strengthSet).findFirst().orElse(List.of());
    }

    /** A day's sessions in short words; two days are the same when these are equal. */
    static List<String> sessions(DayPlan day) {
        if (day == null || day.sessions() == null) {
            return List.of();
        }
        return day.sessions().stream().map(Comparer::session).toList();
    }

    static String session(SessionPlan session) {
        String minutes = session.minutes() + " min";
        return switch (session.kind()) {
            case STRENGTH -> "strength " + minutes + " (" + TerminalView.exercises(session.exercises()) + ")";
            case EASY_RUN -> "run " + minutes;
            case FLEXIBILITY -> "flexibility " + minutes + " (" + TerminalView.exercises(session.exercises()) + ")";
            case CROSS_TRAINING -> Reason.words(session.activity()) + " " + minutes;
        };
    }


    /** Week by week the days that differ, then the per-rule score difference. */
    public static String render(Comparison comparison, SolveOptions options) {
        StringBuilder out = new StringBuilder();
        TextLayout.wrap(out, "", "  ", "What-if for " + comparison.athleteName() + " (" + comparison.athleteId() + "): "
                + comparison.weeks() + " weeks from " + comparison.startDate() + ", both weightings solved"
                + (options == null ? "" : " with seed " + options.seed() + " and the same budget") + ".");
        side(out, "A", comparison.a());
        side(out, "B", comparison.b());
        if (comparison.weightChanges().isEmpty()) {
            out.append("  The two weightings are the same.\n");
        } else {
            TextLayout.wrap(out, "  ", "    ", "Weights that differ (A -> B): " + comparison.weightChanges().stream()
                    .map(c -> c.rule() + " " + c.weightA() + " -> " + c.weightB())
                    .collect(Collectors.joining(", ")) + ".");
        }
        int days = comparison.weeks() * 7;
        out.append('\n').append(comparison.changedDays()).append(" of ").append(days).append(" days differ.\n");
        for (WeekDiff week : comparison.weekList()) {
            if (week.days().isEmpty() && week.strengthSetA() == null) {
                out.append("Week ").append(week.week()).append(": no change\n");
                continue;
            }
            out.append("Week ").append(week.week()).append('\n');
            if (week.strengthSetA() != null) {
                TextLayout.wrap(out, "  strength set A: ", " ".repeat(18), String.join(", ", week.strengthSetA()));
                TextLayout.wrap(out, "               B: ", " ".repeat(18), String.join(", ", week.strengthSetB()));
            }
            for (DayDiff day : week.days()) {
                String label = "  " + day.date().getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT,
                        Locale.ENGLISH) + " " + day.date().format(java.time.format.DateTimeFormatter.ofPattern(
                                "dd MMM", Locale.ENGLISH));
                TextLayout.wrap(out, label + "  A: ", " ".repeat(label.length() + 6), words(day.a()));
                TextLayout.wrap(out, " ".repeat(label.length()) + "  B: ", " ".repeat(label.length() + 6), words(day.b()));
            }
        }

        out.append("\nScore per rule, plan B minus plan A. 'by A': both plans scored with weighting A\n"
                + "(what B costs or buys by A's measure); 'by B': both scored with weighting B.\n");
        out.append(String.format(Locale.ROOT, "  %-42s %4s %4s %11s %11s%n", "rule", "w A", "w B", "by A", "by B"));
        Points totalA = Points.ZERO;
        Points totalB = Points.ZERO;
        int unchanged = 0;
        for (RuleDiff rule : comparison.rules()) {
            totalA = totalA.plus(rule.differenceByA());
            totalB = totalB.plus(rule.differenceByB());
            if (rule.differenceByA().equals(Points.ZERO) && rule.differenceByB().equals(Points.ZERO)
                    && rule.weightA() == rule.weightB()) {
                unchanged++;
                continue;
            }
            out.append(String.format(Locale.ROOT, "  %-42s %4d %4d %11s %11s%n", rule.rule(), rule.weightA(),
                    rule.weightB(), rule.differenceByA().compact(), rule.differenceByB().compact()));
        }
        out.append(String.format(Locale.ROOT, "  %-42s %4s %4s %11s %11s%n", "total", "", "", totalA.compact(),
                totalB.compact()));
        if (unchanged > 0) {
            out.append("  (").append(unchanged).append(" other rules score the same in both plans.)\n");
        }
        return out.toString();
    }

    private static void side(StringBuilder out, String name, Side side) {
        TextLayout.wrap(out, "  " + name + ": ", "     ", side.label() + ": score " + side.score()
                + (side.feasible() ? "" : " (HARD RULES BROKEN)") + "; with the other weighting "
                + side.scoreWithOtherWeights() + (side.note() == null ? "" : " (" + side.note() + ")"));
    }

    private static String words(List<String> sessions) {
        return sessions.isEmpty() ? "rest" : String.join("; ", sessions);
    }
}
