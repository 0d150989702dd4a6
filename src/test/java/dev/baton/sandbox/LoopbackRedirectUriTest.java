package dev.baton.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The loopback redirect URI is accepted on any port (RFC 8252 §7.3), and bound to the token request as sent. */
class LoopbackRedirectUriTest {
    private OAuthSandbox sandbox;
    private Flow flow;

    @BeforeEach
    void start() {
        sandbox = OAuthSandbox.start(0);
        flow = new Flow(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:49152/oauth/callback", "http://127.0.0.1/oauth/callback",
            "http://localhost:8765/oauth/callback", "http://[::1]:8765/oauth/callback"})
    void anyLoopbackPortIsAccepted(String redirectUri) {
        Map<String, String> params = Flow.publicS256("s1");
        params.put("redirect_uri", redirectUri);

        HttpResponse<String> page = flow.authorize(params);
        assertEquals(200, page.statusCode(), page.body());
        String location = flow.approve(page);

        assertTrue(location.startsWith(redirectUri + "?code="), location);
        Map<String, String> form = Flow.codeForm(Browser.query(location).get("code"), Flow.VERIFIER);
        form.put("redirect_uri", redirectUri);
        assertEquals(200, flow.publicToken(form).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:49152/other", "https://127.0.0.1:49152/oauth/callback",
            "http://127.0.0.2:49152/oauth/callback", "http://evil.test:49152/oauth/callback"})
    void otherPathsSchemesAndHostsAreRefused(String redirectUri) {
        Map<String, String> params = Flow.publicS256("s1");
        params.put("redirect_uri", redirectUri);

        HttpResponse<String> page = flow.authorize(params);

        assertEquals(400, page.statusCode(), page.body());
        assertTrue(page.body().contains("Invalid redirect_uri"), page.body());
    }

    @Test
    void theTokenRequestMustNameTheSamePort() {
        Map<String, String> params = Flow.publicS256("s1");
        params.put("redirect_uri", "http://127.0.0.1:49152/oauth/callback");
        String code = Browser.query(flow.approve(flow.authorize(params))).get("code");
        Map<String, String> form = Flow.codeForm(code, Flow.VERIFIER);
        form.put("redirect_uri", "http://127.0.0.1:49153/oauth/callback");

        Flow.assertOAuthError(flow.publicToken(form), 400, "invalid_grant");
    }
}
