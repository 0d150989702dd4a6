package dev.baton.auth;

import dev.baton.http.HttpResult;
import dev.baton.http.OutgoingRequest;
import dev.baton.model.OAuthRole;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenManagementChecksTest {

    private static HttpResult answer(int status, String json) {
        return new HttpResult(OutgoingRequest.get(URI.create("http://127.0.0.1:1/introspect")), status, "",
                List.of(), json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, 0, Map.of());
    }

    @Test
    void anIntrospectionTheServerRefusedFailsUnlessTheStepChecksTheStatusItself() {
        HttpResult refused = answer(401, "{\"error\":\"invalid_client\"}");
        assertEquals(List.of(new AuthorizationOutcome.Check("introspection",
                        "introspection: expected HTTP 200 (RFC 7662 \u00a72.2), got 401 invalid_client")),
                TokenManagementChecks.of(OAuthRole.INTROSPECT, refused, false));
        assertEquals(List.of(), TokenManagementChecks.of(OAuthRole.INTROSPECT, refused, true));
    }

    @Test
    void anIntrospectionAnswerNeedsABooleanActive() {
        assertEquals(List.of(new AuthorizationOutcome.Check("introspection", null)),
                TokenManagementChecks.of(OAuthRole.INTROSPECT, answer(200, "{\"active\":false}"), false));
        assertEquals("introspection", TokenManagementChecks.of(OAuthRole.INTROSPECT,
                answer(200, "{\"active\":\"no\"}"), true).get(0).label());
    }
}
