package dev.baton.sandbox;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.LinkedHashMap;
import java.util.Map;

/** Error bodies shaped like Zoom's: the OAuth ones, the API's {@code code}/{@code message} ones, and 404. */
final class OAuthErrors {
    static final int INVALID_ACCESS_TOKEN_CODE = 124;

    private OAuthErrors() {
    }

    /** {@code {"reason":..,"error":..,"error_description":..}}, with a Basic challenge on 401 (RFC 6749 §5.2). */
    static ResponseDefinition token(OAuthProblem problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", problem.reason());
        body.put("error", problem.error());
        body.put("error_description", problem.description());
        var response = Responses.json(problem.status(), body);
        if (problem.status() == 401) {
            response.withHeader("WWW-Authenticate", "Basic realm=\"Baton OAuth sandbox\"");
        }
        return response.build();
    }

    /** Zoom's API answer to a missing, unknown, revoked or expired bearer token. */
    static ResponseDefinition invalidAccessToken(String message) {
        return Responses.json(401, Map.of("code", INVALID_ACCESS_TOKEN_CODE, "message", message))
                .withHeader("WWW-Authenticate", "Bearer realm=\"Baton OAuth sandbox\", error=\"invalid_token\"")
                .build();
    }

    /** A resource server's refusal of a DPoP request (RFC 9449 §7.1): 401 with a {@code DPoP} challenge. */
    static ResponseDefinition dpop(String error, String description, String nonce) {
        var response = Responses.json(401, Map.of("code", INVALID_ACCESS_TOKEN_CODE, "message", description))
                .withHeader("WWW-Authenticate", "DPoP algs=\"ES256 RS256\", error=\"" + error + "\"");
        return (nonce == null ? response : response.withHeader("DPoP-Nonce", nonce)).build();
    }

    static ResponseDefinition serverError(RuntimeException failure) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "server_error");
        body.put("error_description", "The sandbox failed: " + failure.getClass().getSimpleName());
        return Responses.json(500, body).build();
    }

    static String notFoundBody() {
        return "{\"code\":404,\"message\":\"No sandbox endpoint matches this method and path.\"}";
    }
}
