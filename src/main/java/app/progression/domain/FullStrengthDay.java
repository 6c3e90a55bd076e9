package app.progression.domain;

import java.time.LocalDate;

/**
 * A date on which the team's coach already supervises as many strength sessions as they can, so this athlete may
 * not have one there. Only a team batch adds these; a single athlete's plan has none.
 */
public record FullStrengthDay(LocalDate date) {
}
