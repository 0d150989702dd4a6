package dev.baton.auth.types;

import dev.baton.testing.CliRun;
import dev.baton.testing.HttpStub;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code auth: {type: api-key}}: a key on every step, as a header or a query parameter, masked everywhere. */
class ApiKeyTest {

    private static final String KEY = "k3y-0f-the-api-4a1b2c3d";

    private static CliRun run(Path dir, String collection, HttpStub http, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("run", TestFiles.write(dir, "c.yaml", collection)
                .toString(), "--env", TestFiles.emptyEnvironment(dir).toString(), "--var", "base=" + http.baseUrl(),
                "--secret", "apiKey=" + KEY));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aHeaderKeyGoesOnEveryStepThatDoesNotSendItsOwn(@TempDir Path dir) {
        try (HttpStub http = HttpStub.start()) {
            http.server().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("ok")));
            CliRun run = run(dir, """
                    name: api key
                    auth: {type: api-key, name: X-Api-Key, value: <<apiKey>>}
                    steps:
                      - name: one
                        request: {url: "<<base>>/one"}
                      - name: two
                        request: {url: "<<base>>/two", method: POST, json: {a: 1}}
                      - name: own key
                        request: {url: "<<base>>/three", headers: {x-api-key: the-step-s-own}}
                    """, http, "--debug");

            assertEquals(0, run.exitCode(), run::toString);
            http.server().verify(getRequestedFor(urlPathEqualTo("/one")).withHeader("X-Api-Key", equalTo(KEY)));
            assertEquals(List.of(KEY), http.requests().get(1).getHeaders().getHeader("X-Api-Key").values());
            assertEquals(List.of("the-step-s-own"), http.requests().get(2).getHeaders().getHeader("X-Api-Key")
                    .values());
            assertTrue(run.err().contains("X-Api-Key"), run::toString);
            assertFalse(run.all().contains(KEY), run::toString);
        }
    }

    @Test
    void aQueryKeyIsAddedToTheQueryUnlessTheStepWritesIt(@TempDir Path dir) {
        try (HttpStub http = HttpStub.start()) {
            http.server().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
            CliRun run = run(dir, """
                    name: api key in the query
                    auth: {type: api-key, in: query, name: api key, value: "<<apiKey>>&x"}
                    steps:
                      - name: plain
                        request: {url: "<<base>>/plain"}
                      - name: with a query
                        request: {url: "<<base>>/q?page=2#top", query: {tag: a b}}
                      - name: own key
                        request: {url: "<<base>>/own", query: {api key: mine}}
                    """, http, "--debug");

            assertEquals(0, run.exitCode(), run::toString);
            assertEquals(List.of("/plain?api+key=" + KEY + "%26x", "/q?page=2&tag=a+b&api+key=" + KEY + "%26x",
                    "/own?api+key=mine"), http.urls());
            http.server().verify(getRequestedFor(urlPathEqualTo("/plain")).withHeader("X-Api-Key", absent()));
            assertFalse(run.all().contains(KEY), run::toString);
        }
    }

    @Test
    void badBlocksAreLoadErrorsWithTheirPlace(@TempDir Path dir) {
        try (HttpStub http = HttpStub.start()) {
            CliRun where = run(dir, "auth: {type: api-key, in: cookie, name: k, value: v}\nsteps:\n"
                    + "  - {name: s, request: {url: \"<<base>>/\"}}\n", http);
            assertEquals(2, where.exitCode(), where::toString);
            assertTrue(where.err().contains("auth in must be 'header' or 'query', found 'cookie'"), where::toString);
            assertTrue(where.err().contains("c.yaml:1:27"), where::toString);

            CliRun missing = run(dir, "auth: {type: api-key, name: k}\nsteps:\n"
                    + "  - {name: s, request: {url: \"<<base>>/\"}}\n", http);
            assertEquals(2, missing.exitCode(), missing::toString);
            assertTrue(missing.err().contains("auth of type api-key needs 'value'"), missing::toString);

            CliRun header = run(dir, "auth: {type: api-key, name: 'X Key', value: v}\nsteps:\n"
                    + "  - {name: s, request: {url: \"<<base>>/\"}}\n", http);
            assertEquals(2, header.exitCode(), header::toString);
            assertTrue(header.err().contains("c.yaml:1:29"), header::toString);

            CliRun undefined = run(dir, "auth: {type: api-key, name: k, value: <<apiKee>>}\nsteps:\n"
                    + "  - {name: s, request: {url: \"<<base>>/\"}}\n", http);
            assertEquals(2, undefined.exitCode(), undefined::toString);
            assertTrue(undefined.err().contains("undefined variable 'apiKee'; did you mean 'apiKey'?"),
                    undefined::toString);
            assertEquals(List.of(), http.urls(), "nothing is sent after a load error");
        }
    }
}
