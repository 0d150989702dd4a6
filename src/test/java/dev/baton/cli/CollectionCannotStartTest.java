package dev.baton.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.testing.CliRun;
import dev.baton.testing.HttpStub;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A collection (or one of its iterations) that fails before its first step, because its auth block cannot start or a
 * value it pins is wrong, is told on the console under its name: that it did not run, why (masked) and where, with
 * the line and a caret; the collections after it are reported as ever, and the run exits 1.
 */
class CollectionCannotStartTest {

    private static final String REALM = "Realm-S3cret-Path-77";

    @TempDir
    Path dir;

    private HttpStub http;

    @BeforeEach
    void start() {
        http = HttpStub.start();
        http.server().stubFor(get(urlPathMatching("/realms/.*")).willReturn(aResponse().withStatus(404)
                .withBody("no realm " + REALM)));
        http.server().stubFor(get("/ok").willReturn(aResponse().withStatus(200)));
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private Path openIdCollection() {
        return TestFiles.write(dir, "a.yaml", """
                name: Provider down
                auth:
                  type: openid-connect
                  issuer: %s/realms/<<realm>>
                steps:
                  - name: Authorize
                    oauth: authorize
                    request:
                      url: <<oidc.authorization_endpoint>>
                      query: {response_type: code, client_id: app, redirect_uri: "http://127.0.0.1:1/cb"}
                """.formatted(http.baseUrl()));
    }

    private Path plainCollection() {
        return TestFiles.write(dir, "b.yaml", """
                name: Still runs
                steps:
                  - {name: Get, request: {url: "%s/ok"}}
                """.formatted(http.baseUrl()));
    }

    private CliRun run(List<Path> collections, String... more) {
        List<String> args = new ArrayList<>(List.of("run"));
        collections.forEach(c -> args.add(c.toString()));
        args.addAll(List.of("--env", TestFiles.emptyEnvironment(dir).toString(), "--secret", "realm=" + REALM));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aPlainCollectionWhoseAuthBlockFailsSaysSoUnderItsNameAndTheNextOneStillShows() throws Exception {
        Path report = dir.resolve("r.json");
        CliRun run = run(List.of(openIdCollection(), plainCollection()), "--reporter", "console", "--reporter", "json:" + report);

        assertEquals(1, run.exitCode(), run::toString);
        String out = run.out();
        int header = out.indexOf("Provider down (");
        int error = out.indexOf("ERROR  the collection did not run:");
        int reason = out.indexOf("no metadata for the issuer");
        assertTrue(header >= 0 && error > header && reason > error, run::toString);
        assertTrue(out.contains("--> " + TestFiles.positionOf(dir.resolve("a.yaml"), "type: openid-connect")),
                run::toString);
        assertTrue(out.contains("3 |   type: openid-connect"), run::toString);
        assertTrue(out.indexOf("Still runs (") > reason, run::toString);
        assertTrue(out.contains("PASS   Get"), run::toString);
        assertTrue(out.strip().endsWith("1 passed, 1 failed"), run::toString);
        assertFalse(run.all().contains(REALM), run::toString);
        assertFalse(run.all().contains("Exception"), run::toString);

        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertTrue(json.at("/collections/0/error").asText().contains("no metadata for the issuer"),
                json::toString);
        assertEquals(0, json.at("/collections/0/iterations").size(), json::toString);
    }

    @Test
    void eachIterationThatCannotStartSaysSoAndNoEmptyTimingTableFollows() {
        Path html = dir.resolve("r.html");
        CliRun run = run(List.of(openIdCollection()), "--iterations", "2", "--reporter", "html:" + html);

        assertEquals(1, run.exitCode(), run::toString);
        String out = run.out();
        assertTrue(out.contains("  #1\n    ERROR  the iteration did not run:"), run::toString);
        assertTrue(out.contains("  #2\n    ERROR  the iteration did not run:"), run::toString);
        assertEquals(2, out.split("no metadata for the issuer", -1).length - 1, run::toString);
        assertFalse(out.contains("Timings across iterations"), run::toString);
        assertTrue(out.strip().endsWith("0 passed, 2 failed"), run::toString);
        assertFalse(run.all().contains(REALM), run::toString);
        assertFalse(TestFiles.read(html).contains("Timings across iterations"), "no empty timing table in the page");
    }

    @Test
    void aPinnedValueThatTheAuthBlockRefusesStopsThePlainCollectionWithWhy() {
        Path pkce = TestFiles.write(dir, "p.yaml", """
                name: Pinned verifier
                auth: {type: oauth2-pkce, redirectUri: "http://127.0.0.1:1/cb"}
                steps:
                  - name: Authorize
                    oauth: authorize
                    request:
                      url: %s/authorize
                      query: {response_type: code, client_id: app}
                """.formatted(http.baseUrl()));
        CliRun run = CliRun.of("run", pkce.toString(), "--env", TestFiles.emptyEnvironment(dir).toString(),
                "--var", "pkce.code_verifier=too-short-verifier");

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("Pinned verifier ("), run::toString);
        assertTrue(run.out().contains("ERROR  the collection did not run:"), run::toString);
        assertTrue(run.out().contains("code_verifier must be 43 to 128 characters"), run::toString);
        assertTrue(http.urls().stream().noneMatch(u -> u.startsWith("/authorize")), http.urls()::toString);
    }
}
