package dev.baton.spring;

import dev.baton.http.ApacheHttpSender;
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
 * Baton against Spring Authorization Server 1.5 (Spring Boot 3.5.7) with Spring's own login page, consent page
 * (scope checkboxes, Cancel) and security chain (401 unless the request accepts HTML), through the CLI with
 * collections of the Zoom collection's shape, with the HTML driver and in headless Chromium. The denied consent runs first, with the client that has not consented
 * yet: Spring remembers a consent for the rest of its life.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SpringAuthorizationServerTest {

    private static SpringAuthorizationServer server;

    @BeforeAll
    static void startServer() {
        server = SpringAuthorizationServer.start();
        System.out.println("Spring Authorization Server: build check " + server.buildTime().toMillis()
                + " ms, start " + server.startTime().toMillis() + " ms");
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
        List<String> args = new ArrayList<>(List.of("run",
                TestFiles.repositoryFile("src/test/resources/spring/" + collection).toString(),
                "--env", TestFiles.repositoryFile("src/test/resources/spring/env.yaml").toString(),
                "--var", "issuer=" + server.issuer()));
        args.addAll(options);
        for (String var : vars) {
            args.add("--var");
            args.add(var);
        }
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    @Order(1)
    void aConsentThatGrantsNoScopeIsDeniedAndFailsTheStep() {
        CliRun run = run("spring-denied.yaml", "clientId=" + SpringAuthorizationServer.CONFIDENTIAL_CLIENT_ID);
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("FAIL   Authorize granting no scope"), run::toString);
        assertTrue(run.out().contains("denied the authorization: error=access_denied"), run::toString);
        assertTrue(run.out().contains("0 passed, 1 failed, 1 skipped"), run::toString);
        assertFalse(run.all().contains(SpringAuthorizationServer.PASSWORD), run::toString);
    }

    @Test
    @Order(2)
    void theZoomShapedCollectionSignsInConsentsAndCallsUserinfo() {
        CliRun run = run("spring-pkce.yaml");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("9 passed, 0 failed"), run::toString);
        assertFalse(run.all().contains(SpringAuthorizationServer.PASSWORD), run::toString);
    }

    @Test
    @Order(3)
    void springAnswers401ToAnAuthorizationRequestThatDoesNotAcceptHtml() throws Exception {
        try (ApacheHttpSender http = new ApacheHttpSender(Duration.ofSeconds(10))) {
            HttpResult bare = http.send(OutgoingRequest.get(URI.create(server.issuer() + "/oauth2/authorize"
                    + "?response_type=code&client_id=" + SpringAuthorizationServer.PUBLIC_CLIENT_ID
                    + "&redirect_uri=" + SpringAuthorizationServer.REDIRECT_URI + "&scope=openid&state=s"
                    + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256")));
            assertEquals(401, bare.status());
            assertEquals("Bearer", bare.header("WWW-Authenticate").orElseThrow());
            String session = bare.header("Set-Cookie").orElseThrow();
            assertTrue(session.startsWith("JSESSIONID=") && !session.contains("Secure"), session);
        }
    }

    /** Spring's real consent page in Chromium: its scope boxes unticked as the step says, then its denial. */
    @Test
    @Order(4)
    void headlesslyAConsentThatGrantsNoScopeIsDeniedToo() {
        CliRun run = run("spring-denied.yaml", List.of("--browser", "headless"),
                "clientId=" + SpringAuthorizationServer.CONFIDENTIAL_CLIENT_ID);
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("denied the authorization: error=access_denied"), run::toString);
        assertFalse(run.all().contains(SpringAuthorizationServer.PASSWORD), run::toString);
    }

    @Test
    @Order(5)
    void headlesslyTheZoomShapedCollectionSignsInAndCallsUserinfo() {
        CliRun run = run("spring-pkce.yaml", List.of("--browser", "headless"));
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("9 passed, 0 failed"), run::toString);
        assertFalse(run.all().contains(SpringAuthorizationServer.PASSWORD), run::toString);
    }
}
