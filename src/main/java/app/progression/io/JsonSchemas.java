package app.progression.io;

import app.progression.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shipped JSON Schemas (draft 2020-12, under {@code src/main/resources/schema/}) and one way to check a file
 * against them, so that every reader refuses bad input with the same kind of message: the file, then one line per
 * problem naming where it is, what is wrong, and the value found.
 *
 * <p>A schema may give a readable message per keyword with the custom {@code "message"} keyword, e.g.
 * {@code "message": {"minimum": "must be 1 or more"}}. Such messages are used as written (no placeholders), and the
 * location and value are added here.
 */
public final class JsonSchemas {

    /** The {@code $id} prefix of the shipped schemas; a {@code $ref} to a sibling file resolves on the class path. */
    public static final String ID_PREFIX = "https://progression.app/schema/";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(ID_PREFIX, "classpath:schema/")));

    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).errorMessageKeyword("message").build();

    private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();

    /** Longer values are cut in messages: a message names the value, it need not repeat a paragraph. */
    private static final int MAX_VALUE_CHARS = 60;

    private JsonSchemas() {
    }

    /** The shipped schema {@code name} (such as {@code "team.schema.json"}), loaded once. */
    public static JsonSchema get(String name) {
        return LOADED.computeIfAbsent(name, key -> FACTORY.getSchema(SchemaLocation.of(ID_PREFIX + key), CONFIG));
    }

    /**
     * Refuses {@code tree} unless it is valid against the schema {@code name}.
     *
     * @param what        the input as the user knows it, such as {@code "team settings team/team.json"}
     * @param entryNouns  array fields whose entries have an {@code "id"}, and what to call such an entry, e.g.
     *                    {@code "exercises" -> "exercise"}: a problem inside one is named by its id as well
     * @throws InvalidInputException {@code <what> is invalid:} and one {@code "  - "} line per problem
     */
    public static void check(String name, JsonNode tree, String what, Map<String, String> entryNouns) {
        List<String> problems = problems(get(name), tree, entryNouns);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(what + " is invalid:\n  - " + String.join("\n  - ", problems));
        }
    }

    public static void check(String name, JsonNode tree, String what) {
        check(name, tree, what, Map.of());
    }

    /** Every problem of {@code tree} against {@code schema}, one line each, ordered by location; empty when valid. */
    public static List<String> problems(JsonSchema schema, JsonNode tree, Map<String, String> entryNouns) {
        return schema.validate(tree).stream()
                .sorted(Comparator.comparing((ValidationMessage message) -> message.getInstanceLocation())
                        .thenComparing(ValidationMessage::getMessage))
                .map(message -> line(message, tree, entryNouns))
                .distinct()
                .toList();
    }

    /** {@code <where>: <what is wrong> (found <value>)}; the value only when it is a single value, not a container. */
    private static String line(ValidationMessage message, JsonNode tree, Map<String, String> entryNouns) {
        JsonNodePath location = message.getInstanceLocation();
        String pointer = location.toString();
        String text = message.getMessage();
        // The validator's own messages start with the location; ours are written without it.
        if (!pointer.isEmpty() && text.startsWith(pointer + ": ")) {
            text = text.substring(pointer.length() + 2);
        } else if (text.startsWith(": ")) {
            text = text.substring(2);
        }
        JsonNode value = message.getInstanceNode();
        boolean saysValue = value == null || !value.isValueNode() || value.isNull() && text.startsWith("null found");
        String found = saysValue ? "" : " (found " + shortened(value.toString()) + ")";
        return where(location, tree, entryNouns) + ": " + text + found;
    }

    /** The location as a JSON pointer, after the name of the entry it is in when that entry has an id. */
    private static String where(JsonNodePath location, JsonNode tree, Map<String, String> entryNouns) {
        String pointer = location.toString();
        if (pointer.isEmpty()) {
            return "(top level)";
        }
        String entry = null;
        JsonNode node = tree;
        String field = null;
        for (int i = 0; i < location.getNameCount() && node != null; i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                node = node.get(index);
                String noun = field == null ? null : entryNouns.get(field);
                if (noun != null && node != null && node.path("id").isTextual()
                        && !node.path("id").asText().isBlank()) {
                    entry = noun + " '" + shortened(node.path("id").asText()) + "'";
                }
            } else {
                field = String.valueOf(element);
                node = node.get(field);
            }
        }
        return entry == null ? pointer : entry + " at " + pointer;
    }

    private static String shortened(String text) {
        return text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS - 3) + "...";
    }
}
