package dev.baton.cli;

import dev.baton.testing.CliRun;
import dev.baton.testing.HttpStub;
import dev.baton.testing.JUnitXml;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code baton run ... --reporter junit:FILE}: the XML written, parsed. */
class JUnitXmlReportTest {

    /** What a sandbox token, code or state looks like: 256 bits in base64url. */
    private static final Pattern TOKEN_SHAPED = Pattern.compile("[A-Za-z0-9_-]{43}");

    @TempDir
    Path dir;

    private HttpStub http;
    private Path env;

    @BeforeEach
    void start() {
        http = HttpStub.start();
        http.server().stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(200)));
        env = TestFiles.emptyEnvironment(dir);
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private CliRun run(Path collection, Path report, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", collection.toString(), "--env", env.toString(),
                "--var", "base=" + http.baseUrl(), "--reporter", "junit:" + report));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    private Path mixed() {
        http.server().stubFor(get(urlPathEqualTo("/token")).willReturn(okJson("{\"token_type\":\"mac\"}")));
        return TestFiles.write(dir, "mixed.yaml", """
                name: Mixed outcomes
                steps:
                  - name: Passes
                    request:
                      url: <<base>>/ok
                    expect:
                      status: 200
                  - name: Fails an expectation
                    request:
                      url: <<base>>/token
                    capture:
                      token: {json: $.access_token}
                    expect:
                      json:
                        $.token_type: bearer
                  - name: Cannot connect
                    request:
                      url: http://127.0.0.1:%d/nothing
                  - name: Needs the token
                    request:
                      url: <<base>>/me
                      bearer: <<token>>
                """.formatted(HttpStub.closedPort()));
    }

    @Test
    void oneTestcasePerStepNamedByTheStepWithTheRightCountsAndOutcomes() {
        Path report = dir.resolve("reports/nested/baton.xml");
        CliRun run = run(mixed(), report);

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(Files.isRegularFile(report), "a failed run still writes the report, folders created");
        JUnitXml xml = JUnitXml.parse(report);
        assertEquals(4, xml.count("tests"));
        assertEquals(1, xml.count("failures"));
        assertEquals(1, xml.count("errors"));
        assertEquals(1, xml.count("skipped"));
        assertEquals(Set.of("Passes", "Fails an expectation", "Cannot connect", "Needs the token"),
                xml.testcases().stream().map(JUnitXml.Testcase::name).collect(Collectors.toSet()));
        for (JUnitXml.Testcase testcase : xml.testcases()) {
            assertFalse(testcase.name().contains("://"), "a test name is never a URL: " + testcase.name());
            assertFalse(testcase.classname().contains("://"), testcase.classname());
            assertFalse(testcase.name().contains(http.baseUrl()), testcase.name());
        }

        assertEquals("passed", xml.testcase("Passes").outcome());

        JUnitXml.Testcase failed = xml.testcase("Fails an expectation");
        assertEquals("failure", failed.outcome());
        String failure = failed.child("failure").orElseThrow().getAttribute("message");
        assertTrue(failure.contains("$.token_type: expected"), failure);
        assertTrue(failure.contains("bearer") && failure.contains("but was") && failure.contains("mac"), failure);

        JUnitXml.Testcase error = xml.testcase("Cannot connect");
        assertEquals("error", error.outcome());
        assertTrue(error.child("error").orElseThrow().getAttribute("message").contains("cannot connect"),
                error.allText());
        assertFalse(error.child("error").orElseThrow().getAttribute("type").contains("AssertionError"));

        JUnitXml.Testcase skipped = xml.testcase("Needs the token");
        assertEquals("skipped", skipped.outcome());
        assertTrue(skipped.allText().contains("<<token>>"), skipped.allText());

        String raw = TestFiles.read(report);
        assertFalse(raw.contains("at dev.baton"), "no stack trace in the report");
        List<String> order = xml.testcases().stream().map(JUnitXml.Testcase::name).toList();
        assertEquals(List.of("Passes", "Fails an expectation", "Cannot connect", "Needs the token"), order,
                "test cases in file order");
    }

    @Test
    void anExistingReportIsReplacedWhole() throws Exception {
        Path report = dir.resolve("baton.xml");
        Files.writeString(report, "<stale>" + "STALE-CONTENT ".repeat(20_000) + "</stale>");
        Path collection = TestFiles.write(dir, "ok.yaml", """
                name: Fine
                steps:
                  - name: Only step
                    request:
                      url: <<base>>/ok
                """);

        CliRun run = run(collection, report);

        assertEquals(0, run.exitCode(), run::toString);
        String written = Files.readString(report);
        assertFalse(written.contains("STALE-CONTENT"), "the old report is gone");
        assertFalse(written.contains("<stale>"));
        JUnitXml xml = JUnitXml.parse(report);
        assertEquals(1, xml.count("tests"));
        assertEquals("passed", xml.testcase("Only step").outcome());
        try (var leftovers = Files.list(dir)) {
            assertEquals(List.of(), leftovers.filter(p -> p.getFileName().toString().startsWith(".baton-junit"))
                    .toList(), "no work folder is left behind");
        }
    }

    @Test
    void twoReportersWriteTwoReports() {
        Path first = dir.resolve("a.xml");
        Path second = dir.resolve("b/b.xml");
        Path collection = TestFiles.write(dir, "ok.yaml", """
                name: Fine
                steps:
                  - name: Only step
                    request:
                      url: <<base>>/ok
                """);
        CliRun run = run(collection, first, "--reporter", "junit:" + second);
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(1, JUnitXml.parse(first).count("tests"));
        assertEquals(1, JUnitXml.parse(second).count("tests"));
        assertEquals(1, http.requests().size(), "the collection ran once");
    }

    @Test
    void theRepositoryCollectionAgainstTheSandboxGivesFourPassingTestcasesAndNoSecrets() {
        Path report = dir.resolve("zoom.xml");
        CliRun run = CliRun.of("run", TestFiles.repositoryFile("collections/zoom-oauth-pkce.yaml").toString(),
                "--env", TestFiles.repositoryFile("environments/local.yaml").toString(),
                "--reporter", "junit:" + report);

        assertEquals(0, run.exitCode(), run::toString);
        JUnitXml xml = JUnitXml.parse(report);
        assertEquals(4, xml.count("tests"));
        assertEquals(0, xml.count("failures"));
        assertEquals(0, xml.count("errors"));
        assertEquals(0, xml.count("skipped"));
        assertEquals(List.of("Authorize", "Exchange the code for tokens", "Call the API as the signed-in user",
                "Refresh the access token"), xml.testcases().stream().map(JUnitXml.Testcase::name).toList());
        assertNoSecrets(TestFiles.read(report), xml, run);
    }

    @Test
    void failureMessagesAboutTokensAreMaskedInTheReportAndOnTheConsole() {
        String authorize = """
                    oauth: authorize
                    request:
                      url: <<zoomBaseUrl>>/oauth/authorize
                      query:
                        response_type: code
                        client_id: <<clientId>>
                        redirect_uri: <<redirectUri>>
                    login:
                      fields:
                        email: <<zoomUser>>
                        password: <<zoomPassword>>
                """;
        Path collection = TestFiles.write(dir, "leaky.yaml", """
                name: Leaky
                auth:
                  type: oauth2-pkce
                steps:
                  - name: Authorize
                %s
                  - name: Exchange
                    oauth: token
                    request:
                      method: POST
                      url: <<zoomBaseUrl>>/oauth/token
                      basicAuth: {username: <<clientId>>, password: <<clientSecret>>}
                      form:
                        grant_type: authorization_code
                        code: <<oauth.code>>
                        redirect_uri: <<redirectUri>>
                    expect:
                      status: 200
                      json:
                        $.access_token: <<clientSecret>>
                        $.refresh_token: <<zoomPassword>>
                  - name: Authorize again
                %s
                    expect:
                      headers:
                        Location: {contains: no-such-thing}
                """.formatted(authorize, authorize));
        Path report = dir.resolve("leaky.xml");
        CliRun run = CliRun.of("run", collection.toString(),
                "--env", TestFiles.repositoryFile("environments/local.yaml").toString(),
                "--reporter", "junit:" + report);

        assertEquals(1, run.exitCode(), run::toString);
        JUnitXml xml = JUnitXml.parse(report);
        assertEquals(3, xml.count("tests"));
        assertEquals(2, xml.count("failures"), TestFiles.read(report));
        assertEquals("passed", xml.testcase("Authorize").outcome());
        assertEquals("failure", xml.testcase("Exchange").outcome());
        String location = xml.testcase("Authorize again").child("failure").orElseThrow().getAttribute("message");
        assertTrue(location.contains("Location: expected") && location.contains("code=*****"), location);
        String message = xml.testcase("Exchange").child("failure").orElseThrow().getAttribute("message");
        assertTrue(message.contains("$.access_token: expected") && message.contains("*****"), message);
        assertNoSecrets(TestFiles.read(report), xml, run);
    }

    @Test
    void aSecretGivenOnTheCommandLineDoesNotReachTheReportThroughTheJavaCommandProperty() {
        Path collection = TestFiles.write(dir, "cli-secret.yaml", """
                name: Command-line secret
                steps:
                  - name: Uses the secret
                    request:
                      url: <<base>>/ok
                      headers:
                        X-Secret: <<clientSecret>>
                """);
        Path report = dir.resolve("cli-secret.xml");
        String secret = "cli-given-secret-value-0042";
        String before = System.getProperty("sun.java.command");
        System.setProperty("sun.java.command", "dev.baton.cli.BatonCommand run " + collection
                + " --var clientSecret=" + secret + " --reporter junit:" + report);
        CliRun run;
        try {
            run = run(collection, report, "--var", "clientSecret=" + secret);
        } finally {
            if (before == null) {
                System.clearProperty("sun.java.command");
            } else {
                System.setProperty("sun.java.command", before);
            }
        }
        assertEquals(0, run.exitCode(), run::toString);
        assertFalse(TestFiles.read(report).contains(secret), "the secret is in the report");
        assertFalse(run.all().contains(secret), run::toString);
        assertEquals(1, JUnitXml.parse(report).count("tests"));
    }

    private static void assertNoSecrets(String rawXml, JUnitXml xml, CliRun run) {
        for (String secret : List.of("sandbox-client-secret", "sandbox-password")) {
            assertFalse(rawXml.contains(secret), "the report holds " + secret);
            assertFalse(run.all().contains(secret), "the console holds " + secret + "\n" + run);
        }
        for (JUnitXml.Testcase testcase : xml.testcases()) {
            assertFalse(TOKEN_SHAPED.matcher(testcase.allText()).find(),
                    "a token, code or state leaked into the report:\n" + testcase.allText());
        }
        assertFalse(TOKEN_SHAPED.matcher(run.all()).find(), "a token, code or state leaked to the console:\n" + run);
    }
}
