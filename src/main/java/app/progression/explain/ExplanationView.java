package app.progression.explain;

import app.progression.render.TextLayout;
import app.progression.explain.PlanExplanation.DayExplanation;
import app.progression.explain.PlanExplanation.Effect;
import app.progression.explain.PlanExplanation.RuleScore;
import app.progression.explain.PlanExplanation.SessionExplanation;
import app.progression.explain.PlanExplanation.WeekExplanation;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The explanation as text: the score per rule, then each week's set and each day's sessions with what touched them. */
public final class ExplanationView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE dd MMM", Locale.ENGLISH);

    private ExplanationView() {
    }

    public static String render(PlanExplanation explanation) {
        StringBuilder out = new StringBuilder();
        TextLayout.wrap(out, "", "  ", "Explanation of the plan for " + explanation.athleteName() + " ("
                + explanation.athleteId() + "): " + explanation.weeks() + " weeks from " + explanation.startDate()
                + ", score " + explanation.score()
                + (explanation.feasible() ? ": every hard rule met." : ": HARD RULES BROKEN."));
        for (String broken : explanation.brokenHardRules()) {
            TextLayout.wrap(out, "  ! ", "      ", broken);
        }
        for (String note : explanation.notes()) {
            TextLayout.wrap(out, "  note: ", "        ", note);
        }

        out.append("\nScore per rule (the rows add up to the plan's score):\n");
        out.append(String.format(Locale.ROOT, "  %-42s %-4s %6s %7s %12s%n", "rule", "", "weight", "matches",
                "score"));
        List<String> quiet = new ArrayList<>();
        for (RuleScore rule : explanation.rules()) {
            if (rule.matches() == 0) {
                quiet.add(rule.id() + (rule.weight() == 0 ? " (off)" : ""));
                continue;
            }
            out.append(String.format(Locale.ROOT, "  %-42s %-4s %6d %7d %12s%n", rule.id(),
                    rule.hard() ? "hard" : "soft", rule.weight(), rule.matches(),
                    Explainer.points(rule.hardScore(), rule.softScore())));
        }
        out.append("  total").append(" ".repeat(Math.max(1, 77 - 7 - explanation.score().length())))
                .append(explanation.score()).append('\n');
        if (!quiet.isEmpty()) {
            TextLayout.wrap(out, "  ", "    ", "No matches: " + String.join(", ", quiet) + ".");
        }
        effects(out, "  ", explanation.planEffects());

        for (WeekExplanation week : explanation.weekList()) {
            out.append('\n');
            TextLayout.wrap(out, "", "  ", "Week " + week.week() + ": strength set "
                    + (week.strengthSet().isEmpty() ? "none" : String.join(", ", week.strengthSet())));
            if (!week.strengthSetEffects().isEmpty()) {
                out.append("  the week's strength set (done in each strength session):\n");
                effects(out, "    ", week.strengthSetEffects());
            }
            if (!week.weekEffects().isEmpty()) {
                out.append("  the week as a whole:\n");
                effects(out, "    ", week.weekEffects());
            }
            for (DayExplanation day : week.days()) {
                day(out, day);
            }
        }
        return out.toString();
    }

    private static void day(StringBuilder out, DayExplanation day) {
        String label = "  " + DAY.format(day.date());
        if (day.sessions().isEmpty() && day.dayEffects().isEmpty()) {
            out.append(label).append(day.availableMinutes() > 0 ? "  rest\n" : "  rest (not available)\n");
            return;
        }
        out.append(label).append(day.availableMinutes() > 0
                ? " (" + day.availableMinutes() + " min available)\n" : " (not available)\n");
        for (SessionExplanation session : day.sessions()) {
            TextLayout.wrap(out, "    ", "      ", session.summary());
            if (session.effects().isEmpty()) {
                out.append("      no rule rewards or penalizes it\n");
            }
            effects(out, "      ", session.effects());
        }
        if (!day.dayEffects().isEmpty()) {
            out.append("    the day as a whole:\n");
            effects(out, "      ", day.dayEffects());
        }
    }

    private static void effects(StringBuilder out, String indent, List<Effect> effects) {
        for (Effect effect : effects) {
            TextLayout.wrap(out, indent, indent + "    ", Explainer.points(effect.hard(), effect.soft()) + " from '"
                    + effect.rule() + "' (" + String.join("; ", effect.reasons()) + ")");
        }
    }
}
