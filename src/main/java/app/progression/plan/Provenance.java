package app.progression.plan;

import app.progression.InvalidInputException;
import app.progression.catalog.Catalog;
import app.progression.domain.ConstraintWeights;
import app.progression.profile.Profile;
import app.progression.solver.Weights;
import java.util.Map;

/**
 * What a plan file says it was made with, put to use: the weights to read it with, and a refusal to read it with
 * another catalog than its own (its exercises would mean something else).
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
}
