package dev.baton.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.http.HttpResult;
import dev.baton.json.Jackson;

import java.io.IOException;

/**
 * A token endpoint's answer as a probe reads it: tokens issued, or refused with an OAuth error.
 *
 * @param status the HTTP status
 * @param body   the JSON body, or {@code null} when it is not a JSON object
 */
public record TokenReply(int status, JsonNode body) {

    /** Reads a response of a token endpoint. */
    public static TokenReply of(HttpResult response) {
        JsonNode body;
        try {
            body = Jackson.mapper().readTree(response.bodyText());
        } catch (IOException e) {
            body = null;
        }
        return new TokenReply(response.status(), body != null && body.isObject() ? body : null);
    }

    /** Whether the server issued an access token. */
    public boolean issued() {
        return status == 200 && text("access_token") != null;
    }

    public String accessToken() {
        return text("access_token");
    }

    public String refreshToken() {
        return text("refresh_token");
    }

    public String tokenType() {
        return text("token_type");
    }

    /** The OAuth {@code error}, or {@code null}. */
    public String error() {
        return text("error");
    }

    /** {@code HTTP 400 invalid_grant} or {@code HTTP 200 with an access token}, for messages. */
    public String summary() {
        if (issued()) {
            return "HTTP 200 with an access token";
        }
        return "HTTP " + status + (error() == null ? "" : " " + error());
    }

    private String text(String name) {
        JsonNode value = body == null ? null : body.get(name);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
    }
}
