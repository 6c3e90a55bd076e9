package app.progression.explain;

import app.progression.catalog.Catalog;
import app.progression.domain.ConstraintWeights;
import app.progression.domain.SessionKind;
import app.progression.domain.TeamFacts;
import app.progression.explain.PlanExplanation.DayExplanation;
import app.progression.explain.PlanExplanation.Effect;
import app.progression.explain.PlanExplanation.RuleScore;
import app.progression.plan.PlanDocument;
import app.progression.profile.Profile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What moving one session would do, found without solving: the plan is edited ({@link SessionMoves}) and both
 * versions are re-scored by {@code explain}. The answer holds the edited plan (to keep or drop), the score before
 * and after, the hard rules the edited plan breaks (those the move broke first), every rule whose score changed,
 * and what the rules now say about the moved session.
 */
public final class MovePreview {

    public record Side(String score, boolean feasible, long hardScore, long softScore) {

        static Side of(PlanExplanation explanation) {
            return new Side(explanation.score(), explanation.feasible(), explanation.hardScore(),
                    explanation.softScore());
        }
    }

    public record RuleChange(String rule, boolean hard, String before, String after, String change, String protects) {
    }

    public record Preview(PlanDocument plan, String kind, LocalDate from, LocalDate to, Side before, Side after,
            String change, List<String> brokenHardRules, List<String> newlyBrokenHardRules,
            List<RuleChange> ruleChanges, List<Effect> movedSessionEffects, List<String> notes) {
    }

    private MovePreview() {
    }

    public static Preview of(Profile profile, Catalog catalog, ConstraintWeights weights, TeamFacts team,
            PlanDocument plan, SessionMoves.SessionRef from, LocalDate to) {
        return of(profile, catalog, weights, team, plan, scoredAsItStands(profile, catalog, weights, team, plan),
                from, to);
    }

    /** The plan as it stands, explained (the score a file states is left out: re-scoring says it). */
    public static PlanExplanation scoredAsItStands(Profile profile, Catalog catalog, ConstraintWeights weights,
            TeamFacts team, PlanDocument plan) {
        return Explainer.explainDocument(profile, catalog, weights, team,
                plan.withScore(null, plan.feasible()));
    }

    /** As above, with the plan as it stands already explained ({@code before}), for trying many moves. */
    public static Preview of(Profile profile, Catalog catalog, ConstraintWeights weights, TeamFacts team,
            PlanDocument plan, PlanExplanation before, SessionMoves.SessionRef from, LocalDate to) {
        PlanDocument moved = SessionMoves.move(plan, from, to, catalog.warmUpMinutes());
        SessionKind kind = plan.days().stream().filter(day -> day.date().equals(from.date())).findFirst()
                .orElseThrow().sessions().get(from.index()).kind();
        PlanExplanation after = Explainer.explainDocument(profile, catalog, weights, team, moved);

        Map<String, RuleScore> was = new HashMap<>();
        before.rules().forEach(rule -> was.put(rule.id(), rule));
        List<RuleChange> changes = new ArrayList<>();
        List<String> newlyBroken = new ArrayList<>();
        for (RuleScore now : after.rules()) {
            RuleScore then = was.get(now.id());
            if (then.hardScore() == now.hardScore() && then.softScore() == now.softScore()) {
                continue;
            }
            if (now.hardScore() < then.hardScore()) {
                newlyBroken.add(now.id());
            }
            changes.add(new RuleChange(now.id(), now.hard(), Explainer.points(then.hardScore(), then.softScore()),
                    Explainer.points(now.hardScore(), now.softScore()),
                    Explainer.points(now.hardScore() - then.hardScore(), now.softScore() - then.softScore()),
                    now.protects()));
        }
        // Hard rules first, the rest in the order of the rules table.
        changes.sort((x, y) -> x.hard() != y.hard() ? (x.hard() ? -1 : 1) : 0);
        return new Preview(moved.withScore(after.score(), after.feasible()), kind.name(), from.date(), to,
                Side.of(before), Side.of(after),
                Explainer.points(after.hardScore() - before.hardScore(), after.softScore() - before.softScore()),
                after.brokenHardRules(), newlyBroken, changes, effectsOn(after, to, kind), after.notes());
    }

    /** The rules' effects on the moved session where it landed (a day has at most one session of most kinds). */
    private static List<Effect> effectsOn(PlanExplanation explanation, LocalDate date, SessionKind kind) {
        for (PlanExplanation.WeekExplanation week : explanation.weekList()) {
            for (DayExplanation day : week.days()) {
                if (day.date().equals(date)) {
                    return day.sessions().stream().filter(session -> session.kind() == kind).findFirst()
                            .map(PlanExplanation.SessionExplanation::effects).orElse(List.of());
                }
            }
        }
        return List.of();
    }
}
