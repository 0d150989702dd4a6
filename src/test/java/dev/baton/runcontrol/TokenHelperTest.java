package dev.baton.runcontrol;

import dev.baton.testing.CliRun;
import dev.baton.testing.HttpStub;
import dev.baton.testing.TestFiles;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.nio.file.Path;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The token helpers: client credentials and Zoom's account credentials, fetched once per run, expiry honoured. */
class TokenHelperTest {

    private static final String COLLECTION = """
            name: client credentials
            auth:
              type: client-credentials
              tokenUrl: <<base>>/token
              clientId: the-client
              clientSecret: the-client-secret-value
              scope: api:read
            steps:
              - name: call
                request: {url: "<<base>>/api"}
                expect: {status: 200}
            """;

    @Test
    void theTokenIsFetchedOnceAndSentAsBearer(@TempDir Path dir) {
        try (HttpStub http = HttpStub.start()) {
            http.server().stubFor(post(urlPathEqualTo("/token")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"access_token\":\"tok-0123456789abcdef\",\"token_type\":\"bearer\","
                            + "\"expires_in\":3600}")));
            http.server().stubFor(get(urlPathEqualTo("/api")).withHeader("Authorization",
                    equalTo("Bearer tok-0123456789abcdef")).willReturn(aResponse().withStatus(200)));

            CliRun run = CliRun.of("run", TestFiles.write(dir, "c.yaml", COLLECTION).toString(), "--env",
                    TestFiles.emptyEnvironment(dir).toString(), "--var", "base=" + http.baseUrl(),
                    "--iterations", "3", "--debug");

            assertEquals(0, run.exitCode(), run::toString);
            http.server().verify(1, postRequestedFor(urlPathEqualTo("/token"))
                    .withRequestBody(equalTo("grant_type=client_credentials&scope=api%3Aread")));
            http.server().verify(3, getRequestedFor(urlPathEqualTo("/api")));
            assertFalse(run.all().contains("tok-0123456789abcdef"), run::toString);
            assertFalse(run.all().contains("the-client-secret-value"), run::toString);
        }
    }

    @Test
    void anExpiredTokenIsFetchedAgain(@TempDir Path dir) {
        try (HttpStub http = HttpStub.start()) {
            http.server().stubFor(post(urlPathEqualTo("/token")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"access_token\":\"short-lived-token\",\"expires_in\":1}")));
            http.server().stubFor(get(urlPathEqualTo("/api")).willReturn(aResponse().withStatus(200)));

            CliRun run = CliRun.of("run", TestFiles.write(dir, "c.yaml", COLLECTION).toString(), "--env",
                    TestFiles.emptyEnvironment(dir).toString(), "--var", "base=" + http.baseUrl(),
                    "--iterations", "2", "--delay", "1200");

            assertEquals(0, run.exitCode(), run::toString);
            http.server().verify(2, postRequestedFor(urlPathEqualTo("/token")));
        }
    }

    @Test
    void aRefusedTokenRequestIsAnErrorOfTheStep(@TempDir Path dir) {
        try (HttpStub http = HttpStub.start()) {
            http.server().stubFor(post(urlPathEqualTo("/token")).willReturn(aResponse().withStatus(401)
                    .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_client\"}")));

            CliRun run = CliRun.of("run", TestFiles.write(dir, "c.yaml", COLLECTION).toString(), "--env",
                    TestFiles.emptyEnvironment(dir).toString(), "--var", "base=" + http.baseUrl());

            assertEquals(1, run.exitCode(), run::toString);
            assertTrue(run.out().contains("ERROR  call"), run::toString);
            assertTrue(run.out().contains("cannot get an access token") && run.out().contains("invalid_client"),
                    run::toString);
        }
    }

    @Test
    void clientCredentialsAgainstMockOAuth2Server(@TempDir Path dir) throws Exception {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        try (HttpStub api = HttpStub.start()) {
            api.server().stubFor(get(urlPathEqualTo("/api")).withHeader("Authorization",
                    com.github.tomakehurst.wiremock.client.WireMock.matching("Bearer eyJ.+"))
                    .willReturn(aResponse().withStatus(200)));
            String collection = COLLECTION.replace("<<base>>/token", "<<issuer>>/token");

            CliRun run = CliRun.of("run", TestFiles.write(dir, "c.yaml", collection).toString(), "--env",
                    TestFiles.emptyEnvironment(dir).toString(), "--var", "base=" + api.baseUrl(), "--var",
                    "issuer=" + server.issuerUrl("default").toString().replaceAll("/$", ""));

            assertEquals(0, run.exitCode(), run::toString);
        } finally {
            server.shutdown();
        }
    }

    @Test
    void zoomAccountCredentialsAgainstTheSandbox() {
        CliRun run = CliRun.of("run", TestFiles.repositoryFile("collections/zoom-server-to-server.yaml").toString(),
                "--env", TestFiles.repositoryFile("environments/local.yaml").toString());

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().strip().endsWith("2 passed, 0 failed"), run::toString);
    }
}
