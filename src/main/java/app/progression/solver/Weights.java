package app.progression.solver;

import app.progression.InvalidInputException;
import app.progression.domain.ConstraintWeights;
import app.progression.domain.ConstraintWeights.RuleInfo;
import app.progression.io.Json;
import app.progression.io.JsonSchemas;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Resolves the weights of a run: built-in defaults, overridden by the profile's {@code weights}, overridden by a
 * weights file from the command line. Refuses unknown rules, bad numbers and switching a safety rule off.
 */
public final class Weights {

    /** The shipped JSON Schema of a weights file: an object from rule id to a whole number from 0 to the maximum. */
    public static final String SCHEMA = "weights.schema.json";

    private Weights() {
    }

    public static ConstraintWeights resolve(Map<String, Integer> fromProfile, Map<String, Integer> fromCommandLine) {
        ConstraintWeights weights = new ConstraintWeights();
        apply(weights, fromProfile, "the profile's weights");
        apply(weights, fromCommandLine, "the weights file");
        return weights;
    }

    /** Defaults overridden by {@code weights}, as checked as any: {@code source} names where they came from. */
    public static ConstraintWeights of(Map<String, Integer> weights, String source) {
        ConstraintWeights resolved = new ConstraintWeights();
        apply(resolved, weights, source);
        return resolved;
    }

    /** The weights of a run whose command line may name a weights file ({@code null} for none). */
    public static ConstraintWeights resolve(Map<String, Integer> fromProfile, Path fileOrNull) {
        return resolve(fromProfile, fileOrNull == null ? Map.of() : read(fileOrNull));
    }

    /**
     * Reads a weights file: JSON syntax, then {@link #SCHEMA}, then what the schema cannot say (known rules, no
     * safety rule at 0). Every mistake is an {@link InvalidInputException} naming the file and the rule.
     */
    public static Map<String, Integer> read(Path file) {
        JsonNode tree = Json.readTree(file, "Weights file");
        JsonSchemas.check(SCHEMA, tree, "weights file " + file);
        Map<String, Integer> weights = new LinkedHashMap<>();
        tree.fields().forEachRemaining(entry -> weights.put(entry.getKey(), entry.getValue().intValue()));
        checkRules(weights, "weights file " + file);
        return weights;
    }

    /**
     * What a weights schema cannot say, as the rules are the engine's: every id is a known rule, and no safety rule
     * is switched off. {@code source} names where the weights came from.
     */
    public static void checkRules(Map<String, Integer> weights, String source) {
        List<RuleInfo> rules = ConstraintWeights.rules();
        Map<String, RuleInfo> byId = rules.stream().collect(Collectors.toMap(RuleInfo::id, rule -> rule));
        weights.forEach((id, weight) -> {
            RuleInfo rule = byId.get(id);
            if (rule == null) {
                throw new InvalidInputException(source + ": unknown rule '" + id + "'. Valid rules: "
                        + rules.stream().map(RuleInfo::id).collect(Collectors.joining(", ")) + ".");
            }
            if (weight != null && weight == 0 && rule.safety()) {
                throw new InvalidInputException(source + ": '" + id + "' is a safety rule and cannot be switched "
                        + "off (weight 0). It protects: " + rule.protects());
            }
        });
    }

    /** Weights may also come from code and profiles: checked here once more, whatever their source. */
    private static void apply(ConstraintWeights weights, Map<String, Integer> overrides, String source) {
        checkRules(overrides, source);
        overrides.forEach((id, weight) -> {
            if (weight == null || weight < 0 || weight > ConstraintWeights.MAX_WEIGHT) {
                throw new InvalidInputException(source + ": the weight of '" + id + "' must be from 0 to "
                        + ConstraintWeights.MAX_WEIGHT + ", not " + weight + ".");
            }
            weights.set(id, weight);
        });
    }
}
