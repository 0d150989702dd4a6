package dev.baton.keycloak;

import dev.baton.http.ApacheHttpSender;
import dev.baton.http.Header;
import dev.baton.http.HttpResult;
import dev.baton.http.OutgoingRequest;
import dev.baton.testing.CliRun;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Baton against Keycloak 24 in development mode: its own login and consent pages (Yes/No), session cookies that are
 * {@code Secure; SameSite=None} over http, {@code iss} in the authorization response (RFC 9207), PKCE required for
 * the public client; through the CLI with collections of the Zoom collection's shape, with the HTML driver and in
 * headless Chromium. The denied consent runs first, with the client that has not consented yet.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakTest {

    private static KeycloakServer server;

    @BeforeAll
    static void startServer() {
        server = KeycloakServer.start();
        System.out.println("Keycloak started in " + server.startTime().toMillis() + " ms");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static CliRun run(String collection, String... vars) {
        return run(collection, List.of(), vars);
    }

    private static CliRun run(String collection, List<String> options, String... vars) {
        List<String> args = new ArrayList<>(options);
        args.addAll(0, List.of("run",
                TestFiles.repositoryFile("src/test/resources/keycloak/" + collection).toString(),
                "--env", TestFiles.repositoryFile("src/test/resources/keycloak/env.yaml").toString(),
                "--var", "issuer=" + server.issuer()));
        for (String var : vars) {
            args.add("--var");
            args.add(var);
        }
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    @Order(1)
    void pressingNoOnTheConsentPageFailsTheStepAndSaysItWasDenied() {
        CliRun run = run("keycloak-denied.yaml", "clientId=" + KeycloakServer.CONFIDENTIAL_CLIENT_ID);
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("FAIL   Authorize and press No"), run::toString);
        assertTrue(run.out().contains("denied the authorization: error=access_denied"), run::toString);
        assertFalse(run.all().contains(KeycloakServer.PASSWORD), run::toString);
    }

    @Test
    @Order(2)
    void theZoomShapedCollectionSignsInConsentsAndChecksTheIssuer() {
        CliRun run = run("keycloak-pkce.yaml");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("8 passed, 0 failed"), run::toString);
        assertFalse(run.all().contains(KeycloakServer.PASSWORD), run::toString);
    }

    @Test
    @Order(4)
    void keycloakMarksItsSessionCookieSecureOverPlainHttp() throws Exception {
        try (ApacheHttpSender http = new ApacheHttpSender(Duration.ofSeconds(10))) {
            HttpResult page = http.send(new OutgoingRequest("GET", URI.create(server.issuer()
                    + "/protocol/openid-connect/auth?response_type=code&client_id=" + KeycloakServer.PUBLIC_CLIENT_ID
                    + "&redirect_uri=https://baton.test/oauth/callback&scope=openid&code_challenge="
                    + "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"),
                    List.of(new Header("Accept", "text/html")), null, null, null));
            assertEquals(200, page.status());
            assertTrue(page.headers().stream().anyMatch(h -> h.name().equalsIgnoreCase("Set-Cookie")
                    && h.value().startsWith("AUTH_SESSION_ID=") && h.value().contains("Secure")
                    && h.value().contains("SameSite=None")), page.headers()::toString);
        }
    }

    /** Keycloak's real login page in Chromium: its Secure cookies over http, its form post, its redirect held. */
    @Test
    @Order(5)
    void theSameCollectionSignsInHeadlesslyInChromium() {
        CliRun run = run("keycloak-pkce.yaml", List.of("--browser", "headless"));
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("8 passed, 0 failed"), run::toString);
        assertFalse(run.all().contains(KeycloakServer.PASSWORD), run::toString);
    }

    @Test
    @Order(3)
    void anIssuerOtherThanTheOneExpectedFailsTheAuthorization() {
        CliRun run = run("keycloak-mixup.yaml", "expectedIssuer=https://idp.example/realms/baton");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("iss: the authorization response names the issuer '" + server.issuer()
                + "', not 'https://idp.example/realms/baton' (RFC 9207)"), run::toString);
    }
}
