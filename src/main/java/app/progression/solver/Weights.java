package app.progression.solver;

import app.progression.InvalidInputException;
import app.progression.domain.ConstraintWeights;
import app.progression.domain.ConstraintWeights.RuleInfo;
import app.progression.io.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Resolves the weights of a run: built-in defaults, overridden by the profile's {@code weights}, overridden by a
 * weights file from the command line. Refuses unknown rules, bad numbers and switching a safety rule off.
 */
public final class Weights {

    private Weights() {
    }

    public static ConstraintWeights resolve(Map<String, Integer> fromProfile, Map<String, Integer> fromCommandLine) {
        ConstraintWeights weights = new ConstraintWeights();
        apply(weights, fromProfile, "the profile's weights");
        apply(weights, fromCommandLine, "the weights file");
        return weights;
    }

    /** The weights of a run whose command line may name a weights file ({@code null} for none). */
    public static ConstraintWeights resolve(Map<String, Integer> fromProfile, Path fileOrNull) {
        return resolve(fromProfile, fileOrNull == null ? Map.of() : read(fileOrNull));
    }

    /** Reads a weights file: a JSON object from rule id to a non-negative whole number. */
    public static Map<String, Integer> read(Path file) {
        JsonNode tree = Json.readTree(file, "Weights file");
        String what = "weights file " + file;
        if (!tree.isObject()) {
            throw new InvalidInputException(what + " must be a JSON object from rule id to weight.");
        }
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode value = entry.getValue();
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw new InvalidInputException(what + ": the weight of '" + entry.getKey()
                        + "' must be a whole number from 0 to " + ConstraintWeights.MAX_WEIGHT + ", not " + value
                        + ".");
            }
            weights.put(entry.getKey(), value.intValue());
        }
        return weights;
    }

    private static void apply(ConstraintWeights weights, Map<String, Integer> overrides, String source) {
        List<RuleInfo> rules = ConstraintWeights.rules();
        Map<String, RuleInfo> byId = rules.stream().collect(Collectors.toMap(RuleInfo::id, rule -> rule));
        overrides.forEach((id, weight) -> {
            RuleInfo rule = byId.get(id);
            if (rule == null) {
                throw new InvalidInputException(source + ": unknown rule '" + id + "'. Valid rules: "
                        + rules.stream().map(RuleInfo::id).collect(Collectors.joining(", ")) + ".");
            }
            if (weight == null || weight < 0 || weight > ConstraintWeights.MAX_WEIGHT) {
                throw new InvalidInputException(source + ": the weight of '" + id + "' must be from 0 to "
                        + ConstraintWeights.MAX_WEIGHT + ", not " + weight + ".");
            }
            if (weight == 0 && rule.safety()) {
                throw new InvalidInputException(source + ": '" + id + "' is a safety rule and cannot be switched "
                        + "off (weight 0). It protects: " + rule.protects());
            }
            weights.set(id, weight);
        });
    }
}
