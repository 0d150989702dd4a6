package dev.baton.device;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.baton.testing.CliRun;
import dev.baton.testing.HttpStub;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The device grant (RFC 8628) against an authorization server of the test's own (WireMock, not the sandbox): a poll
 * that times out makes Baton wait twice the interval and poll again (§3.5), rather than end the grant; the sign-in
 * leg registers what the server's pages carry under secret-looking names (a hidden form token) and the cookies they
 * set, so a page that echoes them back shows neither in any output.
 */
class DeviceGrantStubTest {

    private static final String HIDDEN = "hidden-f0rm-t0ken-7d6c5b4a";
    private static final String COOKIE = "c00kie-s1d-0a1b2c3d4e5f";
    private static final String FORM = """
            <!doctype html><html><head><title>Connect a device</title></head><body>
            <form method="post" action="/device/approve">
              <input type="hidden" name="authenticity_token" value="%s">
              <input name="email"> <input type="password" name="password">
              <button type="submit">Allow</button>
            </form></body></html>""".formatted(HIDDEN);

    @TempDir
    Path dir;

    private final HttpStub server = HttpStub.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private void stubCodesAndSignIn(int approveStatus, String approvedPage) {
        server.server().stubFor(post(urlPathEqualTo("/device_authorization")).willReturn(okJson("""
                {"device_code": "dc-9e8d7c6b5a49382716", "user_code": "WDJB-MJHT",
                 "verification_uri": "%1$s/device", "verification_uri_complete": "%1$s/device?user_code=WDJB-MJHT",
                 "expires_in": 600, "interval": 1}""".formatted(server.baseUrl()))));
        server.server().stubFor(get(urlPathEqualTo("/device")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withHeader("Set-Cookie", "device_sid=" + COOKIE + "; Path=/; HttpOnly").withBody(FORM)));
        server.server().stubFor(post(urlPathEqualTo("/device/approve")).willReturn(aResponse()
                .withStatus(approveStatus).withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody(approvedPage)));
        server.server().stubFor(get(urlPathEqualTo("/me")).willReturn(okJson("{\"name\": \"tv\"}")));
    }

    private CliRun run(String... options) {
        Path collection = TestFiles.write(dir, "device.yaml", """
                name: Device stub
                auth:
                  type: device-code
                  clientId: tv-app
                  deviceUrl: %1$s/device_authorization
                  tokenUrl: %1$s/token
                  timeout: 30s
                  login: {fields: {email: viewer@example.test, password: pw-8c7b6a5d}}
                steps:
                  - {name: Who, request: {url: "%1$s/me"}, expect: {status: 200}}
                """.formatted(server.baseUrl()));
        List<String> args = new java.util.ArrayList<>(List.of("run", collection.toString(), "--env",
                TestFiles.emptyEnvironment(dir).toString()));
        args.addAll(List.of(options));
        return CliRun.of(args.toArray(String[]::new));
    }

    private List<LoggedRequest> polls() {
        return server.requests().stream().filter(r -> r.getUrl().startsWith("/token")).toList();
    }

    @Test
    void aPollThatTimesOutIsRetriedAfterTwiceTheInterval() {
        stubCodesAndSignIn(200, "<html><body><p>Your device is connected.</p></body></html>");
        server.server().stubFor(post(urlPathEqualTo("/token")).inScenario("polls")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("answered")
                .willReturn(okJson("{\"error\": \"authorization_pending\"}").withStatus(400).withFixedDelay(2500)));
        server.server().stubFor(post(urlPathEqualTo("/token")).inScenario("polls")
                .whenScenarioStateIs("answered").willReturn(okJson(
                        "{\"access_token\": \"device-at-3f2e1d\", \"token_type\": \"Bearer\", \"expires_in\": 300}")));

        CliRun run = run("--timeout", "700");

        assertEquals(0, run.exitCode(), run::toString);
        List<LoggedRequest> polls = polls();
        assertEquals(2, polls.size(), run::toString);
        long gap = polls.get(1).getLoggedDate().getTime() - polls.get(0).getLoggedDate().getTime();
        assertTrue(gap >= 2_600, "0.7 s timeout, then twice the 1-second interval: " + gap + " ms");
        assertEquals("Bearer device-at-3f2e1d", server.requests().stream().filter(r -> r.getUrl().equals("/me"))
                .findFirst().orElseThrow().getHeader("Authorization"));
    }

    @Test
    void whatTheSignInPagesCarryShowsNowhereWhenAPageEchoesIt() throws Exception {
        stubCodesAndSignIn(403, "<html><head><title>Refused</title></head><body><p class=\"error\">Invalid "
                + "authenticity token " + HIDDEN + " for session " + COOKIE + "</p></body></html>");
        server.server().stubFor(post(urlPathEqualTo("/token"))
                .willReturn(okJson("{\"error\": \"authorization_pending\"}").withStatus(400)));
        Path json = dir.resolve("report.json");

        CliRun run = run("--debug", "--reporter", "json:" + json);

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.all().contains("the sign-in at " + server.baseUrl() + "/device failed"), run::toString);
        assertTrue(run.all().contains("Invalid authenticity token *****"), run::toString);
        String report = Files.readString(json);
        for (String secret : List.of(HIDDEN, COOKIE)) {
            String base64 = Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
            for (String output : List.of(run.all(), report)) {
                assertFalse(output.contains(secret) || output.contains(secret.substring(0, 12))
                        || output.contains(base64.substring(0, 16)), output);
            }
        }
    }
}
