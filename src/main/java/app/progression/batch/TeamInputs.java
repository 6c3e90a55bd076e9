package app.progression.batch;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.io.Json;
import app.progression.solver.Weights;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every athlete of a run shares: the catalog, the team's settings and the command line's weights, and the
 * fingerprint of all three (with the rule set) that each athlete's resume record starts from.
 */
record TeamInputs(Catalog catalog, TeamSettings team, Map<String, Integer> commandLineWeights, String fingerprint) {

    TeamInputs {
        // Kept in the file's order: the first bad weight is the one reported.
        commandLineWeights = Collections.unmodifiableMap(new LinkedHashMap<>(commandLineWeights));
    }

    /** Reads the catalog, weights file and team.json that {@code options} name; a mistake in any is invalid input. */
    static TeamInputs read(Batch.Options options) {
        Catalog catalog = options.catalogFile() == null ? CatalogLoader.builtIn()
                : CatalogLoader.load(options.catalogFile());
        JsonNode catalogTree = options.catalogFile() == null ? null : Json.readTree(options.catalogFile(), "Catalog");
        JsonNode weightsTree = options.weightsFile() == null ? null
                : Json.readTree(options.weightsFile(), "Weights file");
        Map<String, Integer> weights = options.weightsFile() == null ? Map.of() : Weights.read(options.weightsFile());
        TeamSettings team = TeamSettings.read(options.folder(), catalog);
        String fingerprint = InputHash.shared(team, InputHash.catalogFingerprint(catalogTree), weightsTree);
        return new TeamInputs(catalog, team, weights, fingerprint);
    }
}
