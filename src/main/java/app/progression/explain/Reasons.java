package app.progression.explain;

import app.progression.catalog.Equipment;
import app.progression.catalog.Exercise;
import app.progression.domain.Athlete;
import app.progression.domain.ConstraintWeights;
import app.progression.domain.CrossTrainingBlock;
import app.progression.domain.Day;
import app.progression.domain.GroupRunDay;
import app.progression.domain.PastRun;
import app.progression.domain.Run;
import app.progression.domain.Session;
import app.progression.domain.StrengthSession;
import app.progression.domain.StrengthSlot;
import app.progression.domain.StretchBlock;
import app.progression.domain.TrainingPlan;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** Puts one constraint match in plain words, seen from what it is shown under (a run sees "strength the day before"). */
final class Reasons {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE dd MMM", Locale.ENGLISH);

    private final TrainingPlan plan;
    private final Athlete athlete;

    Reasons(TrainingPlan plan) {
        this.plan = plan;
        this.athlete = plan.getAthlete();
    }

    static String on(Day day) {
        return DAY.format(day.date());
    }

    String summary(StrengthSession session) {
        return "Strength " + (session.getContentMinutes() == null ? 0 : session.getContentMinutes()) + " min + "
                + session.getWarmupMinutes() + " warm-up";
    }

    String summary(Run run) {
        return "Easy run " + run.getMinutes() + " min + " + run.getWarmupMinutes() + " warm-up";
    }

    String summary(CrossTrainingBlock block) {
        return "Cross-training " + block.getMinutes() + " min: " + lower(block.getActivity());
    }

    String flexibilitySummary(List<StretchBlock> blocks) {
        return "Flexibility " + blocks.stream().mapToInt(StretchBlock::getTotalMinutes).sum() + " min: "
                + blocks.stream().map(block -> block.getStretch().id()).collect(Collectors.joining(", "));
    }

    String reason(String rule, List<Object> facts, Object target) {
        Object f0 = facts.size() > 0 ? facts.get(0) : null;
        Object f1 = facts.size() > 1 ? facts.get(1) : null;
        try {
            return switch (rule) {
                case "painful-exercise-never-planned" -> exercise(f0) + " is on the athlete's painful list"
                        + where(f0);
                case "equipment-available" -> exercise(f0) + " needs " + missingEquipment(f0)
                        + ", which the athlete does not have" + where(f0);
                case "training-setting-respected" -> athlete.trainsOutdoors()
                        ? exercise(f0) + " has an outdoor version that replaces it for an athlete who trains outdoors"
                                + where(f0)
                        : exercise(f0) + " is outdoor-only and the athlete trains indoors" + where(f0);
                case "first-week-starts-at-first-pain-free-rungs" -> {
                    StrengthSlot slot = (StrengthSlot) f0;
                    yield "week 1 has " + dose(slot) + "; week 1 starts with rungs " + athlete.startingRungs()
                            + " at " + athlete.dose().minReps() + " repetitions (" + slot.getExercise().id()
                            + " is on rung " + slot.getExercise().rung() + ")";
                }
                case "strength-dose-in-range" -> dose((StrengthSlot) f0) + " in week " + ((StrengthSlot) f0).getWeek()
                        + " is outside " + athlete.dose().sets() + " sets of " + athlete.dose().minReps() + "-"
                        + athlete.dose().maxReps();
                case "reps-build-gradually" -> {
                    StrengthSlot before = (StrengthSlot) f0;
                    StrengthSlot after = (StrengthSlot) f1;
                    yield before.getExercise().id() + " goes from " + before.getReps() + " repetitions in week "
                            + before.getWeek() + " to " + after.getReps() + " in week " + after.getWeek()
                            + " (never fewer, at most +" + athlete.maxRepIncreasePerWeek() + " a week)";
                }
                case "swap-only-after-week-at-twelve" -> {
                    StrengthSlot before = (StrengthSlot) f0;
                    StrengthSlot after = (StrengthSlot) f1;
                    yield after.getExercise().id() + " replaces " + before.getExercise().id() + " in week "
                            + after.getWeek() + ", but " + before.getExercise().id() + " only reached "
                            + before.getReps() + " repetitions (a week at " + athlete.dose().maxReps()
                            + " comes first)";
                }
                case "replacement-is-harder" -> {
                    StrengthSlot before = (StrengthSlot) f0;
                    StrengthSlot after = (StrengthSlot) f1;
                    yield after.getExercise().id() + " (rung " + after.getExercise().rung() + ") replaces "
                            + before.getExercise().id() + " (rung " + before.getExercise().rung() + ") in week "
                            + after.getWeek() + " but is not harder";
                }
                case "replacement-starts-at-eight" -> {
                    StrengthSlot after = (StrengthSlot) f1;
                    yield after.getExercise().id() + " comes in at " + after.getReps() + " repetitions in week "
                            + after.getWeek() + ", not " + athlete.dose().minReps();
                }
                case "one-swap-per-week" -> f1 + " exercises change from week " + ((Integer) f0 - 1) + " to week "
                        + f0 + " (at most one a week)";
                case "no-exercise-twice-in-a-set" -> ((StrengthSlot) f0).getExercise().id() + " is twice in week "
                        + ((StrengthSlot) f0).getWeek() + "'s set";
                case "strength-sessions-per-week" -> "week " + f0 + " has " + f1 + " strength session(s); the "
                        + "athlete's target is " + athlete.strengthSessionsPerWeek();
                case "runs-per-week" -> "week " + f0 + " has " + f1 + " run(s); the athlete's target is "
                        + athlete.runsPerWeek();
                case "no-strength-on-consecutive-days" -> {
                    Session other = other(facts, target);
                    Session self = (Session) target;
                    yield other.getDay().equals(self.getDay()) ? "a second strength session on the same day"
                            : "strength also on " + on(other.getDay()) + ", " + relative(self.getDay(),
                                    other.getDay());
                }
                case "nothing-on-unavailable-days" -> on(((Session) f0).getDay())
                        + " has no available minutes in the profile";
                case "day-fits-available-minutes" -> "the day's sessions take " + f1 + " min with warm-ups; "
                        + ((Day) f0).availableMinutes() + " min are available";
                case "run-length-cap" -> {
                    Run run = (Run) f0;
                    int longest = (Integer) f1;
                    yield "a " + run.getMinutes() + "-min run; the longest run of the 30 days before was " + longest
                            + " min, so at most " + longest * 11 / 10 + " min (110%)";
                }
                case "weekly-run-volume-cap" -> {
                    int week = (Integer) f0;
                    int now = runMinutes(week);
                    int before = runMinutes(week - 1);
                    yield "week " + week + " runs " + now + " min, the week before " + before + " min, so at most "
                            + before * 11 / 10 + " min (+10%)";
                }
                case "one-run-a-day" -> "two runs on " + on(((Run) f0).getDay());
                case "progress-to-harder-rungs" -> dose((StrengthSlot) f0) + " (rung "
                        + ((StrengthSlot) f0).getExercise().rung() + ")";
                case "mixed-body-regions" -> ((StrengthSlot) f0).getExercise().id() + " and "
                        + ((StrengthSlot) f1).getExercise().id() + " both work "
                        + lower(((StrengthSlot) f0).getRegion());
                case "runs-not-back-to-back" -> {
                    Session other = other(facts, target);
                    yield "another run on " + on(other.getDay()) + ", " + relative(((Session) target).getDay(),
                            other.getDay());
                }
                case "no-run-after-strength" -> {
                    StrengthSession strength = (StrengthSession) f0;
                    Run run = (Run) f1;
                    yield target == run ? "strength on " + on(strength.getDay()) + ", the day before"
                            : "a " + run.getMinutes() + "-min run on " + on(run.getDay()) + ", the day after";
                }
                case "runs-on-group-days" -> "the team's group run on "
                        + lower(((GroupRunDay) f1).dayOfWeek().name()) + "s";
                case "coach-capacity" -> "the coach already supervises as many strength sessions as they can on "
                        + on(((StrengthSession) f0).getDay());
                case "rest-day-each-week" -> "week " + f0 + " has a workout on all 7 days";
                case "strength-apart-from-cardio" -> {
                    Session other = (Session) f1;
                    yield target == f0 ? "shares the day with " + describe(other).replaceFirst(" on .*$", "")
                            : "shares the day with a strength session";
                }
                case "flexibility-after-every-run" -> "no flexibility work on " + on(((Run) f0).getDay())
                        + " to follow the run";
                case "flexibility-on-most-days" -> "flexibility work on " + on((Day) f0);
                case "stretches-match-findings" -> {
                    StretchBlock block = (StretchBlock) f0;
                    yield block.getStretch().id() + " targets " + targets(block.getStretch().exercise());
                }
                case "stretches-varied" -> {
                    boolean inOrder = ((StretchBlock) f0).getDay().index() <= ((StretchBlock) f1).getDay().index();
                    StretchBlock a = (StretchBlock) (inOrder ? f0 : f1);
                    StretchBlock b = (StretchBlock) (inOrder ? f1 : f0);
                    yield a.getStretch().id() + " is done on " + on(a.getDay())
                            + (a.getDay().equals(b.getDay()) ? " twice" : " and on " + on(b.getDay()))
                            + " in the same week";
                }
                case "cross-training-on-run-day" -> lower(((CrossTrainingBlock) f0).getActivity())
                        + " on a day with a run";
                case "active-recovery-on-free-days" -> lower(((CrossTrainingBlock) f0).getActivity())
                        + " on a day without a run or strength";
                case "cross-training-varied" -> {
                    Day a = ((CrossTrainingBlock) f0).getDay();
                    Day b = ((CrossTrainingBlock) f1).getDay();
                    yield lower(((CrossTrainingBlock) f0).getActivity()) + " on both "
                            + on(a.index() <= b.index() ? a : b) + " and " + on(a.index() <= b.index() ? b : a)
                            + " in the same week";
                }
                case "easy-run-volume" -> ((Run) f0).getMinutes() + " minutes of easy running";
                default -> generic(facts);
            };
        } catch (RuntimeException e) {
            // A rule whose matches carry other facts than expected (changed since this was written): list them.
            return generic(facts);
        }
    }

    /** The facts of a match as words, leaving out the athlete and the weights every match carries. */
    String generic(List<Object> facts) {
        List<String> words = new ArrayList<>();
        for (Object fact : facts) {
            if (!(fact instanceof Athlete) && !(fact instanceof ConstraintWeights)) {
                words.add(describe(fact));
            }
        }
        return words.isEmpty() ? "the plan as a whole" : String.join(", ", words);
    }

    String describe(Object fact) {
        if (fact instanceof StrengthSession session) {
            return "strength on " + on(session.getDay());
        }
        if (fact instanceof Run run) {
            return "a " + run.getMinutes() + "-min run on " + on(run.getDay());
        }
        if (fact instanceof CrossTrainingBlock block) {
            return lower(block.getActivity()) + " on " + on(block.getDay());
        }
        if (fact instanceof StretchBlock block) {
            return block.getStretch().id() + " on " + on(block.getDay());
        }
        if (fact instanceof StrengthSlot slot) {
            return dose(slot) + " in week " + slot.getWeek();
        }
        if (fact instanceof Day day) {
            return on(day);
        }
        if (fact instanceof PastRun past) {
            return "a " + past.minutes() + "-min run before the plan";
        }
        return String.valueOf(fact);
    }

    private static Session other(List<Object> facts, Object target) {
        for (Object fact : facts) {
            if (fact instanceof Session session && fact != target) {
                return session;
            }
        }
        return (Session) target;
    }

    private static String relative(Day self, Day other) {
        int gap = other.index() - self.index();
        return gap == 1 ? "the day after" : gap == -1 ? "the day before" : Math.abs(gap) + " days apart";
    }

    private String where(Object planned) {
        if (planned instanceof StrengthSlot slot) {
            return " (week " + slot.getWeek() + "'s strength set)";
        }
        if (planned instanceof StretchBlock block) {
            return " (stretch on " + on(block.getDay()) + ")";
        }
        return "";
    }

    private static String exercise(Object planned) {
        if (planned instanceof StrengthSlot slot) {
            return slot.getExercise().id();
        }
        if (planned instanceof StretchBlock block) {
            return block.getStretch().id();
        }
        return String.valueOf(planned);
    }

    private String missingEquipment(Object planned) {
        Exercise exercise = planned instanceof StrengthSlot slot ? slot.getExercise()
                : ((StretchBlock) planned).getStretch().exercise();
        return exercise.equipment().stream().filter(item -> !athlete.equipment().contains(item))
                .map(Equipment::name).map(Reasons::lower).sorted().collect(Collectors.joining(" and "));
    }

    private String targets(Exercise stretch) {
        return stretch.targets().stream()
                .filter(area -> athlete.focus().getOrDefault(area, 0) > 0)
                .sorted()
                .map(area -> lower(area) + (athlete.focus().get(area) > 1 ? " (a self-test finding)" : ""))
                .collect(Collectors.joining(", "));
    }

    private static String dose(StrengthSlot slot) {
        return slot.getExercise().id() + " " + slot.getSets() + "x" + slot.getReps();
    }

    /** Running minutes of a week; week 0 is the week before the plan. */
    private int runMinutes(int week) {
        if (week <= 0) {
            return plan.getPastRuns().stream().mapToInt(PastRun::minutes).sum();
        }
        return plan.getRuns().stream().filter(run -> run.isScheduled() && run.getWeekNumber() == week)
                .mapToInt(Run::getRunMinutes).sum();
    }

    static String lower(Object value) {
        return Objects.toString(value).toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
