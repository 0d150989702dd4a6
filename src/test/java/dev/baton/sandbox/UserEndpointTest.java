package dev.baton.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserEndpointTest {
    private final MutableClock clock = new MutableClock();
    private OAuthSandbox sandbox;
    private Flow flow;

    @BeforeEach
    void start() {
        sandbox = OAuthSandbox.builder().clock(clock).accessTokenTtl(Duration.ofMinutes(10)).start();
        flow = new Flow(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void noAuthorizationHeaderIsInvalidAccessToken() {
        assertInvalid(flow.browser.get("/v2/users/me"), "Invalid access token.");
    }

    @Test
    void unknownBearerTokenIsInvalidAccessToken() {
        assertInvalid(flow.me("not-a-token"), "Invalid access token.");
    }

    @Test
    void otherSchemeIsInvalidAccessToken() {
        String access = accessToken();

        assertInvalid(flow.browser.get("/v2/users/me", "Basic " + access), "Invalid access token.");
    }

    @Test
    void refreshTokenIsNoAccessToken() {
        String code = flow.code(Flow.publicS256("s"));
        String refresh = Flow.json(flow.publicToken(Flow.codeForm(code, Flow.VERIFIER))).get("refresh_token").asText();

        assertInvalid(flow.me(refresh), "Invalid access token.");
    }

    @Test
    void accessTokenExpiresAfterItsTtl() {
        String access = accessToken();
        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertEquals(200, flow.me(access).statusCode());

        clock.advance(Duration.ofSeconds(1));

        assertInvalid(flow.me(access), "Access token is expired.");
    }

    @Test
    void expiresInFollowsTheConfiguredTtl() {
        String code = flow.code(Flow.publicS256("s"));

        assertEquals(600, Flow.json(flow.publicToken(Flow.codeForm(code, Flow.VERIFIER))).get("expires_in").asInt());
    }

    private String accessToken() {
        String code = flow.code(Flow.publicS256("s"));
        return Flow.json(flow.publicToken(Flow.codeForm(code, Flow.VERIFIER))).get("access_token").asText();
    }

    private static void assertInvalid(HttpResponse<String> response, String message) {
        assertEquals(401, response.statusCode(), response.body());
        JsonNode body = Flow.json(response);
        assertEquals(124, body.get("code").asInt());
        assertEquals(message, body.get("message").asText());
    }
}
