package app.progression.plan;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.InvalidInputException;
import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.domain.ConstraintWeights;
import app.progression.profile.Profile;
import app.progression.profile.ProfileReader;
import app.progression.render.PlanFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan file remembers the weights and catalog it was made with, and is read with them. */
class ProvenanceTest {

    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final Profile PROFILE = ProfileReader.read(Path.of("problems/replan/profile.json"), CATALOG);
    private static final PlanDocument PLAN = PlanFiles.read(Path.of("problems/replan/plan.json"));

    @TempDir
    Path dir;

    @Test
    void aPlanIsReadWithTheWeightsItRecordsUnlessAWeightsFileIsGiven() {
        Map<String, Integer> recorded = PLAN.madeWith().weights();
        assertEquals(ConstraintWeights.rules().size(), recorded.size(), "every rule's weight is recorded");
        assertEquals(recorded, Provenance.weights(PLAN, PROFILE, null).byRule());
        ConstraintWeights overridden = Provenance.weights(PLAN, PROFILE, Map.of(ConstraintWeights.STRETCHES_VARIED,
                50));
        assertEquals(50, overridden.weight(ConstraintWeights.STRETCHES_VARIED));
    }

    @Test
    void theSameCatalogContentIsAcceptedWhicheverFileItComesFrom() throws Exception {
        Path copy = dir.resolve("catalog.json");
        Files.writeString(copy, "{\"extendsBuiltIn\": true, \"exercises\": []}");
        assertEquals(CATALOG.fingerprint(), PLAN.madeWith().catalog());
        assertDoesNotThrow(() -> Provenance.checkCatalog(PLAN, CatalogLoader.load(copy), "plan.json"));
    }

    @Test
    void anotherCatalogIsRefused() throws Exception {
        Path changed = dir.resolve("catalog.json");
        Files.writeString(changed, "{\"extendsBuiltIn\": true, \"exercises\": [{\"id\": \"cat-cow\", \"name\": "
                + "\"Cat-cow\", \"kind\": \"FLEXIBILITY\", \"targets\": [\"LOWER_BACK\"], \"sets\": 2, \"reps\": 10, "
                + "\"secondsPerRep\": 4}]}");
        Catalog other = CatalogLoader.load(changed);
        String message = assertThrows(InvalidInputException.class,
                () -> Provenance.checkCatalog(PLAN, other, "plan.json")).getMessage();
        assertTrue(message.contains("another exercise catalog"), message);
    }
}
