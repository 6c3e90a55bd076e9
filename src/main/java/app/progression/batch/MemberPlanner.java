package app.progression.batch;

import app.progression.InvalidInputException;
import app.progression.domain.Run;
import app.progression.domain.StrengthSession;
import app.progression.domain.TeamFacts;
import app.progression.domain.TrainingPlan;
import app.progression.plan.PlanDocument;
import app.progression.plan.Planner;
import app.progression.profile.Profile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plans one team member through the one planning pipeline, with the team's facts: the group-run days, and the
 * dates the coach is already full on as hard {@code coach-capacity} facts. Safe to call from many threads.
 */
final class MemberPlanner {

    private final Planner planner;
    private final TeamInputs inputs;

    MemberPlanner(Planner planner, TeamInputs inputs) {
        this.planner = planner;
        this.inputs = inputs;
    }

    /** Never throws: whatever happens is an {@link Attempt}, so one athlete never stops the others. */
    Attempt attempt(TeamMember member, Set<LocalDate> fullDates) {
        long start = System.nanoTime();
        try {
            Profile profile = member.profile();
            List<LocalDate> fullHere = StrengthDays.within(profile, fullDates);
            List<String> capacityReasons = StrengthDays.capacityPrecheck(profile, fullHere,
                    inputs.team().coachCapacityPerDay());
            if (!capacityReasons.isEmpty()) {
                return new Attempt.NoPlan(capacityReasons, seconds(start));
            }
            Planner.Outcome outcome = planner.plan(new Planner.Request(profile, inputs.catalog(), member.weights(),
                    new TeamFacts(inputs.team().groupRunDays(), fullHere)));
            if (outcome instanceof Planner.Infeasible infeasible) {
                return new Attempt.NoPlan(infeasible.reasons(), seconds(start));
            }
            Planner.Planned planned = (Planner.Planned) outcome;
            TrainingPlan solved = planned.solution();
            PlanDocument document = planned.document().withMoreWarnings(teamWarnings(profile, solved, fullHere));
            List<LocalDate> strength = solved.getStrengthSessions().stream()
                    .filter(StrengthSession::isScheduled).map(session -> session.getDay().date()).sorted().toList();
            return new Attempt.Solved(document, strength, String.valueOf(solved.getScore()), seconds(start));
        } catch (InvalidInputException e) {
            return new Attempt.NoPlan(List.of(e.getMessage()), seconds(start));
        } catch (RuntimeException | LinkageError e) {
            return new Attempt.Failed(e.getClass().getSimpleName() + ": " + e.getMessage(), seconds(start));
        }
    }

    private List<String> teamWarnings(Profile profile, TrainingPlan solved, List<LocalDate> fullHere) {
        List<String> warnings = new ArrayList<>();
        TeamSettings team = inputs.team();
        if (!team.groupRunDays().isEmpty() && profile.runsPerWeek() > 0) {
            boolean canJoin = team.groupRunDays().stream().anyMatch(day -> profile.minutesOn(day) > 0);
            long runs = solved.getRuns().stream().filter(Run::isScheduled).count();
            long atGroup = solved.getRuns().stream().filter(Run::isScheduled)
                    .filter(run -> team.groupRunDays().contains(run.getDay().dayOfWeek())).count();
            if (!canJoin) {
                warnings.add("Not available on any group-run day (" + team.groupRunDays().stream()
                        .map(Enum::name).collect(Collectors.joining(", ")) + "), so every run is on one's own.");
            } else if (atGroup == 0 && runs > 0) {
                warnings.add("No run falls on a group-run day; the other rules outweighed it.");
            }
        }
        if (!fullHere.isEmpty()) {
            warnings.add("Strength days moved for the coach's capacity: the coach was already full on "
                    + StrengthDays.join(fullHere) + ".");
        }
        return warnings;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
