package app.progression.plan;

import app.progression.InvalidInputException;
import app.progression.catalog.Catalog;
import app.progression.domain.ConstraintWeights;
import app.progression.domain.History;
import app.progression.plan.PlanDocument.DayPlan;
import app.progression.profile.Profile;
import app.progression.solver.Weights;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a plan file says it was made with, put to use: the weights to read it with, a refusal to read it with
 * another catalog than its own (its exercises would mean something else), and the history it was re-made from.
 */
public final class Provenance {

    private Provenance() {
    }

    /**
     * The weights a plan file is read with: a weights file given on the command line (over the profile's), else the
     * weights the plan records, else the profile's.
     */
    public static ConstraintWeights weights(PlanDocument plan, Profile profile, Map<String, Integer> fromCommandLine) {
        if (fromCommandLine != null || plan.madeWith() == null || plan.madeWith().weights() == null) {
            return Weights.resolve(profile.weights(), fromCommandLine == null ? Map.of() : fromCommandLine);
        }
        return Weights.of(plan.madeWith().weights(), "the plan file's madeWith.weights");
    }

    /** Refuses a catalog whose content differs from the one the plan was made with. */
    public static void checkCatalog(PlanDocument plan, Catalog catalog, String what) {
        String made = plan.madeWith() == null ? null : plan.madeWith().catalog();
        if (made != null && !made.equals(catalog.fingerprint())) {
            throw new InvalidInputException(what + " was made with another exercise catalog (" + made + ") than "
                    + "the one given (" + catalog.fingerprint() + "). Pass the catalog it was made with (--catalog "
                    + "FILE, or none for the built-in one); its exercises would otherwise mean something else.");
        }
    }

    /**
     * The history a plan file records: none for a new plan; for a plan made again from a log, the days before its
     * {@code from}, its locked days and what the log meant.
     */
    public static History history(PlanDocument document) {
        PlanDocument.Replanned replanned = document.madeWith() == null ? null : document.madeWith().replanned();
        if (replanned == null || document.startDate() == null) {
            return History.NONE;
        }
        int fromDay = (int) ChronoUnit.DAYS.between(document.startDate(), replanned.from());
        Set<Integer> locked = new HashSet<>();
        for (DayPlan day : document.days()) {
            int index = (int) ChronoUnit.DAYS.between(document.startDate(), day.date());
            if (day.lockedByCoach() && index >= fromDay) {
                locked.add(index);
            }
        }
        return new History(fromDay, locked, replanned.painfulFromWeek(), Set.copyOf(replanned.flareWeeks()),
                Set.copyOf(replanned.repeatWeeks()));
    }
}
