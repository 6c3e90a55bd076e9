package app.progression.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.progression.domain.ConstraintWeights;
import app.progression.domain.ConstraintWeights.RuleInfo;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped schemas: well formed, in step with the engine and the profile schema, and met by shipped files. */
class SchemaFilesTest {

    private static JsonNode schema(String name) throws IOException {
        try (InputStream in = SchemaFilesTest.class.getResourceAsStream("/schema/" + name)) {
            return Json.MAPPER.readTree(in);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"team.schema.json", "weights.schema.json", "catalog.schema.json"})
    void everySchemaIsDraft202012WithItsIdAndDescribesEveryFieldForEditors(String name) throws IOException {
        JsonNode schema = schema(name);
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
        assertEquals(JsonSchemas.ID_PREFIX + name, schema.path("$id").asText());
        assertTrue(schema.path("description").asText().length() > 20, name);
        List<String> undescribed = new ArrayList<>();
        collectUndescribed(schema, schema, "", new HashSet<>(), undescribed);
        assertTrue(undescribed.isEmpty(), name + ": fields without a description (or a $ref to one): " + undescribed);
        JsonSchemas.get(name); // loads, with every $ref resolved
    }

    /**
     * Every field an editor could offer has a description, or a $ref to a definition: the fields of the document's
     * objects, followed through array items and local $refs (conditions such as if/then only refine them).
     */
    private static void collectUndescribed(JsonNode root, JsonNode node, String at, Set<String> visited,
            List<String> undescribed) {
        if (!visited.add(at)) {
            return;
        }
        node.path("properties").fields().forEachRemaining(field -> {
            JsonNode property = field.getValue();
            if (!property.has("description") && !property.has("$ref")) {
                undescribed.add(at + "/" + field.getKey());
            }
            collectUndescribed(root, property, at + "/" + field.getKey(), visited, undescribed);
        });
        if (node.has("items")) {
            collectUndescribed(root, node.get("items"), at + "[]", visited, undescribed);
        }
        String ref = node.path("$ref").asText();
        if (ref.startsWith("#/")) {
            collectUndescribed(root, root.at(ref.substring(1)), ref, visited, undescribed);
        }
    }

    @Test
    void theWeightsSchemaListsExactlyTheEnginesRulesAndItsLargestWeight() throws IOException {
        JsonNode schema = schema("weights.schema.json");
        Set<String> listed = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(listed::add);
        Set<String> rules = new TreeSet<>(ConstraintWeights.rules().stream().map(RuleInfo::id).toList());
        assertEquals(rules, listed, "weights.schema.json 'properties' must name every rule of ConstraintWeights");
        for (RuleInfo rule : ConstraintWeights.rules()) {
            String description = schema.path("properties").path(rule.id()).path("description").asText();
            assertEquals(rule.safety(), description.contains("safety rule"), rule.id() + ": " + description);
        }
        JsonNode weight = schema.path("$defs").path("weight");
        assertEquals(0, weight.path("minimum").asInt());
        assertEquals(ConstraintWeights.MAX_WEIGHT, weight.path("maximum").asInt());
    }

    @Test
    void teamDefaultsOfferEveryProfileFieldButTheAthletesOwn() throws IOException {
        Set<String> profileFields = new TreeSet<>();
        schema("profile.schema.json").path("properties").fieldNames().forEachRemaining(profileFields::add);
        Set<String> defaults = new TreeSet<>();
        schema("team.schema.json").path("properties").path("defaults").path("properties").fieldNames()
                .forEachRemaining(defaults::add);
        assertEquals(profileFields, defaults, "team.schema.json 'defaults' must list every profile field (athlete, "
                + "weights and redFlags as refused)");
    }

    @Test
    void shippedFilesMeetTheirSchemas() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/catalog/catalog.json")) {
            assertEquals(List.of(), JsonSchemas.problems(JsonSchemas.get("catalog.schema.json"),
                    Json.MAPPER.readTree(in), Map.of()));
        }
        assertEquals(List.of(), JsonSchemas.problems(JsonSchemas.get("team.schema.json"),
                Json.readTree(Path.of("problems/team-riverside/team.json"), "team"), Map.of()));
        try (Stream<Path> files = Files.list(Path.of("problems/weights"))) {
            for (Path file : files.toList()) {
                assertEquals(List.of(), JsonSchemas.problems(JsonSchemas.get("weights.schema.json"),
                        Json.readTree(file, "weights"), Map.of()), file.toString());
            }
        }
    }
}
