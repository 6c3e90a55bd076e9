package app.progression.io;

import app.progression.InvalidInputException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** One configured mapper, and reading that turns every failure into a message a person can act on. */
public final class Json {

    /**
     * Strict on input: a duplicate key (which could hide a value, such as a 0 weight on a safety rule), trailing
     * text after the document, and two documents in one file are refused, not quietly resolved.
     */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Reads a user's file with decimals exact, for {@link JsonNumbers#asWritten}. */
    private static final ObjectReader FILE_READER = MAPPER.reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Json() {
    }

    public static JsonNode readTree(Path file, String what) {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode node = FILE_READER.readTree(in);
            if (node == null || node.isMissingNode()) {
                throw new InvalidInputException(what + " " + file + " is empty.");
            }
            return JsonNumbers.asWritten(node);
        } catch (NumberFormatException e) {
            // An exponent beyond what any number type holds, such as 1e99999999999: Jackson refuses it this way.
            throw new InvalidInputException(what + " " + file + " has a number that cannot be read: " + e.getMessage());
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(what + " " + file + (Files.isSymbolicLink(file)
                    ? " is a link to a file that does not exist." : " does not exist."));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(what + " " + file + " is not valid JSON" + where(e) + ": "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidInputException(what + " " + file + " cannot be read: " + e.getMessage());
        }
    }

    public static JsonNode readTree(InputStream in, String what) {
        try (in) {
            return JsonNumbers.asWritten(FILE_READER.readTree(in));
        } catch (IOException | NumberFormatException e) {
            throw new InvalidInputException(what + " is not valid JSON: " + e.getMessage());
        }
    }

    /** Binds a tree to a type; a mismatch names the field path, as in {@code findings.heelPain}. */
    public static <T> T bind(JsonNode node, Class<T> type, String what) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidInputException(what + ": unknown field '" + path(e) + "'. Known fields here: "
                    + e.getKnownPropertyIds().stream().map(Object::toString).sorted()
                            .collect(Collectors.joining(", ")) + ".");
        } catch (InvalidFormatException e) {
            throw new InvalidInputException(what + ": field '" + path(e) + "' has the value '" + e.getValue()
                    + "', which is not a valid " + e.getTargetType().getSimpleName() + ".");
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(what + ": field '" + path(e) + "': " + e.getOriginalMessage());
        }
    }

    private static String path(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping) {
            return mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        return "?";
    }

    private static String where(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
