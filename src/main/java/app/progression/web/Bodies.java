package app.progression.web;

import app.progression.io.Json;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/**
 * Request bodies, read as strictly as the CLI reads files (a duplicate key or trailing text is refused), with the
 * line and column of a syntax error in the message.
 */
final class Bodies {

    private Bodies() {
    }

    static JsonNode json(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw ApiException.badRequest("The request has no body; send a JSON document.");
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw ApiException.badRequest("The request body is not valid JSON"
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()) + ": "
                    + e.getOriginalMessage());
        }
    }

    static ObjectNode object(Context ctx) {
        JsonNode body = json(ctx);
        if (!body.isObject()) {
            throw ApiException.badRequest("The request body must be a JSON object.");
        }
        return (ObjectNode) body;
    }

    /** A member that must be there and be an object, such as {@code "profile"}. */
    static ObjectNode member(ObjectNode body, String name) {
        JsonNode value = body.get(name);
        if (value == null || !value.isObject()) {
            throw ApiException.badRequest("The request body needs '" + name + "' (a JSON object).");
        }
        return (ObjectNode) value;
    }

    /** A member that may be left out; when given it must be an object. */
    static ObjectNode optionalMember(ObjectNode body, String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw ApiException.badRequest("'" + name + "' must be a JSON object.");
        }
        return (ObjectNode) value;
    }

    /**
     * The version a save was based on: the one the client loaded, or JSON null for "there was no file". Leaving it
     * out is refused, so that no client overwrites another's edit by accident.
     */
    static String version(ObjectNode body) {
        JsonNode version = body.get("version");
        if (version == null) {
            throw new ApiException(428, "The request needs 'version': the version you loaded (null if there was no "
                    + "file yet), so that a save never overwrites someone else's without notice.");
        }
        if (!version.isNull() && !version.isTextual()) {
            throw ApiException.badRequest("'version' must be a string, or null for a file that does not exist yet.");
        }
        return version.isNull() ? null : version.asText();
    }
}
