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
import app.progression.domain.TeamFacts;
import app.progression.domain.TrainingPlan;
import app.progression.explain.PlanExplanation.DayExplanation;
import app.progression.explain.PlanExplanation.Effect;
import app.progression.explain.PlanExplanation.RuleScore;
import app.progression.explain.PlanExplanation.SessionExplanation;
import app.progression.explain.PlanExplanation.WeekExplanation;
import app.progression.plan.PlanDocument;
import app.progression.plan.PlanReader;
import app.progression.profile.Profile;
import app.progression.solver.PlanSolver;
import app.progression.solver.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionUpdatePolicy;

/**
 * Explains a plan with OptaPlanner's score explanation: the constraint match totals give each rule's part of the
 * score, and each match's {@link Reason} (what the rule itself says about it) is shown where it belongs: at a
 * session, a day, a week's strength set, a week, or the plan as a whole.
 */
public final class Explainer {

    private Explainer() {
    }

    /** Re-scores a plan file against its profile, as the file stands (hand edits included), and explains it. */
    public static PlanExplanation explainDocument(Profile profile, Catalog catalog, ConstraintWeights weights,
            PlanDocument document) {
        return explainDocument(profile, catalog, weights, TeamFacts.NONE, document);
    }

    /** As above, for a team member's plan: the team's group-run days and full coach dates count as when planned. */
    public static PlanExplanation explainDocument(Profile profile, Catalog catalog, ConstraintWeights weights,
            TeamFacts team, PlanDocument document) {
        PlanReader.Read read = PlanReader.read(profile, catalog, weights, team, document, "the plan file");
        List<String> notes = new ArrayList<>();
        if (document.madeWith() != null && document.madeWith().replanned() != null) {
            notes.add(replanned(document.madeWith().replanned()));
        }
        notes.addAll(read.notes());
        PlanExplanation explanation = explain(profile, read.plan(), notes);
        if (document.score() != null && !document.score().equals(explanation.score())) {
            notes.add("the file says its score is " + document.score() + "; re-scored as it stands now it is "
                    + explanation.score() + " (the file was edited, or made with other weights or another catalog).");
            explanation = explain(profile, read.plan(), notes);
        }
        return explanation;
    }

    /** What the rules know of a plan made again from a log, which is why some of them read it differently. */
    static String replanned(PlanDocument.Replanned replanned) {
        List<String> facts = new ArrayList<>();
        replanned.painfulFromWeek().forEach((id, week) -> facts.add(id + " was logged with pain and counts as "
                + "painful from week " + week + ", so its replacement may be easier"));
        replanned.flareWeeks().forEach(week -> facts.add("week " + week + " follows a flare of the back: it runs "
                + "70-80% of the last full week and strength steps back"));
        replanned.repeatWeeks().forEach(week -> facts.add("week " + week + " follows a missed week and repeats the "
                + "last completed week's load"));
        return "the plan was made again from a training log on " + replanned.from() + ": the days before it are "
                + "history, kept as logged, and the running caps and the progression build on them as done"
                + (facts.isEmpty() ? "" : "; " + String.join("; ", facts)) + ".";
    }

    public static ScoreExplanation<TrainingPlan, HardSoftLongScore> scoreExplanation(TrainingPlan plan) {
        return PlanSolver.solutionManager().explain(plan, SolutionUpdatePolicy.UPDATE_ALL);
    }

    /** Explains a plan whose shadow variables follow from its decisions (a solved plan, or one read back). */
    public static PlanExplanation explain(Profile profile, TrainingPlan plan, List<String> notes) {
        return from(profile, plan, scoreExplanation(plan), notes);
    }

    /** Where a reason shows: a day's flexibility session, a day, the plan as a whole. */
    private record FlexibilityOn(LocalDate date) {
    }

    private record DayOf(LocalDate date) {
    }

    private record WholePlan() {
    }

    /** Per rule, the summed score and the distinct reasons, in the order met. */
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
                    .thenComparingLong(e -> e.hard() != 0 ? -Math.abs(e.hard()) : -Math.abs(e.soft())));
            return effects;
        }
    }

    /** Collected reasons per place: sessions by identity, the rest by equality. */
    private static final class Places {
        final Map<Object, Collected> sessions = new IdentityHashMap<>();
        final Map<Object, Collected> others = new HashMap<>();

        void add(Object place, String rule, HardSoftLongScore score, String reason) {
            Map<Object, Collected> map = place instanceof Session ? sessions : others;
            map.computeIfAbsent(place, key -> new Collected()).add(rule, score, reason);
        }

        List<Effect> of(Object place) {
            Collected collected = (place instanceof Session ? sessions : others).get(place);
            return collected == null ? List.of() : collected.effects();
        }
    }

    public static PlanExplanation from(Profile profile, TrainingPlan plan,
            ScoreExplanation<TrainingPlan, HardSoftLongScore> explanation, List<String> notes) {
        Places places = new Places();
        Map<String, ConstraintMatchTotal<HardSoftLongScore>> totals = new LinkedHashMap<>();
        for (ConstraintMatchTotal<HardSoftLongScore> total : explanation.getConstraintMatchTotalMap().values()) {
            totals.put(total.getConstraintName(), total);
            List<ConstraintMatch<HardSoftLongScore>> matches = new ArrayList<>(total.getConstraintMatchSet());
            matches.sort(Comparator.comparing(ConstraintMatch::getIdentificationString));
            for (ConstraintMatch<HardSoftLongScore> match : matches) {
                Reason reason = (Reason) match.getJustification();
                for (Object place : placesOf(reason)) {
                    places.add(place, total.getConstraintName(), match.getScore(), reason.sentence());
                }
            }
        }

        List<RuleScore> rules = new ArrayList<>();
        for (RuleInfo info : ConstraintWeights.rules()) {
            rules.add(ruleScore(info, plan, totals.get(info.id())));
        }

        List<WeekExplanation> weekList = new ArrayList<>();
        for (int week = 1; week <= plan.getWeekCount(); week++) {
            List<DayExplanation> days = new ArrayList<>();
            for (Day day : plan.getDays()) {
                if (day.week() == week) {
                    days.add(day(plan, day, places));
                }
            }
            int w = week;
            List<String> set = plan.getStrengthSlots().stream()
                    .filter(slot -> slot.getWeek() == w && slot.getExercise() != null)
                    .sorted(Comparator.comparingInt(StrengthSlot::getPosition))
                    .map(slot -> slot.getExercise().id() + " " + slot.getSets() + "x" + slot.getReps())
                    .toList();
            weekList.add(new WeekExplanation(week, set, places.of(new Reason.StrengthSet(week)),
                    places.of(new Reason.WholeWeek(week)), days));
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
                places.of(new WholePlan()), weekList, List.copyOf(notes));
    }

    /** Where a reason is shown: its sessions, else its days, the week's strength set, the week or the plan. */
    private static List<Object> placesOf(Reason reason) {
        Set<Object> places = new LinkedHashSet<>();
        for (Object about : reason.about()) {
            if (about instanceof StretchBlock block) {
                places.add(new FlexibilityOn(block.getDay().date()));
            } else if (about instanceof Session session && session.getDay() != null) {
                places.add(session);
            } else if (about instanceof StrengthSlot slot) {
                places.add(new Reason.StrengthSet(slot.getWeek()));
            } else if (about instanceof Day day) {
                places.add(new DayOf(day.date()));
            } else if (about instanceof Reason.StrengthSet || about instanceof Reason.WholeWeek) {
                places.add(about);
            }
        }
        if (places.isEmpty()) {
            places.add(new WholePlan());
        }
        return List.copyOf(places);
    }

    private static RuleScore ruleScore(RuleInfo info, TrainingPlan plan, ConstraintMatchTotal<HardSoftLongScore> total) {
        int weight = plan.getWeights().weight(info.id());
        HardSoftLongScore score = total == null ? HardSoftLongScore.ZERO : total.getScore();
        return new RuleScore(info.id(), info.hard(), weight, info.defaultWeight(), info.safety(),
                total == null ? 0 : total.getConstraintMatchCount(), score.hardScore(), score.softScore(),
                info.protects());
    }

    private static DayExplanation day(TrainingPlan plan, Day day, Places places) {
        List<SessionExplanation> sessions = new ArrayList<>();
        for (Run run : plan.getRuns()) {
            if (run.isScheduled() && day.equals(run.getDay())) {
                sessions.add(new SessionExplanation(run.getKind(), "Easy run " + run.getMinutes() + " min",
                        places.of(run)));
            }
        }
        for (StrengthSession session : plan.getStrengthSessions()) {
            if (session.isScheduled() && day.equals(session.getDay())) {
                sessions.add(new SessionExplanation(session.getKind(), "Strength " + session.getContentMinutes()
                        + " min", places.of(session)));
            }
        }
        for (CrossTrainingBlock block : plan.getCrossTrainingBlocks()) {
            if (block.isScheduled() && day.equals(block.getDay())) {
                sessions.add(new SessionExplanation(block.getKind(), "Cross-training " + block.getMinutes() + " min: "
                        + Reason.words(block.getActivity()), places.of(block)));
            }
        }
        List<StretchBlock> blocks = plan.getStretchBlocks().stream()
                .filter(block -> block.isScheduled() && day.equals(block.getDay()))
                .sorted(Comparator.comparingInt(StretchBlock::getOrder)).toList();
        if (!blocks.isEmpty()) {
            sessions.add(new SessionExplanation(blocks.get(0).getKind(), "Flexibility "
                    + blocks.stream().mapToInt(StretchBlock::getTotalMinutes).sum() + " min: "
                    + blocks.stream().map(block -> block.getStretch().id()).collect(Collectors.joining(", ")),
                    places.of(new FlexibilityOn(day.date()))));
        }
        return new DayExplanation(day.date(), day.dayOfWeek(), day.availableMinutes(), places.of(new DayOf(day.date())),
                sessions);
    }

    /**
     * The hard and soft parts of a score. A plan file with a week without strength is read with a strength session
     * without a day, which OptaPlanner counts in the init score; the rules already count what is missing, so the
     * init part is left out and the rule totals add up to what is reported.
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
