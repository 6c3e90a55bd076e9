package app.progression.explain;

import app.progression.InvalidInputException;
import app.progression.catalog.Catalog;
import app.progression.domain.ConstraintWeights;
import app.progression.domain.History;
import app.progression.domain.SessionKind;
import app.progression.domain.TeamFacts;
import app.progression.explain.MovePreview.Preview;
import app.progression.explain.MovePreview.RuleChange;
import app.progression.explain.MovePreview.Side;
import app.progression.plan.PlanDocument;
import app.progression.plan.PlanDocument.DayPlan;
import app.progression.plan.Provenance;
import app.progression.profile.Profile;
import app.progression.solver.Reason;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where else a session could go: every other day of its week it may move to, each scored by moving the session there
 * on the plan as it stands (no solving), the best first. A coach asks before moving a session by hand. Days that
 * already happened (in a plan made again from a log), locked days and days without time are not offered.
 */
public final class Suggestions {

    /** How many days a suggestion lists at most. */
    public static final int COUNT = 3;

    /** One day the session could go to, and what the move does to the score and to which rules. */
    public record Suggestion(LocalDate date, String change, Side after, List<String> newlyBrokenHardRules,
            List<RuleChange> ruleChanges) {
    }

    /** The session asked about, the plan's score now, the best days (best first) and how many days were tried. */
    public record Result(SessionKind kind, LocalDate date, Side now, List<Suggestion> best, int daysTried) {

        /** The answer for people. */
        public String text() {
            StringBuilder out = new StringBuilder();
            out.append("Where else could the ").append(kind.name().toLowerCase().replace('_', ' ')).append(" of ")
                    .append(Reason.on(date)).append(" go? The plan scores ").append(now.score())
                    .append(" as it stands.\n");
            if (best.isEmpty()) {
                out.append("  No other day of its week can take it (days that already happened, locked days and "
                        + "days without time are not offered).\n");
            }
            for (int i = 0; i < best.size(); i++) {
                Suggestion suggestion = best.get(i);
                out.append("  ").append(i + 1).append(". ").append(Reason.on(suggestion.date())).append(" (")
                        .append(suggestion.date()).append("): ").append(suggestion.change()).append(", the plan "
                        + "would score ").append(suggestion.after().score())
                        .append(suggestion.after().feasible() ? "" : ", BREAKING HARD RULES").append('\n');
                for (RuleChange rule : suggestion.ruleChanges()) {
                    out.append("       ").append(rule.rule()).append(' ').append(rule.change()).append(" (")
                            .append(rule.before()).append(" -> ").append(rule.after()).append(")\n");
                }
            }
            out.append("  (").append(daysTried).append(" other day(s) of the week tried; scores are of the whole "
                    + "plan, re-scored with the move and nothing else changed.)\n");
            return out.toString();
        }
    }

    private Suggestions() {
    }

    public static Result suggest(Profile profile, Catalog catalog, ConstraintWeights weights, TeamFacts team,
            PlanDocument plan, LocalDate date, SessionKind kind) {
        DayPlan day = plan.days().stream().filter(d -> d.date().equals(date)).findFirst()
                .orElseThrow(() -> new InvalidInputException("--date " + date + " is not a day of the plan ("
                        + plan.startDate() + ", " + plan.weeks() + " weeks)."));
        int index = day.sessions().stream().map(PlanDocument.SessionPlan::kind).toList().indexOf(kind);
        if (index < 0) {
            throw new InvalidInputException("The plan has no " + kind + " session on " + date + "; it has "
                    + (day.sessions().isEmpty() ? "nothing" : day.sessions().stream()
                            .map(session -> session.kind().name()).collect(Collectors.joining(", "))) + ".");
        }
        History history = Provenance.history(plan);
        if (!history.equals(History.NONE) && dayIndex(plan, date) < history.fromDay()) {
            throw new InvalidInputException(date + " already happened: the plan was made again from "
                    + plan.madeWith().replanned().from() + ", and days before it are history.");
        }
        PlanExplanation now = MovePreview.scoredAsItStands(profile, catalog, weights, team, plan);
        List<Suggestion> tried = new ArrayList<>();
        for (DayPlan other : plan.days()) {
            int otherIndex = dayIndex(plan, other.date());
            if (other.week() != day.week() || other.date().equals(date) || other.availableMinutes() == 0
                    || history.keeps(otherIndex)) {
                continue;
            }
            Preview preview = MovePreview.of(profile, catalog, weights, team, plan, now,
                    new SessionMoves.SessionRef(date, index), other.date());
            tried.add(new Suggestion(other.date(), preview.change(), preview.after(), preview.newlyBrokenHardRules(),
                    preview.ruleChanges()));
        }
        List<Suggestion> best = tried.stream()
                .sorted(Comparator.comparingLong((Suggestion s) -> -s.after().hardScore())
                        .thenComparingLong(s -> -s.after().softScore())
                        .thenComparing(Suggestion::date))
                .limit(COUNT).toList();
        return new Result(kind, date, Side.of(now), best, tried.size());
    }

    private static int dayIndex(PlanDocument plan, LocalDate date) {
        return (int) ChronoUnit.DAYS.between(plan.startDate(), date);
    }
}
