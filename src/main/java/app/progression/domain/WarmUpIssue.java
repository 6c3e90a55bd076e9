package app.progression.domain;

/**
 * Something about a day's warm-up or order that a plan file says and the planner never does: two warm-ups, none,
 * strength before the run, stretching before the workout. Only plans read back from a file have these.
 */
public record WarmUpIssue(Day day, String problem) {
}
