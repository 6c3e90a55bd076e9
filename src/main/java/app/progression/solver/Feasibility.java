package app.progression.solver;

import app.progression.domain.ConstraintWeights;
import app.progression.domain.ConstraintWeights.RuleInfo;
import app.progression.domain.TrainingPlan;
import app.progression.profile.Profile;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;

/**
 * Says why no plan can meet the hard rules: first by plain arithmetic on the profile (cheap, and the clearest
 * message), then, after solving, by the hard rules the best plan still breaks.
 */
public final class Feasibility {

    private Feasibility() {
    }

    /** Reasons that make every plan break a hard rule, found before solving. */
    public static List<String> precheck(Profile profile, TrainingPlan problem) {
        List<String> reasons = new ArrayList<>();
        List<DayOfWeek> available = profile.availableMinutes().keySet().stream().sorted().toList();
        String days = available.isEmpty() ? "none" : available.stream().map(DayOfWeek::name)
                .collect(Collectors.joining(", "));
        int strength = problem.getStrengthSessions().isEmpty() ? 0 : profile.strengthSessionsPerWeek();
        if (profile.runsPerWeek() > available.size()) {
            reasons.add("runs-per-week: " + profile.runsPerWeek() + " runs a week need " + profile.runsPerWeek()
                    + " available days (one run a day), but only " + available.size() + " are available (" + days
                    + ").");
        }
        int spaced = mostDaysWithGaps(profile);
        if (strength > spaced) {
            reasons.add("no-strength-on-consecutive-days: " + strength + " strength sessions a week need "
                    + strength + " available days with a day off between them (across weeks too), but the "
                    + "available days (" + days + ") allow at most " + spaced + ".");
        }
        int warmup = problem.getCatalog().warmUpMinutes();
        int longestDay = profile.availableMinutes().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (strength > 0) {
            int needed = warmup + problem.getStrengthSessions().get(0).getContentMinutes();
            if (needed > longestDay) {
                reasons.add("day-fits-available-minutes: a first-week strength session takes " + needed
                        + " minutes with its warm-up, but the longest available day has " + longestDay + ".");
            }
        }
        int shortestRun = problem.getShortestRunMinutes();
        if (profile.runsPerWeek() > 0 && warmup + shortestRun > longestDay) {
            reasons.add("day-fits-available-minutes: even a " + shortestRun + "-minute run with its " + warmup
                    + "-minute warm-up does not fit the longest available day (" + longestDay + " minutes).");
        }
        return reasons;
    }

    /**
     * The most days of one 7-day block of the plan that can hold strength with no two in a row. The block starts on
     * the plan's start weekday; its last and first days are neighbours only when another week follows.
     */
    static int mostDaysWithGaps(Profile profile) {
        boolean[] available = new boolean[7];
        for (int i = 0; i < 7; i++) {
            available[i] = profile.minutesOn(profile.startDate().plusDays(i).getDayOfWeek()) > 0;
        }
        boolean wraps = profile.weeks() > 1;
        int best = 0;
        for (int mask = 0; mask < 1 << 7; mask++) {
            boolean ok = true;
            for (int i = 0; i < 7 && ok; i++) {
                boolean chosen = (mask & 1 << i) != 0;
                boolean nextChosen = i < 6 ? (mask & 1 << (i + 1)) != 0 : wraps && (mask & 1) != 0;
                ok = !chosen || available[i] && !nextChosen;
            }
            if (ok) {
                best = Math.max(best, Integer.bitCount(mask));
            }
        }
        return best;
    }

    /** The hard rules a solved plan breaks, each with what it protects and how often it is broken. */
    public static List<String> brokenHardRules(ScoreExplanation<TrainingPlan, HardSoftLongScore> explanation) {
        Map<String, RuleInfo> rules = ConstraintWeights.rules().stream()
                .collect(Collectors.toMap(RuleInfo::id, rule -> rule));
        List<String> broken = new ArrayList<>();
        for (ConstraintMatchTotal<HardSoftLongScore> total : explanation.getConstraintMatchTotalMap().values()) {
            if (total.getScore().hardScore() < 0) {
                RuleInfo rule = rules.get(total.getConstraintName());
                broken.add(rule.id() + " (broken " + total.getConstraintMatchCount() + " time(s), "
                        + total.getScore().hardScore() + " hard): " + rule.protects());
            }
        }
        broken.sort(null);
        return broken;
    }
}
