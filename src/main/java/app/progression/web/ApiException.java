package app.progression.web;

import java.util.Map;

/**
 * A request the API refuses on purpose, with the HTTP status that says why and a message a coach can act on. Extra
 * fields (such as the athletes a squad plan would replace) go into the JSON error body beside {@code error}.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final Map<String, Object> details;

    public ApiException(int status, String message) {
        this(status, message, Map.of());
    }

    public ApiException(int status, String message, Map<String, Object> details) {
        super(message);
        this.status = status;
        this.details = Map.copyOf(details);
    }

    public int status() {
        return status;
    }

    public Map<String, Object> details() {
        return details;
    }

    static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    static ApiException conflict(String message) {
        return new ApiException(409, message);
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }
}
