package app.progression.explain;

import app.progression.catalog.Catalog;
import app.progression.domain.ConstraintWeights;
import app.progression.domain.ConstraintWeights.RuleInfo;
import app.progression.domain.CrossTrainingBlock;
import app.progression.domain.Day;
import app.progression.domain.Run;
import app.progression.domain.Session;
import app.progression.domain.StrengthSession;
import app.progression.domain.StrengthSlot;
import app.progression.domain.StretchBlock;
import app.progression.domain.TrainingPlan;
import app.progression.explain.PlanExplanation.DayExplanation;
import app.progression.explain.PlanExplanation.Effect;
import app.progression.explain.PlanExplanation.RuleScore;
import app.progression.explain.PlanExplanation.SessionExplanation;
import app.progression.explain.PlanExplanation.WeekExplanation;
import app.progression.plan.PlanDocument;
import app.progression.profile.Profile;
import app.progression.solver.PlanSolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.score.stream.DefaultConstraintJustification;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolutionUpdatePolicy;

/**
 * Explains a plan with OptaPlanner's score explanation: the constraint match totals give each rule's part of the
 * score, and each constraint match (its justification, the facts and entities it indicts) is put in words and
 * attached to what it touched: a session, a day, a week's strength set or the week as a whole.
 */
public final class Explainer {

    private static SolutionManager<TrainingPlan, HardSoftLongScore> solutionManager;

    private Explainer() {
    }

    /** Re-scores a plan file against its profile, as the file stands (hand edits included), and explains it. */
    public static PlanExplanation explainDocument(Profile profile, Catalog catalog, ConstraintWeights weights,
            PlanDocument document) {
        PlanReader.Read read = PlanReader.read(profile, catalog, weights, document);
        List<String> notes = new ArrayList<>(read.notes());
        PlanExplanation explanation = explain(profile, read.plan(), notes, SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
        if (document.score() != null && !document.score().equals(explanation.score())) {
            notes.add("the file says its score is " + document.score() + "; re-scored as it stands now it is "
                    + explanation.score() + " (the file was edited, or made with other weights or another catalog).");
            explanation = withNotes(explanation, notes);
        }
        return explanation;
    }

    private static PlanExplanation withNotes(PlanExplanation e, List<String> notes) {
        return new PlanExplanation(e.athleteId(), e.athleteName(), e.startDate(), e.weeks(), e.score(), e.hardScore(),
                e.softScore(), e.feasible(), e.brokenHardRules(), e.rules(), e.planEffects(), e.weekList(),
                List.copyOf(notes));
    }

    /** Explains a plan whose strength sets follow from its steps (a solved plan). */
    public static PlanExplanation explainSolved(Profile profile, TrainingPlan plan) {
        return explain(profile, plan, List.of(), SolutionUpdatePolicy.UPDATE_ALL);
    }

    public static ScoreExplanation<TrainingPlan, HardSoftLongScore> scoreExplanation(TrainingPlan plan,
            SolutionUpdatePolicy policy) {
        return solutionManager().explain(plan, policy);
    }

    static PlanExplanation explain(Profile profile, TrainingPlan plan, List<String> notes, SolutionUpdatePolicy policy) {
        return from(profile, plan, scoreExplanation(plan, policy), notes);
    }

    private static synchronized SolutionManager<TrainingPlan, HardSoftLongScore> solutionManager() {
        if (solutionManager == null) {
            solutionManager = PlanSolver.solutionManager();
        }
        return solutionManager;
    }

    /** Where a constraint match is shown. */
    private record Flexibility(LocalDate date) {
    }

    private record DayTarget(LocalDate date) {
    }

    private record StrengthSet(int week) {
    }

    private record WeekTarget(int week) {
    }

    private record PlanTarget() {
    }

    /** Per target, per rule: the summed score and the reasons, in the order met. */
    private static final class Collected {
        final Map<String, long[]> scores = new LinkedHashMap<>();
        final Map<String, Set<String>> reasons = new LinkedHashMap<>();

        void add(String rule, HardSoftLongScore score, String reason) {
            long[] sum = scores.computeIfAbsent(rule, k -> new long[3]);
            sum[0] += score.hardScore();
            sum[1] += score.softScore();
            sum[2]++;
            reasons.computeIfAbsent(rule, k -> new LinkedHashSet<>()).add(reason);
        }

        List<Effect> effects() {
            List<Effect> effects = new ArrayList<>();
            scores.forEach((rule, sum) -> effects.add(new Effect(rule, sum[0], sum[1], (int) sum[2],
                    List.copyOf(reasons.get(rule)))));
            // Hard effects first, then the biggest soft ones.
            effects.sort(Comparator.comparingInt((Effect e) -> e.hard() == 0 ? 1 : 0)
                    .thenComparingLong(e -> Math.abs(e.hard()) > 0 ? -Math.abs(e.hard()) : -Math.abs(e.soft())));
            return effects;
        }
    }

    public static PlanExplanation from(Profile profile, TrainingPlan plan,
            ScoreExplanation<TrainingPlan, HardSoftLongScore> explanation, List<String> notes) {
        Reasons reasons = new Reasons(plan);
        Map<Object, Collected> byTarget = new IdentityHashMap<>();
        Map<Object, Object> canonical = new LinkedHashMap<>();
        Map<String, ConstraintMatchTotal<HardSoftLongScore>> totals = new LinkedHashMap<>();
        for (ConstraintMatchTotal<HardSoftLongScore> total : explanation.getConstraintMatchTotalMap().values()) {
            totals.put(total.getConstraintName(), total);
            List<ConstraintMatch<HardSoftLongScore>> matches = new ArrayList<>(total.getConstraintMatchSet());
            matches.sort(Comparator.comparing(ConstraintMatch::getIdentificationString));
            for (ConstraintMatch<HardSoftLongScore> match : matches) {
                String rule = total.getConstraintName();
                List<Object> facts = facts(match);
                for (Object target : targets(rule, facts, plan)) {
                    // Value targets (records) are merged by equality, entities by identity.
                    Object key = target instanceof Session ? target : canonical.computeIfAbsent(target, t -> t);
                    byTarget.computeIfAbsent(key, k -> new Collected())
                            .add(rule, match.getScore(), reasons.reason(rule, facts, target));
                }
            }
        }

        List<RuleScore> rules = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        for (RuleInfo info : ConstraintWeights.rules()) {
            rules.add(ruleScore(info.id(), info, plan, totals.get(info.id())));
            listed.add(info.id());
        }
        totals.forEach((id, total) -> {
            if (!listed.contains(id)) {
                rules.add(ruleScore(id, null, plan, total));
            }
        });

        List<WeekExplanation> weekList = new ArrayList<>();
        for (int week = 1; week <= plan.getWeekCount(); week++) {
            List<DayExplanation> days = new ArrayList<>();
            for (Day day : plan.getDays()) {
                if (day.week() == week) {
                    days.add(day(plan, day, byTarget, canonical, reasons));
                }
            }
            int w = week;
            List<String> set = plan.getStrengthSlots().stream()
                    .filter(slot -> slot.getWeek() == w && slot.getExercise() != null)
                    .sorted(Comparator.comparingInt(StrengthSlot::getPosition))
                    .map(slot -> slot.getExercise().id() + " " + slot.getSets() + "x" + slot.getReps())
                    .toList();
            weekList.add(new WeekExplanation(week, set, effectsOf(byTarget, canonical, new StrengthSet(week)),
                    effectsOf(byTarget, canonical, new WeekTarget(week)), days));
        }

        HardSoftLongScore score = withoutInitScore(explanation.getScore());
        List<String> broken = new ArrayList<>();
        for (RuleScore rule : rules) {
            if (rule.hardScore() < 0) {
                broken.add(rule.id() + " (broken " + rule.matches() + " time(s), " + rule.hardScore() + " hard): "
                        + rule.protects());
            }
        }
        return new PlanExplanation(profile.athleteId(), profile.athleteName(), profile.startDate(), profile.weeks(),
                score.toString(), score.hardScore(), score.softScore(), score.isFeasible(), broken, rules,
                effectsOf(byTarget, canonical, new PlanTarget()), weekList, List.copyOf(notes));
    }

    private static RuleScore ruleScore(String id, RuleInfo info, TrainingPlan plan,
            ConstraintMatchTotal<HardSoftLongScore> total) {
        HardSoftLongScore weight;
        try {
            weight = plan.getWeights().weightOf(id);
        } catch (IllegalArgumentException e) {
            weight = total == null ? HardSoftLongScore.ZERO : total.getConstraintWeight();
        }
        boolean hard = info != null ? info.hard() : weight.hardScore() != 0;
        int used = Math.toIntExact(hard ? weight.hardScore() : weight.softScore());
        HardSoftLongScore score = total == null ? HardSoftLongScore.ZERO : total.getScore();
        return new RuleScore(id, hard, used, info == null ? used : info.defaultWeight(),
                info != null && info.safety(), total == null ? 0 : total.getConstraintMatchCount(),
                score.hardScore(), score.softScore(), info == null ? id : info.protects());
    }

    private static DayExplanation day(TrainingPlan plan, Day day, Map<Object, Collected> byTarget,
            Map<Object, Object> canonical, Reasons reasons) {
        List<SessionExplanation> sessions = new ArrayList<>();
        for (StrengthSession session : plan.getStrengthSessions()) {
            if (session.isScheduled() && day.equals(session.getDay())) {
                sessions.add(new SessionExplanation(session.getKind(), reasons.summary(session),
                        effects(byTarget.get(session))));
            }
        }
        for (Run run : plan.getRuns()) {
            if (run.isScheduled() && day.equals(run.getDay())) {
                sessions.add(new SessionExplanation(run.getKind(), reasons.summary(run), effects(byTarget.get(run))));
            }
        }
        List<StretchBlock> blocks = plan.getStretchBlocks().stream()
                .filter(block -> block.isScheduled() && day.equals(block.getDay()))
                .sorted(Comparator.comparingInt(StretchBlock::getOrder)).toList();
        if (!blocks.isEmpty()) {
            sessions.add(new SessionExplanation(blocks.get(0).getKind(), reasons.flexibilitySummary(blocks),
                    effectsOf(byTarget, canonical, new Flexibility(day.date()))));
        }
        for (CrossTrainingBlock block : plan.getCrossTrainingBlocks()) {
            if (block.isScheduled() && day.equals(block.getDay())) {
                sessions.add(new SessionExplanation(block.getKind(), reasons.summary(block),
                        effects(byTarget.get(block))));
            }
        }
        return new DayExplanation(day.date(), day.dayOfWeek(), day.availableMinutes(),
                effectsOf(byTarget, canonical, new DayTarget(day.date())), sessions);
    }

    private static List<Effect> effectsOf(Map<Object, Collected> byTarget, Map<Object, Object> canonical,
            Object target) {
        Object key = canonical.get(target);
        return key == null ? List.of() : effects(byTarget.get(key));
    }

    private static List<Effect> effects(Collected collected) {
        return collected == null ? List.of() : collected.effects();
    }

    private static List<Object> facts(ConstraintMatch<HardSoftLongScore> match) {
        if (match.getJustification() instanceof DefaultConstraintJustification justification) {
            return justification.getFacts();
        }
        return match.getIndictedObjectList();
    }

    /** What a match touched: the sessions among its facts, else the day, the week's set, the week or the plan. */
    static List<Object> targets(String rule, List<Object> facts, TrainingPlan plan) {
        Set<Object> targets = new LinkedHashSet<>();
        // A slot compared with the same slot a week later is about the later week's set.
        int slotWeek = 0;
        for (Object fact : facts) {
            if (fact instanceof StretchBlock block) {
                targets.add(new Flexibility(block.getDay().date()));
            } else if (fact instanceof Session session && session.getDay() != null) {
                targets.add(session);
            } else if (fact instanceof StrengthSlot slot) {
                slotWeek = Math.max(slotWeek, slot.getWeek());
            } else if (fact instanceof Day day) {
                boolean flexibility = rule.equals("flexibility-on-most-days") && plan.getStretchBlocks().stream()
                        .anyMatch(block -> block.isScheduled() && day.equals(block.getDay()));
                targets.add(flexibility ? new Flexibility(day.date()) : new DayTarget(day.date()));
            }
        }
        if (slotWeek > 0) {
            targets.add(new StrengthSet(slotWeek));
        }
        if (targets.isEmpty()) {
            // Rules grouped by week carry the week number first.
            if (!facts.isEmpty() && facts.get(0) instanceof Integer week && week >= 1 && week <= plan.getWeekCount()) {
                targets.add(new WeekTarget(week));
            } else {
                targets.add(new PlanTarget());
            }
        }
        return List.copyOf(targets);
    }

    /**
     * The hard and soft parts of a score. A plan file with a week without runs is read with an unscheduled run,
     * which OptaPlanner counts in the init score; the rules already count what is missing, so the init part is
     * left out and the rule totals add up to what is reported.
     */
    public static HardSoftLongScore withoutInitScore(HardSoftLongScore score) {
        return HardSoftLongScore.of(score.hardScore(), score.softScore());
    }

    /** "-20 soft", "-1 hard", "+30 soft", "-1 hard -5 soft". */
    public static String points(long hard, long soft) {
        List<String> parts = new ArrayList<>();
        if (hard != 0) {
            parts.add(String.format(Locale.ROOT, "%+d hard", hard));
        }
        if (soft != 0 || hard == 0) {
            parts.add(String.format(Locale.ROOT, "%+d soft", soft));
        }
        return String.join(" ", parts);
    }
}
