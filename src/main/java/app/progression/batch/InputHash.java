package app.progression.batch;

import app.progression.domain.ConstraintWeights;
import app.progression.io.Fingerprints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The fingerprint of everything a plan was made from: the profile, the team settings, the catalog, the weights
 * file and the engine's rules. {@code --resume} keeps a plan only while its fingerprint is unchanged. JSON is
 * hashed in a canonical form (keys sorted, no spaces), so reformatting a file does not force a new plan.
 */
final class InputHash {

    /** Bump when a change of the engine should make every stored plan stale. */
    private static final String FORMAT = "progression-batch/1";

    private InputHash() {
    }

    /** What all athletes of the run share; computed once. */
    static String shared(TeamSettings team, String catalogFingerprint, JsonNode weightsFile) {
        ObjectNode teamSource = team.source().isObject() ? ((ObjectNode) team.source()).deepCopy() : null;
        if (teamSource != null) {
            teamSource.remove("name");
        }
        return FORMAT + "\nrules:" + ConstraintWeights.rules() + "\nteam:" + canonical(teamSource)
                + "\ncatalog:" + catalogFingerprint + "\nweights:" + canonical(weightsFile);
    }

    static String of(String shared, JsonNode profile) {
        return sha256((shared + "\nprofile:" + canonical(profile)).getBytes(StandardCharsets.UTF_8));
    }

    /** The built-in catalog as shipped, plus the coach's catalog file when one is given. */
    static String catalogFingerprint(JsonNode catalogFile) {
        try (InputStream in = InputHash.class.getResourceAsStream("/catalog/catalog.json")) {
            String builtIn = in == null ? "none" : sha256(in.readAllBytes());
            return builtIn + "+" + canonical(catalogFile);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the built-in catalog", e);
        }
    }

    static String canonical(JsonNode node) {
        return Fingerprints.canonical(node);
    }

    static String sha256(byte[] bytes) {
        return Fingerprints.sha256(bytes);
    }
}
