package app.progression.batch;

import app.progression.plan.PlanDocument;
import java.time.LocalDate;
import java.util.List;

/** What one solve of one athlete gave, and the seconds it took. */
sealed interface Attempt {

    double seconds();

    /** A feasible plan, not yet committed to the coach's ledger. */
    record Solved(PlanDocument document, List<LocalDate> strengthDates, String score, double seconds)
            implements Attempt {
    }

    /** No plan can meet the hard rules (or the input turned out invalid): the reasons. */
    record NoPlan(List<String> reasons, double seconds) implements Attempt {
    }

    /** Something unexpected broke; the batch goes on with the others. */
    record Failed(String error, double seconds) implements Attempt {
    }
}
