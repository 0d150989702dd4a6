package dev.baton.sandbox;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The successful token response (RFC 6749 §5.1), shaped like Zoom's. */
final class TokenResponses {
    static final String SCOPE = "user:read";

    private TokenResponses() {
    }

    static ResponseDefinition success(TokenPair tokens, Duration accessTokenTtl) {
        return success(tokens, accessTokenTtl, "bearer");
    }

    /** The response with another {@code token_type}, such as {@code DPoP} (RFC 9449 §5). */
    static ResponseDefinition success(TokenPair tokens, Duration accessTokenTtl, String tokenType) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", tokens.access().value());
        body.put("token_type", tokenType);
        body.put("refresh_token", tokens.refresh().value());
        body.put("expires_in", accessTokenTtl.toSeconds());
        body.put("scope", SCOPE);
        if (tokens.idToken() != null) {
            body.put("id_token", tokens.idToken());
        }
        return Responses.json(200, body).build();
    }

    /** A response with an access token only, as Zoom answers client and account credentials grants. */
    static ResponseDefinition accessOnly(IssuedToken access, Duration accessTokenTtl, String scope) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", access.value());
        body.put("token_type", "bearer");
        body.put("expires_in", accessTokenTtl.toSeconds());
        body.put("scope", scope);
        return Responses.json(200, body).build();
    }
}
