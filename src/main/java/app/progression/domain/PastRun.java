package app.progression.domain;

/**
 * A run of the week before the plan. The plan assumes that week held the profile's runs per week at its easy-run
 * length, so the first weeks' caps have something to compare with.
 */
public record PastRun(int dayIndex, int minutes) {
}
