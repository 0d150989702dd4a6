package dev.baton.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.auth.AuthorizationOutcome.Check;
import dev.baton.http.HttpResult;
import dev.baton.model.OAuthRole;

import java.util.List;

/**
 * What an {@code oauth: revoke} or {@code oauth: introspect} step checks of its response by itself: a revocation is
 * answered 200 (RFC 7009 §2.2), unless the step expects another status; an introspection's 200 is a JSON object
 * with a boolean {@code active} (RFC 7662 §2.2).
 */
public final class TokenManagementChecks {

    private TokenManagementChecks() {
    }

    /**
     * @param expectsStatus whether the step checks the status itself (a refusal it wants to see)
     */
    public static List<Check> of(OAuthRole role, HttpResult received, boolean expectsStatus) {
        return switch (role) {
            case REVOKE -> expectsStatus ? List.of() : List.of(received.status() == 200
                    ? new Check("revocation", null)
                    : new Check("revocation", "revocation: expected HTTP 200 (RFC 7009 \u00a72.2), got "
                    + received.status() + refusal(received)));
            case INTROSPECT -> expectsStatus && received.status() != 200 ? List.of()
                    : List.of(received.status() == 200 ? introspection(received) : new Check("introspection",
                    "introspection: expected HTTP 200 (RFC 7662 \u00a72.2), got " + received.status()
                    + refusal(received)));
            default -> List.of();
        };
    }

    private static Check introspection(HttpResult received) {
        JsonNode body = TokenEndpointCall.json(received.bodyText());
        JsonNode active = body == null ? null : body.get("active");
        return active != null && active.isBoolean() ? new Check("introspection", null)
                : new Check("introspection", "introspection: the response is not a JSON object with a boolean "
                + "'active' (RFC 7662 \u00a72.2)");
    }

    private static String refusal(HttpResult received) {
        JsonNode body = TokenEndpointCall.json(received.bodyText());
        String error = body == null ? null : TokenEndpointCall.text(body, "error");
        return error == null ? "" : " " + error;
    }
}
