package app.progression.domain;

import java.time.DayOfWeek;

/** A weekday on which the team runs together; an athlete's easy runs should go there when their time allows. */
public record GroupRunDay(DayOfWeek dayOfWeek) {
}
