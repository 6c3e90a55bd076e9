package app.progression.domain;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.io.Json;
import app.progression.profile.Profile;
import app.progression.profile.ProfileReader;
import app.progression.solver.PlanProblem;
import app.progression.solver.Weights;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;

/** Plans built from small profiles, for the tests of what the listeners derive. */
final class DomainFixtures {

    static final Catalog CATALOG = CatalogLoader.builtIn();

    private DomainFixtures() {
    }

    /** A profile with every weekday an hour long (90 minutes at the weekend), unless {@code fields} say otherwise. */
    static Profile profile(String fields) {
        String base = "{\"athlete\": {\"id\": \"test\"}, \"startDate\": \"2027-01-04\", \"availableMinutes\": "
                + "{\"MONDAY\": 60, \"TUESDAY\": 60, \"WEDNESDAY\": 60, \"THURSDAY\": 60, \"FRIDAY\": 60, "
                + "\"SATURDAY\": 90, \"SUNDAY\": 90}}";
        try {
            ObjectNode profile = (ObjectNode) Json.MAPPER.readTree(base);
            profile.setAll((ObjectNode) Json.MAPPER.readTree("{" + fields + "}"));
            return ProfileReader.read(profile, "test profile", CATALOG, null);
        } catch (IOException e) {
            throw new IllegalArgumentException(fields, e);
        }
    }

    /** The plan of a profile, every decision still open except what the construction of the problem sets. */
    static TrainingPlan plan(String fields) {
        Profile profile = profile(fields);
        return PlanProblem.build(profile, CATALOG, Weights.resolve(profile.weights(), Map.of())).plan();
    }
}
