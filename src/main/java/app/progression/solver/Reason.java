package app.progression.solver;

import app.progression.domain.Day;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Why a rule scored what it scored on a part of the plan, as the rule itself says it: a sentence for a coach, and
 * what it is about, so an explanation can show it there. {@link #about()} holds sessions (runs, strength sessions,
 * stretch and cross-training blocks), strength slots (the week's strength set), days, {@link StrengthSet}s and
 * {@link WholeWeek}s; empty means the plan as a whole.
 */
public interface Reason extends ConstraintJustification {

    String sentence();

    List<Object> about();

    /** A week's strength set. */
    record StrengthSet(int week) {
    }

    /** A week as a whole. */
    record WholeWeek(int week) {
    }

    DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE dd MMM", Locale.ENGLISH);

    /** "Mon 04 Jan". */
    static String on(Day day) {
        return on(day.date());
    }

    /** "Mon 04 Jan": a date the way reports name it. */
    static String on(LocalDate date) {
        return DAY.format(date);
    }

    /** An enum constant as words: "FOAM_ROLLER" becomes "foam roller". */
    static String words(Object value) {
        return String.valueOf(value).toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
