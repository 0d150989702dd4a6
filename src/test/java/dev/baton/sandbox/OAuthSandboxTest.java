package dev.baton.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OAuthSandboxTest {

    @Test
    void listensOnLoopbackAtAFreePort() {
        try (OAuthSandbox sandbox = OAuthSandbox.start(0)) {
            assertTrue(sandbox.port() > 0);
            assertEquals("http://127.0.0.1:" + sandbox.port(), sandbox.baseUrl());
        }
    }

    @Test
    void anythingElseIsA404WithAJsonBody() {
        try (OAuthSandbox sandbox = OAuthSandbox.start(0)) {
            Browser browser = new Browser(sandbox);
            for (HttpResponse<String> response : List.of(browser.get("/v2/users/someone"),
                    browser.post("/oauth/authorize", Flow.params("a", "b")), browser.get("/"))) {
                assertEquals(404, response.statusCode(), response.body());
                assertEquals(404, Flow.json(response).get("code").asInt());
            }
        }
    }

    @Test
    void theWireMockAdminApiIsClosed() {
        try (OAuthSandbox sandbox = OAuthSandbox.start(0)) {
            HttpResponse<String> response = new Browser(sandbox).get("/__admin/mappings");

            assertEquals(401, response.statusCode());
            assertFalse(response.body().contains("baton-sandbox"), response.body());
        }
    }

    @Test
    void instancesDoNotShareState() {
        try (OAuthSandbox first = OAuthSandbox.start(0); OAuthSandbox second = OAuthSandbox.start(0)) {
            Flow flow = new Flow(first);
            String code = flow.code(Flow.publicS256("s"));
            String access = Flow.json(flow.publicToken(Flow.codeForm(code, Flow.VERIFIER)))
                    .get("access_token").asText();

            assertNotEquals(first.port(), second.port());
            assertEquals(200, flow.me(access).statusCode());
            assertEquals(401, new Flow(second).me(access).statusCode());
        }
    }

    @Test
    void closeStopsListening() {
        OAuthSandbox sandbox = OAuthSandbox.start(0);
        Browser browser = new Browser(sandbox);
        assertEquals(404, browser.get("/").statusCode());

        sandbox.close();

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> browser.get("/"));
        assertTrue(failure.getCause() instanceof ConnectException, String.valueOf(failure.getCause()));
    }

    @Test
    void aTakenPortIsReportedWithTheAddress() {
        try (OAuthSandbox sandbox = OAuthSandbox.start(0)) {
            IllegalStateException failure = assertThrows(IllegalStateException.class,
                    () -> OAuthSandbox.start(sandbox.port()));
            assertTrue(failure.getMessage().contains("127.0.0.1:" + sandbox.port()), failure.getMessage());
        }
    }

    @Test
    void builderRefusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> OAuthSandbox.builder().port(-1));
        assertThrows(IllegalArgumentException.class, () -> OAuthSandbox.builder().port(65536));
        assertThrows(IllegalArgumentException.class, () -> OAuthSandbox.builder().codeTtl(Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> OAuthSandbox.builder().accessTokenTtl(Duration.ofSeconds(-1)));
    }

    @Test
    void writesNothingToStandardOutOrErr() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try (OAuthSandbox sandbox = OAuthSandbox.start(0)) {
            Flow flow = new Flow(sandbox);
            String code = flow.code(Flow.publicS256("s"));
            flow.publicToken(Flow.codeForm(code, "wrong-verifier-0123456789-abcdefghijklmnopqrstu"));
            flow.browser.get("/unmatched");
            flow.authorize(Flow.params("client_id", "nobody"));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }
}
