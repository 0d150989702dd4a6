package dev.baton.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.Jackson;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A successful token response (RFC 6749 §5.1). {@link #toString()} masks the tokens.
 *
 * @param accessToken  the access token
 * @param tokenType    the token type as sent, such as {@code bearer}, or {@code null} when the server sent none
 * @param expiresIn    the lifetime in seconds, or {@code null} when the server did not say
 * @param refreshToken the refresh token, or {@code null}
 * @param scope        the granted scope, or {@code null}
 * @param idToken      the OpenID Connect ID token, or {@code null}
 */
public record TokenResponse(String accessToken, String tokenType, Long expiresIn, String refreshToken, String scope,
                            String idToken) {

    public TokenResponse {
        Objects.requireNonNull(accessToken, "accessToken");
        if (accessToken.isEmpty()) {
            throw new IllegalArgumentException("accessToken must not be empty");
        }
    }

    /**
     * Reads a token endpoint's JSON body.
     *
     * @throws IllegalArgumentException when the body is not a JSON object with a string {@code access_token}; the
     *                                  message never quotes the body
     */
    public static TokenResponse parse(String json) {
        JsonNode body;
        try {
            body = Jackson.mapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("the token response is not JSON");
        }
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("the token response is not a JSON object");
        }
        String accessToken = text(body, "access_token");
        if (accessToken == null || accessToken.isEmpty()) {
            throw new IllegalArgumentException("the token response has no access_token");
        }
        return new TokenResponse(accessToken, text(body, "token_type"), seconds(body.get("expires_in")),
                text(body, "refresh_token"), text(body, "scope"), text(body, "id_token"));
    }

    /** The lifetime, when the server said. */
    public Optional<Duration> lifetime() {
        return expiresIn == null ? Optional.empty() : Optional.of(Duration.ofSeconds(expiresIn));
    }

    /** When the access token expires, counted from when the response was received. */
    public Optional<Instant> expiresAt(Instant receivedAt) {
        return lifetime().map(receivedAt::plus);
    }

    private static String text(JsonNode body, String name) {
        JsonNode value = body.get(name);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    private static Long seconds(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isTextual() && value.asText().matches("\\d{1,18}")) {
            return Long.parseLong(value.asText());
        }
        return null;
    }

    @Override
    public String toString() {
        return "TokenResponse[accessToken=***, tokenType=" + tokenType + ", expiresIn=" + expiresIn
                + ", refreshToken=" + (refreshToken == null ? "none" : "***") + ", scope=" + scope
                + ", idToken=" + (idToken == null ? "none" : "***") + "]";
    }
}
