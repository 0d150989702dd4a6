package dev.baton.importer;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.baton.testing.CliRun;
import dev.baton.testing.HttpStub;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code baton import curl}: the printed step, pasted into a collection and run against a loopback server, sends what
 * the curl command line sends; its secrets are variables and are never printed.
 */
class CurlImportTest {

    @TempDir
    Path dir;

    /** Imports the line, runs the step against the stub with {@code vars}, and returns what the stub received. */
    private LoggedRequest sent(HttpStub http, String line, String vars) {
        CliRun imported = CliRun.of("import", "curl", line.replace("BASE", http.baseUrl()));
        assertEquals(0, imported.exitCode(), imported::toString);
        Path collection = TestFiles.write(dir, "c.yaml", "name: Pasted\nsteps:\n" + imported.out().lines()
                .map(l -> "  " + l).reduce("", (a, b) -> a + b + "\n"));
        Path environment = TestFiles.write(dir, "e.yaml", "vars:\n" + vars);
        CliRun run = CliRun.of("run", collection.toString(), "--env", environment.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(1, http.requests().size(), run::toString);
        return http.requests().get(0);
    }

    @Test
    void aBrowsersCopyAsCurlLineSendsTheSameRequest() {
        try (HttpStub http = HttpStub.start()) {
            http.server().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
            String line = """
                    curl 'BASE/v1/users?page=2' \\
                      -X PATCH \\
                      -H 'Accept: application/json' \\
                      -H $'X-Note: it\\'s \\xc3\\xa9' \\
                      -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl" \\
                      --data-raw '{"name":"Ada","admin":false}' \\
                      -u ada:not-sent-pw""";
            CliRun imported = CliRun.of("import", "curl", line.replace("BASE", http.baseUrl()));
            assertEquals(0, imported.exitCode(), imported::toString);
            assertFalse(imported.all().contains("eyJzdWIiOiIxIn0") || imported.all().contains("not-sent-pw"),
                    imported::toString);
            assertTrue(imported.out().contains("bearer: <<token>>"), imported::toString);
            assertTrue(imported.out().contains("-u is not sent"), imported::toString);

            LoggedRequest request = sent(http, line, "  token: {value: the-token-value, secret: true}\n");
            assertEquals("PATCH", request.getMethod().getName());
            assertEquals("/v1/users?page=2", request.getUrl());
            assertEquals("Bearer the-token-value", request.getHeader("Authorization"));
            assertEquals("it's \u00e9", request.getHeader("X-Note"));
            assertEquals("{\"name\":\"Ada\",\"admin\":false}", request.getBodyAsString());
        }
    }

    @Test
    void formDataUserAndVariablesOfTheShellBecomeBatonsOwn() {
        try (HttpStub http = HttpStub.start()) {
            http.server().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
            String line = "curl BASE/login -u \"$CLIENT_ID:$CLIENT_SECRET\" --data-urlencode 'password=p@ss w&rd' "
                    + "-d user=ada -d 'scope=a b'";
            CliRun imported = CliRun.of("import", "curl", line);
            assertTrue(imported.out().contains("password: <<CLIENT_SECRET>>")
                    && imported.out().contains("give password, CLIENT_SECRET in an environment"), imported::toString);
            LoggedRequest request = sent(http, line, "  CLIENT_ID: app\n  CLIENT_SECRET: {value: s3cr3t!, secret: "
                    + "true}\n  password: {value: 'p@ss w&rd', secret: true}\n");
            assertEquals("POST", request.getMethod().getName());
            assertEquals("Basic " + Base64.getEncoder().encodeToString("app:s3cr3t!".getBytes(StandardCharsets.UTF_8)),
                    request.getHeader("Authorization"));
            assertTrue(request.getHeader("Content-Type").startsWith("application/x-www-form-urlencoded"));
            assertEquals("password=p%40ss+w%26rd&user=ada&scope=a+b", request.getBodyAsString());
        }
    }

    @Test
    void jsonAndAnApiKeyHeader() {
        try (HttpStub http = HttpStub.start()) {
            http.server().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
            CliRun imported = CliRun.of("import", "curl", "curl https://a.test/j --json '{\"a\": 1}' -H 'X-Api-Key: "
                    + "k-1234567890'");
            assertTrue(imported.out().contains("X-Api-Key: <<xApiKey>>") && !imported.all().contains("k-1234567890"),
                    imported::toString);
            LoggedRequest request = sent(http, "curl BASE/j --json '{\"a\": 1}'", "  unused: 1\n");
            assertEquals("POST", request.getMethod().getName());
            assertEquals("application/json", request.getHeader("Content-Type"));
            assertEquals("application/json", request.getHeader("Accept"));
            assertEquals("{\"a\": 1}", request.getBodyAsString());
        }
    }

    @Test
    void whatIsNotACurlLineIsRefused() {
        CliRun wget = CliRun.of("import", "curl", "wget https://a.test/");
        assertEquals(2, wget.exitCode(), wget::toString);
        assertTrue(wget.err().contains("not a curl command: it starts with 'wget'"), wget::toString);
        CliRun nothing = CliRun.of("import", "curl");
        assertEquals(2, nothing.exitCode(), nothing::toString);
    }
}
