package app.progression.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

/**
 * Who may use the API. On the loopback address, anyone on this machine, but not a web page of another site open in
 * the coach's browser: requests whose Host is not this machine (DNS rebinding) or whose Origin is another site are
 * refused, and every write must be JSON, which a cross-site form cannot send without the browser asking first.
 * Bound wider ({@code --host}), every API request needs the token: {@code Authorization: Bearer TOKEN}.
 */
final class AccessGuard {

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final String token;
    private final boolean loopbackOnly;

    /** {@code token} null: none required (loopback only). */
    AccessGuard(String token, boolean loopbackOnly) {
        this.token = token;
        this.loopbackOnly = loopbackOnly;
    }

    void check(Context ctx) {
        String host = ctx.header("Host");
        if (loopbackOnly && (host == null || !LOOPBACK_NAMES.contains(hostName(host)))) {
            throw new ApiException(403, "This server answers only at 127.0.0.1 or localhost, not '" + host + "'.");
        }
        String origin = ctx.header("Origin");
        if (origin != null && host != null && !origin.equalsIgnoreCase(ctx.scheme() + "://" + host)) {
            throw new ApiException(403, "Requests from another site (" + origin + ") are refused.");
        }
        if (token != null && !tokenMatches(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "This server needs its token: send 'Authorization: Bearer TOKEN' (the page "
                    + "takes it once as ?token=TOKEN in its address).");
        }
        if (isWrite(ctx.method()) && !isJson(ctx.contentType())) {
            throw new ApiException(415, "Send the request body as JSON (Content-Type: application/json).");
        }
    }

    private boolean tokenMatches(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        // Constant time: how long a wrong token took must not tell how much of it was right.
        return MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8));
    }

    private static String hostName(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            int end = name.indexOf(']');
            return end < 0 ? name : name.substring(0, end + 1);
        }
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(0, colon);
    }

    private static boolean isWrite(HandlerType method) {
        return method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.PATCH
                || method == HandlerType.DELETE;
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
    }
}
