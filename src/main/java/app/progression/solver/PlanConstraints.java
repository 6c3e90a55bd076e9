package app.progression.solver;

import static app.progression.solver.Reason.on;
import static app.progression.solver.Reason.words;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.compose;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.conditionally;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countTri;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toList;
import static org.optaplanner.core.api.score.stream.Joiners.equal;
import static org.optaplanner.core.api.score.stream.Joiners.filtering;
import static org.optaplanner.core.api.score.stream.Joiners.overlapping;

import app.progression.catalog.Equipment;
import app.progression.catalog.Exercise;
import app.progression.domain.Athlete;
import app.progression.domain.ConstraintWeights;
import app.progression.domain.CrossTrainingBlock;
import app.progression.domain.Day;
import app.progression.domain.Easing;
import app.progression.domain.FindingCoverage;
import app.progression.domain.FullStrengthDay;
import app.progression.domain.GroupRunDay;
import app.progression.domain.PlannedExercise;
import app.progression.domain.Remembered;
import app.progression.domain.Run;
import app.progression.domain.RunningLoad;
import app.progression.domain.RunningWeek;
import app.progression.domain.Session;
import app.progression.domain.SessionKind;
import app.progression.domain.StrengthSession;
import app.progression.domain.StrengthSlot;
import app.progression.domain.StrengthWeek;
import app.progression.domain.StretchBlock;
import app.progression.domain.WarmUpIssue;
import app.progression.solver.Reason.StrengthSet;
import app.progression.solver.Reason.WholeWeek;
import java.util.List;
import java.util.stream.Collectors;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;
import org.optaplanner.core.api.score.stream.tri.TriConstraintStream;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

/**
 * Every rule of a plan. Each method is one rule, named for what it protects, and says in its {@link Reason} record
 * (right below it) why it scored a match; its id, weight and level live in {@link ConstraintWeights}.
 */
public class PlanConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                painfulExerciseNeverPlanned(factory),
                equipmentAvailable(factory),
                trainingSettingRespected(factory),
                firstWeekStartsAtFirstPainFreeRungs(factory),
                strengthDoseInRange(factory),
                repsBuildGradually(factory),
                swapOnlyAfterWeekAtTwelve(factory),
                replacementIsHarder(factory),
                replacementStartsAtEight(factory),
                oneSwapPerWeek(factory),
                noExerciseTwiceInASet(factory),
                strengthHoldsInCutbackWeeks(factory),
                strengthSessionsPerWeek(factory),
                runsPerWeek(factory),
                noStrengthOnConsecutiveDays(factory),
                nothingOnUnavailableDays(factory),
                dayFitsAvailableMinutes(factory),
                oneWarmUpADay(factory),
                noJunkRuns(factory),
                runLengthCap(factory),
                weeklyRunVolumeCap(factory),
                weeklyRunCeiling(factory),
                cutbackWeekEasesRunning(factory),
                flareWeekEasesRunning(factory),
                oneRunADay(factory),
                coachCapacity(factory),
                progressToHarderRungs(factory),
                mixedBodyRegions(factory),
                runsNotBackToBack(factory),
                noRunAfterStrength(factory),
                restDayEachWeek(factory),
                strengthApartFromCardio(factory),
                flexibilityAfterEveryRun(factory),
                flexibilityOnMostDays(factory),
                findingsCoveredTwiceAWeek(factory),
                findingStretchAfterEveryRun(factory),
                stretchesMatchFindings(factory),
                stretchesVaried(factory),
                crossTrainingOnRunDay(factory),
                activeRecoveryOnFreeDays(factory),
                crossTrainingVaried(factory),
                easyRunVolume(factory),
                runsOnGroupDays(factory),
                planStaysAsItWas(factory)
        };
    }

    // ---------------------------------------------------------------- what may be planned at all

    Constraint painfulExerciseNeverPlanned(ConstraintFactory factory) {
        return plannedExercises(factory)
                .filter(planned -> planned.getAthlete().findsPainfulIn(planned.getPlannedExercise(),
                        planned.getPlannedWeek()))
                .penalizeConfigurable()
                .justifyWith((planned, score) -> new Painful(planned, planned.getAthlete()))
                .asConstraint(ConstraintWeights.PAINFUL_EXERCISE_NEVER_PLANNED);
    }

    record Painful(PlannedExercise planned, Athlete athlete) implements Reason {
        public String sentence() {
            String id = planned.getPlannedExercise().id();
            if (athlete.painful().contains(id)) {
                return id + " is on the athlete's painful list";
            }
            return athlete.painfulFromWeek().containsKey(id) ? id + " was logged with pain, so it counts as painful "
                    + "from week " + athlete.painfulFromWeek().get(id) : id + " is a jumping exercise and the "
                    + "athlete's heel hurts";
        }

        public List<Object> about() {
            return List.of(planned);
        }
    }

    Constraint equipmentAvailable(ConstraintFactory factory) {
        return plannedExercises(factory)
                .filter(planned -> planned.getAthlete().lacksEquipmentFor(planned.getPlannedExercise()))
                .penalizeConfigurable()
                .justifyWith((planned, score) -> new MissingEquipment(planned,
                        planned.getPlannedExercise().equipment().stream()
                                .filter(item -> !planned.getAthlete().equipment().contains(item)).sorted().toList()))
                .asConstraint(ConstraintWeights.EQUIPMENT_AVAILABLE);
    }

    record MissingEquipment(PlannedExercise planned, List<Equipment> missing) implements Reason {
        public String sentence() {
            return planned.getPlannedExercise().id() + " needs a " + missing.stream().map(Reason::words)
                    .collect(Collectors.joining(" and a ")) + ", which the athlete does not have";
        }

        public List<Object> about() {
            return List.of(planned);
        }
    }

    Constraint trainingSettingRespected(ConstraintFactory factory) {
        return plannedExercises(factory)
                .filter(planned -> planned.getAthlete().wrongSettingFor(planned.getPlannedExercise()))
                .penalizeConfigurable()
                .justifyWith((planned, score) -> new WrongSetting(planned, planned.getAthlete().trainsOutdoors()))
                .asConstraint(ConstraintWeights.TRAINING_SETTING_RESPECTED);
    }

    record WrongSetting(PlannedExercise planned, boolean outdoors) implements Reason {
        public String sentence() {
            Exercise exercise = planned.getPlannedExercise();
            return outdoors ? exercise.id() + " is replaced by " + exercise.replacedOutdoorsBy() + " for an athlete "
                    + "who trains outdoors" : exercise.id() + " is outdoor-only and the athlete trains indoors";
        }

        public List<Object> about() {
            return List.of(planned);
        }
    }

    // ---------------------------------------------------------------- the strength ladder

    Constraint firstWeekStartsAtFirstPainFreeRungs(ConstraintFactory factory) {
        return plannedSlots(factory)
                .filter(slot -> slot.getWeek() == 1)
                .join(Athlete.class)
                .filter((slot, athlete) -> !athlete.startingRungs().contains(slot.getExercise().rung())
                        || slot.getReps() != athlete.dose().minReps())
                .penalizeConfigurable()
                .justifyWith((slot, athlete, score) -> new NotTheStart(slot, athlete.startingRungs(),
                        athlete.dose().minReps()))
                .asConstraint(ConstraintWeights.FIRST_WEEK_STARTS_AT_FIRST_PAIN_FREE_RUNGS);
    }

    record NotTheStart(StrengthSlot slot, List<Integer> startingRungs, int minReps) implements Reason {
        public String sentence() {
            return "week 1 has " + dose(slot) + " (rung " + slot.getExercise().rung() + "); week 1 starts with rungs "
                    + startingRungs + " at " + minReps + " repetitions";
        }

        public List<Object> about() {
            return List.of(slot);
        }
    }

    Constraint strengthDoseInRange(ConstraintFactory factory) {
        return plannedSlots(factory)
                .join(Athlete.class)
                .filter((slot, athlete) -> doseError(slot, athlete) > 0)
                .penalizeConfigurable(PlanConstraints::doseError)
                .justifyWith((slot, athlete, score) -> new DoseOutOfRange(slot, athlete.dose().sets(),
                        athlete.dose().minReps(), athlete.dose().maxReps()))
                .asConstraint(ConstraintWeights.STRENGTH_DOSE_IN_RANGE);
    }

    record DoseOutOfRange(StrengthSlot slot, int sets, int minReps, int maxReps) implements Reason {
        public String sentence() {
            return dose(slot) + " in week " + slot.getWeek() + " is outside " + sets + " sets of " + minReps + "-"
                    + maxReps;
        }

        public List<Object> about() {
            return List.of(slot);
        }
    }

    Constraint repsBuildGradually(ConstraintFactory factory) {
        return nextWeekOfSameSlot(factory)
                .filter(StrengthSlot::holdsSameExerciseAs)
                .join(Athlete.class)
                .filter((before, after, athlete) -> repChangeError(before, after, athlete) > 0)
                .penalizeConfigurable(PlanConstraints::repChangeError)
                .justifyWith((before, after, athlete, score) -> new RepsJump(before, after,
                        athlete.maxRepIncreasePerWeek()))
                .asConstraint(ConstraintWeights.REPS_BUILD_GRADUALLY);
    }

    record RepsJump(StrengthSlot before, StrengthSlot after, int maxIncrease) implements Reason {
        public String sentence() {
            return before.getExercise().id() + " goes from " + before.getReps() + " repetitions in week "
                    + before.getWeek() + " to " + after.getReps() + " in week " + after.getWeek()
                    + (after.getEasing() == Easing.FLARE ? " (after a flare, one step back of " + maxIncrease
                            + " at most)" : " (never fewer, at most +" + maxIncrease + " a week)");
        }

        public List<Object> about() {
            return List.of(after);
        }
    }

    Constraint swapOnlyAfterWeekAtTwelve(ConstraintFactory factory) {
        return swaps(factory)
                .filter((before, after, athlete) -> before.getReps() < athlete.dose().maxReps())
                .penalizeConfigurable((before, after, athlete) -> athlete.dose().maxReps() - before.getReps())
                .justifyWith((before, after, athlete, score) -> new SwapTooEarly(before, after,
                        athlete.dose().maxReps()))
                .asConstraint(ConstraintWeights.SWAP_ONLY_AFTER_WEEK_AT_TWELVE);
    }

    record SwapTooEarly(StrengthSlot before, StrengthSlot after, int maxReps) implements Reason {
        public String sentence() {
            return after.getExercise().id() + " replaces " + before.getExercise().id() + " in week "
                    + after.getWeek() + ", but " + before.getExercise().id() + " only reached " + before.getReps()
                    + " repetitions (a week at " + maxReps + " comes first)";
        }

        public List<Object> about() {
            return List.of(after);
        }
    }

    Constraint replacementIsHarder(ConstraintFactory factory) {
        return swaps(factory)
                .filter((before, after, athlete) -> !after.getExercise().isHarderThan(before.getExercise()))
                .penalizeConfigurable()
                .justifyWith((before, after, athlete, score) -> new EasierReplacement(before, after))
                .asConstraint(ConstraintWeights.REPLACEMENT_IS_HARDER);
    }

    record EasierReplacement(StrengthSlot before, StrengthSlot after) implements Reason {
        public String sentence() {
            return after.getExercise().id() + " (rung " + after.getExercise().rung() + ") replaces "
                    + before.getExercise().id() + " (rung " + before.getExercise().rung() + ") in week "
                    + after.getWeek() + " but is not harder";
        }

        public List<Object> about() {
            return List.of(after);
        }
    }

    Constraint replacementStartsAtEight(ConstraintFactory factory) {
        return exerciseChanges(factory)
                .join(Athlete.class)
                .filter((before, after, athlete) -> after.getReps() != athlete.dose().minReps())
                .penalizeConfigurable((before, after, athlete) -> Math.abs(after.getReps() - athlete.dose().minReps()))
                .justifyWith((before, after, athlete, score) -> new NewExerciseNotAtStart(after,
                        athlete.dose().minReps()))
                .asConstraint(ConstraintWeights.REPLACEMENT_STARTS_AT_EIGHT);
    }

    record NewExerciseNotAtStart(StrengthSlot after, int minReps) implements Reason {
        public String sentence() {
            return after.getExercise().id() + " comes in at " + after.getReps() + " repetitions in week "
                    + after.getWeek() + ", not " + minReps;
        }

        public List<Object> about() {
            return List.of(after);
        }
    }

    Constraint oneSwapPerWeek(ConstraintFactory factory) {
        return swaps(factory)
                .groupBy((before, after, athlete) -> after.getWeek(), countTri())
                .filter((week, swaps) -> swaps > 1)
                .penalizeConfigurable((week, swaps) -> swaps - 1)
                .justifyWith((week, swaps, score) -> new TooManySwaps(week, swaps))
                .asConstraint(ConstraintWeights.ONE_SWAP_PER_WEEK);
    }

    record TooManySwaps(int week, int swaps) implements Reason {
        public String sentence() {
            return swaps + " exercises change from week " + (week - 1) + " to week " + week + " (at most one a week)";
        }

        public List<Object> about() {
            return List.of(new StrengthSet(week));
        }
    }

    Constraint noExerciseTwiceInASet(ConstraintFactory factory) {
        return plannedSlots(factory)
                .join(plannedSlots(factory),
                        equal(StrengthSlot::getWeek),
                        equal(slot -> slot.getExercise().id()),
                        // Each pair once; an ordering filter after hashing is cheaper than a sorted index.
                        filtering((a, b) -> a.getPosition() < b.getPosition()))
                .penalizeConfigurable()
                .justifyWith((a, b, score) -> new ExerciseTwice(a))
                .asConstraint(ConstraintWeights.NO_EXERCISE_TWICE_IN_A_SET);
    }

    record ExerciseTwice(StrengthSlot slot) implements Reason {
        public String sentence() {
            return slot.getExercise().id() + " is twice in week " + slot.getWeek() + "'s set";
        }

        public List<Object> about() {
            return List.of(slot);
        }
    }

    Constraint strengthHoldsInCutbackWeeks(ConstraintFactory factory) {
        return nextWeekOfSameSlot(factory)
                .join(Athlete.class)
                .filter((before, after, athlete) -> after.getEasing().holdsStrength()
                        && !athlete.findsPainfulIn(before.getExercise(), after.getWeek())
                        && (!before.holdsSameExerciseAs(after) || !before.getReps().equals(after.getReps())))
                .penalizeConfigurable()
                .justifyWith((before, after, athlete, score) -> new CutbackNotHeld(before, after))
                .asConstraint(ConstraintWeights.STRENGTH_HOLDS_IN_CUTBACK_WEEKS);
    }

    record CutbackNotHeld(StrengthSlot before, StrengthSlot after) implements Reason {
        public String sentence() {
            return "week " + after.getWeek() + (after.getEasing() == Easing.REPEAT ? " repeats the load before a "
                    + "missed week" : " is an easier week") + ", yet " + dose(before) + " becomes " + dose(after);
        }

        public List<Object> about() {
            return List.of(after);
        }
    }

    // ---------------------------------------------------------------- the week's sessions

    Constraint strengthSessionsPerWeek(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(StrengthSession.class)
                .filter(session -> !session.getWeek().past())
                .groupBy(StrengthSession::getWeekNumber, conditionally(Session::isScheduled, count()))
                .join(Athlete.class)
                .filter((week, scheduled, athlete) -> scheduled != expectedStrength(athlete))
                .penalizeConfigurable((week, scheduled, athlete) -> Math.abs(scheduled - expectedStrength(athlete)))
                .justifyWith((week, scheduled, athlete, score) -> new SessionCount(week, "strength session",
                        scheduled, expectedStrength(athlete)))
                .asConstraint(ConstraintWeights.STRENGTH_SESSIONS_PER_WEEK);
    }

    record SessionCount(int week, String kind, int count, int expected) implements Reason {
        public String sentence() {
            return "week " + week + " has " + count + " " + kind + "(s); the athlete's target is " + expected;
        }

        public List<Object> about() {
            return List.of(new WholeWeek(week));
        }
    }

    Constraint runsPerWeek(ConstraintFactory factory) {
        return plannedWeeks(factory)
                .join(Athlete.class)
                .filter((week, athlete) -> !allowedRunCount(week, athlete))
                .penalizeConfigurable((week, athlete) -> Math.abs(week.getRunCount() - athlete.running().runsPerWeek()))
                .justifyWith((week, athlete, score) -> new SessionCount(week.getNumber(), "run", week.getRunCount(),
                        athlete.running().runsPerWeek()))
                .asConstraint(ConstraintWeights.RUNS_PER_WEEK);
    }

    Constraint noStrengthOnConsecutiveDays(ConstraintFactory factory) {
        // [day, day + 2) overlaps for the same day and for neighbouring days.
        return scheduled(factory, StrengthSession.class)
                .join(scheduled(factory, StrengthSession.class),
                        overlapping(StrengthSession::getDayIndex, session -> session.getDayIndex() + 2),
                        filtering((a, b) -> a.getId().compareTo(b.getId()) < 0
                                && (!a.getDay().past() || !b.getDay().past())))
                .penalizeConfigurable()
                .justifyWith((a, b, score) -> new StrengthTooClose(a, b))
                .asConstraint(ConstraintWeights.NO_STRENGTH_ON_CONSECUTIVE_DAYS);
    }

    record StrengthTooClose(StrengthSession a, StrengthSession b) implements Reason {
        public String sentence() {
            return a.getDay().equals(b.getDay()) ? "two strength sessions on " + on(a.getDay())
                    : "strength on " + on(a.getDay()) + " and on " + on(b.getDay()) + ", two days in a row";
        }

        public List<Object> about() {
            return List.of(a, b);
        }
    }

    Constraint nothingOnUnavailableDays(ConstraintFactory factory) {
        return scheduled(factory, Session.class)
                .filter(session -> !session.getDay().isAvailable() && !session.getDay().past())
                .penalizeConfigurable()
                .justifyWith((session, score) -> new UnavailableDay(session))
                .asConstraint(ConstraintWeights.NOTHING_ON_UNAVAILABLE_DAYS);
    }

    record UnavailableDay(Session session) implements Reason {
        public String sentence() {
            return on(session.getDay()) + " has no available minutes in the profile";
        }

        public List<Object> about() {
            return List.of(session);
        }
    }

    Constraint dayFitsAvailableMinutes(ConstraintFactory factory) {
        // A strength session's minutes are its week's set's: they come in by the join with the week, so that a change
        // of the set reaches the days of its week, not every rule about strength sessions.
        return scheduled(factory, Session.class)
                .filter(session -> session.getDay().isAvailable() && !session.getDay().past())
                .groupBy(Session::getDay, compose(
                        sum(session -> session instanceof StrengthSession ? 0 : session.getTotalMinutes()),
                        conditionally(StrengthSession.class::isInstance, toList(StrengthSession.class::cast)),
                        conditionally(session -> session.getKind().needsWarmUp(), count()),
                        DaySessions::new))
                .join(StrengthWeek.class, equal((day, sessions) -> day.week(), StrengthWeek::getNumber))
                .join(Athlete.class)
                .filter((day, sessions, set, athlete) -> sessions.minutes(set, athlete) > day.availableMinutes())
                .penalizeConfigurable((day, sessions, set, athlete) ->
                        sessions.minutes(set, athlete) - day.availableMinutes())
                .justifyWith((day, sessions, set, athlete, score) -> new DayOverfull(day,
                        sessions.minutes(set, athlete)))
                .asConstraint(ConstraintWeights.DAY_FITS_AVAILABLE_MINUTES);
    }

    /** A day's sessions: the minutes of all but strength, its strength sessions, and how many need a warm-up. */
    record DaySessions(int minutesBesideStrength, List<StrengthSession> strength, int workouts) {

        /** The day's minutes with the week's strength set {@code set}, and one warm-up for the day's workouts. */
        int minutes(StrengthWeek set, Athlete athlete) {
            int minutes = minutesBesideStrength + (workouts > 0 ? athlete.warmupMinutes() : 0);
            for (StrengthSession session : strength) {
                minutes += session.totalMinutesWith(set);
            }
            return minutes;
        }
    }

    record DayOverfull(Day day, int minutes) implements Reason {
        public String sentence() {
            return "the day's sessions take " + minutes + " min with the warm-up; " + day.availableMinutes()
                    + " min are available";
        }

        public List<Object> about() {
            return List.of(day);
        }
    }

    Constraint oneWarmUpADay(ConstraintFactory factory) {
        return factory.forEach(WarmUpIssue.class)
                .filter(issue -> !issue.day().past())
                .penalizeConfigurable()
                .justifyWith((issue, score) -> new WarmUpOff(issue))
                .asConstraint(ConstraintWeights.ONE_WARM_UP_A_DAY);
    }

    record WarmUpOff(WarmUpIssue issue) implements Reason {
        public String sentence() {
            return issue.problem();
        }

        public List<Object> about() {
            return List.of(issue.day());
        }
    }

    // ---------------------------------------------------------------- running load

    Constraint noJunkRuns(ConstraintFactory factory) {
        return scheduled(factory, Run.class)
                .filter(run -> !run.getDay().past() && run.getMinutes() < shortestRun(run))
                .penalizeConfigurable(run -> shortestRun(run) - run.getMinutes())
                .justifyWith((run, score) -> new JunkRun(run, shortestRun(run)))
                .asConstraint(ConstraintWeights.NO_JUNK_RUNS);
    }

    record JunkRun(Run run, int shortest) implements Reason {
        public String sentence() {
            return "a " + run.getMinutes() + "-min run; the shortest worth its warm-up is " + shortest + " min";
        }

        public List<Object> about() {
            return List.of(run);
        }
    }

    Constraint runLengthCap(ConstraintFactory factory) {
        return plannedWeeks(factory)
                .filter(week -> week.getFigures().longestRun() > RunningLoad.tenPercentMore(week.getFigures().longestBefore()))
                .penalizeConfigurable(week -> week.getFigures().longestRun()
                        - RunningLoad.tenPercentMore(week.getFigures().longestBefore()))
                .justifyWith((week, score) -> new LongRunTooLong(week))
                .asConstraint(ConstraintWeights.RUN_LENGTH_CAP);
    }

    record LongRunTooLong(RunningWeek week) implements Reason {
        public String sentence() {
            RunningWeek.Figures figures = week.getFigures();
            return "week " + week.getNumber() + "'s longest run is " + figures.longestRun() + " min; the longest "
                    + "of the 30 days before was " + figures.longestBefore() + " min, so at most "
                    + RunningLoad.tenPercentMore(figures.longestBefore()) + " min (110%)";
        }

        public List<Object> about() {
            return List.of(new WholeWeek(week.getNumber()));
        }
    }

    Constraint weeklyRunVolumeCap(ConstraintFactory factory) {
        return plannedWeeks(factory)
                .join(Athlete.class)
                .filter((week, athlete) -> week.getVolume() > mostAllowed(week, athlete))
                .penalizeConfigurable((week, athlete) -> week.getVolume() - mostAllowed(week, athlete))
                .justifyWith((week, athlete, score) -> new WeekTooBig(week, mostAllowed(week, athlete)))
                .asConstraint(ConstraintWeights.WEEKLY_RUN_VOLUME_CAP);
    }

    record WeekTooBig(RunningWeek week, int most) implements Reason {
        public String sentence() {
            int reference = week.getFigures().referenceVolume();
            return "week " + week.getNumber() + " runs " + week.getVolume() + " min; the last full week ran "
                    + reference + " min, so at most " + most + " min" + (week.getEasing() == Easing.REPEAT
                            ? " (after a missed week: the same again)" : " (+10%, or the athlete's runs at their "
                                    + "shortest)");
        }

        public List<Object> about() {
            return List.of(new WholeWeek(week.getNumber()));
        }
    }

    Constraint weeklyRunCeiling(ConstraintFactory factory) {
        return plannedWeeks(factory)
                .join(Athlete.class)
                .filter((week, athlete) -> week.getVolume() > athlete.running().weeklyCeiling())
                .penalizeConfigurable((week, athlete) -> week.getVolume() - athlete.running().weeklyCeiling())
                .justifyWith((week, athlete, score) -> new AboveCeiling(week, athlete.running().weeklyCeiling()))
                .asConstraint(ConstraintWeights.WEEKLY_RUN_CEILING);
    }

    record AboveCeiling(RunningWeek week, int ceiling) implements Reason {
        public String sentence() {
            return "week " + week.getNumber() + " runs " + week.getVolume() + " min, above the athlete's "
                    + ceiling + " min a week";
        }

        public List<Object> about() {
            return List.of(new WholeWeek(week.getNumber()));
        }
    }

    Constraint cutbackWeekEasesRunning(ConstraintFactory factory) {
        return plannedWeeks(factory)
                .filter(RunningWeek::isCutback)
                .join(Athlete.class)
                .filter((week, athlete) -> cutbackMinutesOff(week, athlete) > 0)
                .penalizeConfigurable(PlanConstraints::cutbackMinutesOff)
                .justifyWith((week, athlete, score) -> new CutbackNotEased(week))
                .asConstraint(ConstraintWeights.CUTBACK_WEEK_EASES_RUNNING);
    }

    record CutbackNotEased(RunningWeek week) implements Reason {
        public String sentence() {
            int previous = week.getFigures().previousVolume();
            return "week " + week.getNumber() + " is an easier week but runs " + week.getVolume() + " min after "
                    + previous + " min (70-85% is " + RunningLoad.cutbackLeast(previous) + "-"
                    + RunningLoad.cutbackMost(previous) + " min)";
        }

        public List<Object> about() {
            return List.of(new WholeWeek(week.getNumber()));
        }
    }

    Constraint flareWeekEasesRunning(ConstraintFactory factory) {
        return plannedWeeks(factory)
                .filter(week -> week.getEasing() == Easing.FLARE)
                .join(Athlete.class)
                .filter((week, athlete) -> flareMinutesOff(week, athlete) > 0)
                .penalizeConfigurable(PlanConstraints::flareMinutesOff)
                .justifyWith((week, athlete, score) -> new FlareNotEased(week))
                .asConstraint(ConstraintWeights.FLARE_WEEK_EASES_RUNNING);
    }

    record FlareNotEased(RunningWeek week) implements Reason {
        public String sentence() {
            int full = week.getFigures().referenceVolume();
            return "week " + week.getNumber() + " follows a flare but runs " + week.getVolume() + " min after a full "
                    + "week of " + full + " min (70-80% is " + RunningLoad.cutbackLeast(full) + "-"
                    + RunningLoad.flareMost(full) + " min)";
        }

        public List<Object> about() {
            return List.of(new WholeWeek(week.getNumber()));
        }
    }

    Constraint oneRunADay(ConstraintFactory factory) {
        return scheduled(factory, Run.class)
                .join(scheduled(factory, Run.class), equal(Run::getDayIndex),
                        filtering((a, b) -> a.getId().compareTo(b.getId()) < 0 && !a.getDay().past()))
                .penalizeConfigurable()
                .justifyWith((a, b, score) -> new TwoRunsADay(a, b))
                .asConstraint(ConstraintWeights.ONE_RUN_A_DAY);
    }

    record TwoRunsADay(Run a, Run b) implements Reason {
        public String sentence() {
            return "two runs on " + on(a.getDay());
        }

        public List<Object> about() {
            return List.of(a, b);
        }
    }

    /** One penalty per strength session on a date the coach's capacity is already used up by team mates. */
    Constraint coachCapacity(ConstraintFactory factory) {
        return scheduled(factory, StrengthSession.class)
                .filter(session -> !session.getDay().past())
                .join(FullStrengthDay.class, equal(session -> session.getDay().date(), FullStrengthDay::date))
                .penalizeConfigurable()
                .justifyWith((session, full, score) -> new CoachFull(session))
                .asConstraint(ConstraintWeights.COACH_CAPACITY);
    }

    record CoachFull(StrengthSession session) implements Reason {
        public String sentence() {
            return "the coach already supervises as many strength sessions as they can on " + on(session.getDay());
        }

        public List<Object> about() {
            return List.of(session);
        }
    }

    // ---------------------------------------------------------------- trade-offs: progression

    Constraint progressToHarderRungs(ConstraintFactory factory) {
        return slots(factory)
                .rewardConfigurable(PlanConstraints::progressLevel)
                .justifyWith((slot, score) -> new Progress(slot))
                .asConstraint(ConstraintWeights.PROGRESS_TO_HARDER_RUNGS);
    }

    record Progress(StrengthSlot slot) implements Reason {
        public String sentence() {
            return dose(slot) + " (rung " + slot.getExercise().rung() + ")";
        }

        public List<Object> about() {
            return List.of(slot);
        }
    }

    Constraint mixedBodyRegions(ConstraintFactory factory) {
        return slots(factory)
                .filter(slot -> slot.getRegion() != null)
                .join(slots(factory),
                        equal(StrengthSlot::getWeek),
                        equal(StrengthSlot::getRegion),
                        filtering((a, b) -> a.getPosition() < b.getPosition()))
                .penalizeConfigurable()
                .justifyWith((a, b, score) -> new SameRegion(a, b))
                .asConstraint(ConstraintWeights.MIXED_BODY_REGIONS);
    }

    record SameRegion(StrengthSlot a, StrengthSlot b) implements Reason {
        public String sentence() {
            return a.getExercise().id() + " and " + b.getExercise().id() + " both work " + words(a.getRegion());
        }

        public List<Object> about() {
            return List.of(a);
        }
    }

    // ---------------------------------------------------------------- trade-offs: the shape of the week

    Constraint runsNotBackToBack(ConstraintFactory factory) {
        return scheduled(factory, Run.class)
                .join(scheduled(factory, Run.class), equal(run -> run.getDayIndex() + 1, Run::getDayIndex))
                .penalizeConfigurable()
                .justifyWith((first, second, score) -> new BackToBackRuns(first, second))
                .asConstraint(ConstraintWeights.RUNS_NOT_BACK_TO_BACK);
    }

    record BackToBackRuns(Run first, Run second) implements Reason {
        public String sentence() {
            return "runs on " + on(first.getDay()) + " and " + on(second.getDay()) + ", two days in a row";
        }

        public List<Object> about() {
            return List.of(first, second);
        }
    }

    Constraint noRunAfterStrength(ConstraintFactory factory) {
        return scheduled(factory, StrengthSession.class)
                .join(scheduled(factory, Run.class), equal(session -> session.getDayIndex() + 1, Run::getDayIndex))
                .penalizeConfigurable()
                .justifyWith((strength, run, score) -> new RunAfterStrength(strength, run))
                .asConstraint(ConstraintWeights.NO_RUN_AFTER_STRENGTH);
    }

    record RunAfterStrength(StrengthSession strength, Run run) implements Reason {
        public String sentence() {
            return "a run on " + on(run.getDay()) + ", the day after strength on " + on(strength.getDay());
        }

        public List<Object> about() {
            return List.of(strength, run);
        }
    }

    Constraint restDayEachWeek(ConstraintFactory factory) {
        return scheduled(factory, Session.class)
                .filter(Session::isWorkout)
                .groupBy(Session::getDay)
                .groupBy(Day::week, count())
                .filter((week, busyDays) -> busyDays >= 7)
                .penalizeConfigurable()
                .justifyWith((week, busyDays, score) -> new NoRestDay(week))
                .asConstraint(ConstraintWeights.REST_DAY_EACH_WEEK);
    }

    record NoRestDay(int week) implements Reason {
        public String sentence() {
            return "week " + week + " has a workout on all 7 days";
        }

        public List<Object> about() {
            return List.of(new WholeWeek(week));
        }
    }

    Constraint strengthApartFromCardio(ConstraintFactory factory) {
        return scheduled(factory, StrengthSession.class)
                .join(scheduled(factory, Session.class)
                                .filter(other -> other.getKind() == SessionKind.EASY_RUN
                                        || other.getKind() == SessionKind.CROSS_TRAINING),
                        equal(StrengthSession::getDayIndex, Session::getDayIndex))
                .penalizeConfigurable()
                .justifyWith((strength, other, score) -> new StrengthSharesDay(strength, other))
                .asConstraint(ConstraintWeights.STRENGTH_APART_FROM_CARDIO);
    }

    record StrengthSharesDay(StrengthSession strength, Session other) implements Reason {
        public String sentence() {
            String what = other instanceof CrossTrainingBlock block ? words(block.getActivity()) : "a run";
            return "strength and " + what + " on the same day, " + on(strength.getDay());
        }

        public List<Object> about() {
            return List.of(strength, other);
        }
    }

    // ---------------------------------------------------------------- trade-offs: flexibility

    Constraint flexibilityAfterEveryRun(ConstraintFactory factory) {
        return scheduled(factory, Run.class)
                .ifNotExists(StretchBlock.class, equal(Run::getDayIndex, PlanConstraints::dayIfStretching))
                .penalizeConfigurable()
                .justifyWith((run, score) -> new RunWithoutStretching(run, "flexibility work"))
                .asConstraint(ConstraintWeights.FLEXIBILITY_AFTER_EVERY_RUN);
    }

    record RunWithoutStretching(Run run, String what) implements Reason {
        public String sentence() {
            return "no " + what + " after the run on " + on(run.getDay());
        }

        public List<Object> about() {
            return List.of(run);
        }
    }

    Constraint flexibilityOnMostDays(ConstraintFactory factory) {
        return scheduled(factory, StretchBlock.class)
                .groupBy(StretchBlock::getDay)
                .rewardConfigurable()
                .justifyWith((day, score) -> new StretchingDay(day))
                .asConstraint(ConstraintWeights.FLEXIBILITY_ON_MOST_DAYS);
    }

    record StretchingDay(Day day) implements Reason {
        public String sentence() {
            return "flexibility work on " + on(day);
        }

        public List<Object> about() {
            return List.of(day);
        }
    }

    Constraint findingsCoveredTwiceAWeek(ConstraintFactory factory) {
        return factory.forEach(FindingCoverage.class)
                .filter(coverage -> coverage.getDays() < 2)
                .penalizeConfigurable(coverage -> 2 - coverage.getDays())
                .justifyWith((coverage, score) -> new FindingUncovered(coverage))
                .asConstraint(ConstraintWeights.FINDINGS_COVERED_TWICE_A_WEEK);
    }

    record FindingUncovered(FindingCoverage coverage) implements Reason {
        public String sentence() {
            return words(coverage.getArea()) + " (a self-test finding) get a stretch on " + coverage.getDays()
                    + " day(s) of week " + coverage.getWeek() + "; two are the aim";
        }

        public List<Object> about() {
            return List.of(new WholeWeek(coverage.getWeek()));
        }
    }

    Constraint findingStretchAfterEveryRun(ConstraintFactory factory) {
        return scheduled(factory, Run.class)
                .filter(run -> run.getAthlete().hasFindings())
                .ifNotExists(StretchBlock.class, equal(Run::getDayIndex, PlanConstraints::dayIfServingAFinding))
                .penalizeConfigurable()
                .justifyWith((run, score) -> new RunWithoutStretching(run, "stretch for a finding"))
                .asConstraint(ConstraintWeights.FINDING_STRETCH_AFTER_EVERY_RUN);
    }

    Constraint stretchesMatchFindings(ConstraintFactory factory) {
        return scheduled(factory, StretchBlock.class)
                .filter(block -> focusValue(block) > 0)
                .rewardConfigurable(PlanConstraints::focusValue)
                .justifyWith((block, score) -> new StretchServes(block, block.getAthlete()))
                .asConstraint(ConstraintWeights.STRETCHES_MATCH_FINDINGS);
    }

    record StretchServes(StretchBlock block, Athlete athlete) implements Reason {
        public String sentence() {
            return block.getStretch().id() + " works on " + block.getStretch().exercise().targets().stream()
                    .filter(area -> athlete.focus().getOrDefault(area, 0) > 0).sorted()
                    .map(area -> words(area) + (athlete.findingAreas().contains(area) ? " (a self-test finding)" : ""))
                    .collect(Collectors.joining(", "));
        }

        public List<Object> about() {
            return List.of(block);
        }
    }

    Constraint stretchesVaried(ConstraintFactory factory) {
        return scheduled(factory, StretchBlock.class)
                .join(scheduled(factory, StretchBlock.class),
                        equal(StretchBlock::getWeek),
                        equal(block -> block.getStretch().id()),
                        filtering((a, b) -> a.getPlace() < b.getPlace()))
                // Repeating a stretch for a finding on another day can be worth it; twice in one session is not.
                .penalizeConfigurable((a, b) -> a.getDay().equals(b.getDay()) ? 3 : 1)
                .justifyWith((a, b, score) -> new StretchRepeated(a, b))
                .asConstraint(ConstraintWeights.STRETCHES_VARIED);
    }

    record StretchRepeated(StretchBlock a, StretchBlock b) implements Reason {
        public String sentence() {
            StretchBlock first = a.getDay().index() <= b.getDay().index() ? a : b;
            StretchBlock second = first == a ? b : a;
            return first.getStretch().id() + " is done on " + on(first.getDay()) + (first.getDay()
                    .equals(second.getDay()) ? " twice" : " and on " + on(second.getDay())) + " in the same week";
        }

        public List<Object> about() {
            return List.of(a, b);
        }
    }

    // ---------------------------------------------------------------- trade-offs: cross-training and running

    Constraint crossTrainingOnRunDay(ConstraintFactory factory) {
        return scheduled(factory, CrossTrainingBlock.class)
                .ifExists(Run.class,
                        equal(CrossTrainingBlock::getDayIndex, Run::getDayIndex),
                        filtering((block, run) -> run.isScheduled()))
                .penalizeConfigurable()
                .justifyWith((block, score) -> new CrossTraining(block, "on a day with a run"))
                .asConstraint(ConstraintWeights.CROSS_TRAINING_ON_RUN_DAY);
    }

    record CrossTraining(CrossTrainingBlock block, String where) implements Reason {
        public String sentence() {
            return words(block.getActivity()) + " " + where;
        }

        public List<Object> about() {
            return List.of(block);
        }
    }

    Constraint activeRecoveryOnFreeDays(ConstraintFactory factory) {
        return scheduled(factory, CrossTrainingBlock.class)
                .ifNotExists(Run.class,
                        equal(CrossTrainingBlock::getDayIndex, Run::getDayIndex),
                        filtering((block, run) -> run.isScheduled()))
                .ifNotExists(StrengthSession.class, equal(CrossTrainingBlock::getDayIndex, StrengthSession::getDayIndex))
                .rewardConfigurable()
                .justifyWith((block, score) -> new CrossTraining(block, "on a day without a run or strength"))
                .asConstraint(ConstraintWeights.ACTIVE_RECOVERY_ON_FREE_DAYS);
    }

    Constraint crossTrainingVaried(ConstraintFactory factory) {
        return scheduled(factory, CrossTrainingBlock.class)
                .join(scheduled(factory, CrossTrainingBlock.class),
                        equal(CrossTrainingBlock::getWeek),
                        equal(CrossTrainingBlock::getActivity),
                        filtering((a, b) -> a.getDayIndex() < b.getDayIndex()))
                .penalizeConfigurable()
                .justifyWith((a, b, score) -> new CrossTrainingRepeated(a, b))
                .asConstraint(ConstraintWeights.CROSS_TRAINING_VARIED);
    }

    record CrossTrainingRepeated(CrossTrainingBlock a, CrossTrainingBlock b) implements Reason {
        public String sentence() {
            return words(a.getActivity()) + " on both " + on(a.getDay()) + " and " + on(b.getDay())
                    + " in the same week";
        }

        public List<Object> about() {
            return List.of(a, b);
        }
    }

    Constraint easyRunVolume(ConstraintFactory factory) {
        return factory.forEach(RunningWeek.class)
                .join(Athlete.class)
                .filter((week, athlete) -> week.getVolume() > 0)
                .rewardConfigurable((week, athlete) -> Math.min(week.getVolume(),
                        athlete.running().targetWeeklyMinutes()))
                .justifyWith((week, athlete, score) -> new RunningMinutes(week,
                        athlete.running().targetWeeklyMinutes()))
                .asConstraint(ConstraintWeights.EASY_RUN_VOLUME);
    }

    record RunningMinutes(RunningWeek week, int target) implements Reason {
        public String sentence() {
            return week.getVolume() + " min of easy running in week " + week.getNumber() + " (target " + target
                    + " min; minutes beyond it earn nothing)";
        }

        public List<Object> about() {
            return List.of(new WholeWeek(week.getNumber()));
        }
    }

    /** One reward per easy run on a group-run weekday; a weekday the athlete cannot make is not in the run's range. */
    Constraint runsOnGroupDays(ConstraintFactory factory) {
        return scheduled(factory, Run.class)
                .join(GroupRunDay.class, equal(run -> run.getDay().dayOfWeek(), GroupRunDay::dayOfWeek))
                .rewardConfigurable()
                .justifyWith((run, group, score) -> new GroupRun(run))
                .asConstraint(ConstraintWeights.RUNS_ON_GROUP_DAYS);
    }

    record GroupRun(Run run) implements Reason {
        public String sentence() {
            return "the team's group run on " + words(run.getDay().dayOfWeek()) + "s";
        }

        public List<Object> about() {
            return List.of(run);
        }
    }

    // ---------------------------------------------------------------- re-planning

    Constraint planStaysAsItWas(ConstraintFactory factory) {
        return factory.forEach(Remembered.class)
                .filter(Remembered::changedSinceBefore)
                .penalizeConfigurable()
                .justifyWith((remembered, score) -> new Changed(remembered))
                .asConstraint(ConstraintWeights.PLAN_STAYS_AS_IT_WAS);
    }

    record Changed(Remembered remembered) implements Reason {
        public String sentence() {
            Object before = remembered.previous();
            Object now = remembered.current();
            String what = remembered instanceof Run ? "the run" : remembered instanceof StrengthSession ? "strength"
                    : remembered instanceof StrengthSlot slot ? "the step of week " + slot.getWeek() + "'s slot "
                            + (slot.getPosition() + 1) : remembered instanceof StretchBlock ? "a stretch"
                            : "cross-training";
            return what + " changed from the plan before: " + shown(before) + " is now " + shown(now);
        }

        private static String shown(Object value) {
            return value instanceof Day day ? on(day) : value == null || "".equals(value) ? "nothing"
                    : words(value);
        }

        public List<Object> about() {
            return List.of(remembered);
        }
    }

    // ---------------------------------------------------------------- building blocks

    /** Weeks planned from now on: a week holding days that already happened is history for the load rules. */
    private static UniConstraintStream<RunningWeek> plannedWeeks(ConstraintFactory factory) {
        return factory.forEach(RunningWeek.class).filter(week -> !week.isPast());
    }

    private static <T extends Session> UniConstraintStream<T> scheduled(ConstraintFactory factory, Class<T> type) {
        return factory.forEach(type).filter(Session::isScheduled);
    }

    /** Exercises planned from now on: what already happened (when a plan is made again) is history. */
    private static UniConstraintStream<PlannedExercise> plannedExercises(ConstraintFactory factory) {
        return factory.forEach(PlannedExercise.class)
                .filter(planned -> planned.getPlannedExercise() != null && !planned.isPast());
    }

    private static UniConstraintStream<StrengthSlot> slots(ConstraintFactory factory) {
        return factory.forEach(StrengthSlot.class).filter(slot -> slot.getExercise() != null);
    }

    /** Slots of weeks planned from now on. */
    private static UniConstraintStream<StrengthSlot> plannedSlots(ConstraintFactory factory) {
        return slots(factory).filter(slot -> !slot.isPast());
    }

    /** A slot and the same slot one week later, the later one planned from now on. */
    private static BiConstraintStream<StrengthSlot, StrengthSlot> nextWeekOfSameSlot(ConstraintFactory factory) {
        return slots(factory)
                .join(plannedSlots(factory),
                        equal(StrengthSlot::getPosition),
                        equal(slot -> slot.getWeek() + 1, StrengthSlot::getWeek));
    }

    /** A slot whose exercise changes from one week to the next. */
    private static BiConstraintStream<StrengthSlot, StrengthSlot> exerciseChanges(ConstraintFactory factory) {
        return nextWeekOfSameSlot(factory).filter((before, after) -> !before.holdsSameExerciseAs(after));
    }

    /**
     * A change of exercise by choice, with the athlete: not because the exercise was logged as painful, which forces
     * a replacement (easier, if need be) that the ladder's rules do not judge.
     */
    private static TriConstraintStream<StrengthSlot, StrengthSlot, Athlete> swaps(ConstraintFactory factory) {
        return exerciseChanges(factory)
                .join(Athlete.class, filtering((before, after, athlete) ->
                        !athlete.findsPainfulIn(before.getExercise(), after.getWeek())));
    }

    static String dose(StrengthSlot slot) {
        return slot.getExercise().id() + " " + slot.getSets() + "x" + slot.getReps();
    }

    private static int doseError(StrengthSlot slot, Athlete athlete) {
        int reps = slot.getReps();
        int repsOff = Math.max(0, athlete.dose().minReps() - reps) + Math.max(0, reps - athlete.dose().maxReps());
        return repsOff + Math.abs(slot.getSets() - athlete.dose().sets());
    }

    /** Repetitions off the allowed change: none lost, at most the allowed gain; after a flare, one step back. */
    private static int repChangeError(StrengthSlot before, StrengthSlot after, Athlete athlete) {
        int change = after.getReps() - before.getReps();
        int step = athlete.maxRepIncreasePerWeek();
        if (after.getEasing() == Easing.FLARE) {
            return change > 0 ? change : Math.max(0, -change - step);
        }
        return change < 0 ? -change : Math.max(0, change - step);
    }

    /** Six points per ladder step (an easier variant to its full exercise is one step, a rung two), one per rep. */
    private static int progressLevel(StrengthSlot slot) {
        return slot.getExercise().ladderRank() * 6 + slot.getReps() - slot.getAthlete().dose().minReps();
    }

    /**
     * The day a stretch block counts for in the rules about stretching after a run, or -1 (no day) when it is empty.
     * Indexing by it rather than filtering makes a change of stretch a lookup, not a re-check of the day's runs.
     */
    private static int dayIfStretching(StretchBlock block) {
        return block.isScheduled() ? block.getDayIndex() : -1;
    }

    /** As {@link #dayIfStretching}, for a stretch that works on something the self-tests found. */
    private static int dayIfServingAFinding(StretchBlock block) {
        return block.isScheduled() && block.getAthlete().servesAFinding(block.getStretch().exercise())
                ? block.getDayIndex() : -1;
    }

    private static int shortestRun(Run run) {
        return run.getAthlete().running().shortestRunMinutes();
    }

    private static int focusValue(StretchBlock block) {
        return block.getAthlete().focusValue(block.getStretch().exercise());
    }

    private static int expectedStrength(Athlete athlete) {
        return athlete.startingRungs().isEmpty() ? 0 : athlete.strengthSessionsPerWeek();
    }

    /** The athlete's runs, or fewer in an easier week whose runs are already at their shortest. */
    private static boolean allowedRunCount(RunningWeek week, Athlete athlete) {
        RunningLoad load = athlete.running();
        int count = week.getRunCount();
        int easedTo = week.getEasing() == Easing.FLARE ? RunningLoad.flareMost(week.getFigures().referenceVolume())
                : RunningLoad.cutbackMost(week.getFigures().previousVolume());
        if (count == load.runsPerWeek()) {
            return true;
        }
        // An easier week may leave runs out while they are at their shortest: a cutback week one, the week after a
        // flare as many as it takes.
        int fewest = week.getEasing() == Easing.FLARE ? 1 : load.runsPerWeek() - 1;
        return week.getEasing().cutsRunning() && count >= Math.max(1, fewest) && count < load.runsPerWeek()
                && (count + 1) * load.shortestRunMinutes() > easedTo;
    }

    /**
     * The most a week may run: 110% of the last full week, or the same again after a missed week; never less than
     * the athlete's runs at their shortest, so a week run short (logged) is followed by a whole week again.
     */
    private static int mostAllowed(RunningWeek week, Athlete athlete) {
        int reference = week.getFigures().referenceVolume();
        int most = week.getEasing() == Easing.REPEAT ? reference : RunningLoad.tenPercentMore(reference);
        return Math.max(most, athlete.running().runsPerWeek() * athlete.running().shortestRunMinutes());
    }

    /**
     * Minutes a week after a flare lies outside 70-80% of the last full week; none when its runs are already at
     * their shortest.
     */
    private static int flareMinutesOff(RunningWeek week, Athlete athlete) {
        int full = week.getFigures().referenceVolume();
        int volume = week.getVolume();
        if (full == 0 || volume == week.getRunCount() * athlete.running().shortestRunMinutes()) {
            return 0;
        }
        return Math.max(0, volume - RunningLoad.flareMost(full)) + Math.max(0, RunningLoad.cutbackLeast(full) - volume);
    }

    /**
     * Minutes an easier week lies outside 70-85% of the week before; none when the week before ran nothing, or
     * when every run is already at its shortest (as deep as the minimum allows).
     */
    private static int cutbackMinutesOff(RunningWeek week, Athlete athlete) {
        int previous = week.getFigures().previousVolume();
        int volume = week.getVolume();
        if (previous == 0 || volume == week.getRunCount() * athlete.running().shortestRunMinutes()) {
            return 0;
        }
        return Math.max(0, volume - RunningLoad.cutbackMost(previous))
                + Math.max(0, RunningLoad.cutbackLeast(previous) - volume);
    }
}
