package app.progression.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the CLI's message about a bad profile into one error per field, so the page can show each next to its
 * input. The message itself stays the CLI's: this only finds which field each line is about.
 */
final class FieldErrors {

    /** One problem, and the field path it names ("weeks", "athlete.id", "availableMinutes.MONDAY"), or "" if none. */
    record FieldError(String field, String message) {
    }

    /**
     * "  - /weeks: must have a maximum value of 52", "  - /availableMinutes/MONDAY: ..." (the JSON Schema's lines,
     * a JSON pointer naming the field) or "  - painful: unknown exercise id ..." (the reader's own checks).
     */
    private static final Pattern LISTED = Pattern.compile("^\\s*-\\s*([$/]?[A-Za-z][\\w./\\[\\]]*):\\s*(.*)$");
    /**
     * "  - (top level): required property 'startDate' not found" (io/JsonSchemas names the document's root so),
     * "  - : required property ..." (the same from older messages), "  - /athlete: required property 'id' not found".
     */
    private static final Pattern REQUIRED = Pattern.compile(
            "^\\s*-\\s*(?:\\(top level\\)|([$/]?[\\w./]*)):?\\s*required property '([^']+)'.*$");
    /** "field 'startDate' has the value ..." or "unknown field 'foo'" (binding a tree that passed the schema). */
    private static final Pattern QUOTED_FIELD = Pattern.compile("field '([^']+)'");
    /** "the profile's weights: ..." (rule ids and weight ranges). */
    private static final Pattern WEIGHTS = Pattern.compile("weights");

    private FieldErrors() {
    }

    static List<FieldError> of(String message) {
        List<FieldError> errors = new ArrayList<>();
        String[] lines = message.split("\n");
        for (String line : lines) {
            Matcher required = REQUIRED.matcher(line);
            if (required.matches()) {
                String parent = required.group(1) == null ? "" : path(required.group(1));
                String field = parent.isEmpty() ? required.group(2) : parent + "." + required.group(2);
                errors.add(new FieldError(field, "is required"));
                continue;
            }
            Matcher listed = LISTED.matcher(line);
            if (listed.matches()) {
                errors.add(new FieldError(path(listed.group(1)), listed.group(2).trim()));
            }
        }
        if (errors.isEmpty()) {
            Matcher quoted = QUOTED_FIELD.matcher(message);
            if (quoted.find()) {
                errors.add(new FieldError(quoted.group(1).replaceAll("\\[\\d+]$", ""), lastPart(message)));
            } else if (message.startsWith("the profile's weights") && WEIGHTS.matcher(message).find()) {
                errors.add(new FieldError("weights", lastPart(message)));
            }
        }
        return errors;
    }

    /** "/findings/tightHipFlexors/0" or "$.findings.tightHipFlexors[0]" as "findings.tightHipFlexors". */
    private static String path(String pointer) {
        return pointer.replaceFirst("^\\$\\.?", "").replaceFirst("^/", "").replace('/', '.')
                .replaceAll("(\\.\\d+|\\[\\d+])$", "");
    }

    /** The message without its leading "profile ...:" naming of the source, which the form does not need. */
    private static String lastPart(String message) {
        int colon = message.indexOf(": ");
        return colon < 0 ? message : message.substring(colon + 2);
    }
}
