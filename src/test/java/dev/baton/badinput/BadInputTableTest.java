package dev.baton.badinput;

import dev.baton.testing.CliRun;
import dev.baton.testing.HttpStub;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bad input of {@code docs/errors.md}, through the real CLI: the message, the exit code, no stack trace (checked
 * by {@link CliRun}) and whether a request reached the server. Each test's display name is its row's input, and
 * {@link #everyRowOfDocsErrorsMdHasATestAndEveryTestARow()} keeps the page and the tests in step.
 */
class BadInputTableTest {

    private static final String LINK_TEST = "every row of docs/errors.md has a test, and every test a row";

    @TempDir
    Path dir;

    private HttpStub http;
    private Path env;
    private String displayName;

    @BeforeEach
    void start(TestInfo info) {
        displayName = info.getDisplayName();
        http = HttpStub.start();
        http.server().stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(200).withBody("ok")));
        env = TestFiles.emptyEnvironment(dir);
    }

    @AfterEach
    void stop() {
        http.close();
    }

    // ---------------------------------------------------------------- helpers

    /** {@code baton args... --env <empty environment>}. */
    private CliRun baton(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        if (!all.contains("--env")) {
            all.addAll(List.of("--env", env.toString()));
        }
        return CliRun.of(all.toArray(String[]::new));
    }

    /** A collection of one step that GETs {@code url}. */
    private Path oneStep(String name, String url) {
        return TestFiles.write(dir, name, """
                name: One step
                steps:
                  - name: a
                    request:
                      url: "%s"
                """.formatted(url));
    }

    /** A one-step collection that GETs {@code url}, refused before anything is sent, at the URL's line and column. */
    private CliRun refusedUrl(String url) {
        Path file = oneStep("c.yaml", url);
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, file + ":5:13", "5 |       url: \"", "  |             ^");
        assertFalse(sent());
        return run;
    }

    private boolean sent() {
        return !http.requests().isEmpty();
    }

    /** Checks the run against this test's row of docs/errors.md. */
    private void matchesTheTable(CliRun run) {
        ErrorTable.Row row = ErrorTable.read().get(displayName);
        assertTrue(row != null, () -> "docs/errors.md has no row '" + displayName + "'; the run printed\n" + run);
        row.check(run, sent());
    }

    private static void assertMentions(CliRun run, String... words) {
        for (String word : words) {
            assertTrue(run.all().contains(word), () -> "expected '" + word + "' in\n" + run);
        }
    }

    // ---------------------------------------------------------------- the collection file

    @Test
    @DisplayName("Malformed YAML (an unclosed quote)")
    void malformedYaml() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request:
                      url: "%s/x
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, "invalid YAML", "quoted scalar", file + ":5:12");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("Wrong value type (`followRedirects: maybe`)")
    void wrongScalarType() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request:
                      url: %s/x
                    followRedirects: maybe
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, "followRedirects must be true or false, found 'maybe'", file + ":6:22");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("Wrong value type (`steps` is a map, not a list)")
    void wrongStructureType() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  name: a
                  request:
                    url: %s/x
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, "steps must be a list, found a map", file + ":3:3");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("Unknown key (`expcet` in a step)")
    void unknownKey() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request:
                      url: %s/x
                    expcet:
                      status: 200
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, "unknown key 'expcet' in a step; did you mean 'expect'?", file + ":6:5", "    expcet:",
                "    ^");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("Undefined variable (`<<baseurl>>` in step 2, `baseUrl` defined)")
    void undefinedVariable() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                vars:
                  baseUrl: %s
                steps:
                  - name: first
                    request:
                      url: <<baseUrl>>/first
                  - name: second
                    request:
                      url: <<baseurl>>/second
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, "undefined variable 'baseurl'; did you mean 'baseUrl'?", file + ":10:12");
        assertFalse(sent(), "the first step must not run when a later one uses an undefined variable");
        matchesTheTable(run);
    }

    @Test
    @DisplayName("Self-referencing variable (`a: <<b>>/x`, `b: <<a>>`)")
    void selfReferencingVariable() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                vars:
                  a: <<b>>/x
                  b: <<a>>
                steps:
                  - name: a
                    request:
                      url: <<a>>/y
                """);
        CliRun run = baton("run", file.toString());
        // the exit code is 1 today and should be 2 (docs/errors.md, known issues): only "not 0" is checked
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, "variable 'a' refers to itself: a -> b -> a", file + ":3:6");
        assertFalse(sent());
        matchesTheTable(run);
    }

    /** Counts its instances: a YAML tag naming it must never get it constructed. */
    public static final class Tripwire {
        static final AtomicInteger CREATED = new AtomicInteger();

        public Tripwire() {
            CREATED.incrementAndGet();
        }

        public Tripwire(String value) {
            CREATED.incrementAndGet();
        }
    }

    @Test
    @DisplayName("YAML custom tag (`!!javax.script.ScriptEngineManager [...]`)")
    void customTag() {
        // instantiated, this would load script engines from the stub: a request would arrive
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request:
                      url: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["%s/"]]]]
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, "tag", "javax.script.ScriptEngineManager", file + ":5:12");
        assertFalse(sent(), "the ScriptEngineManager payload reached out to the stub");

        int before = Tripwire.CREATED.get();
        Path tripwire = TestFiles.write(dir, "t.yaml", """
                name: !!dev.baton.badinput.BadInputTableTest$Tripwire armed
                steps:
                  - name: a
                    request: {url: "%s/x"}
                """.formatted(http.baseUrl()));
        CliRun validate = baton("validate", tripwire.toString());
        assertEquals(2, validate.exitCode(), validate::toString);
        assertEquals(before, Tripwire.CREATED.get(), "a class named by a YAML tag was constructed");
        matchesTheTable(run);
    }

    @Test
    @DisplayName("Alias bomb (billion laughs)")
    void aliasBomb() {
        StringBuilder yaml = new StringBuilder("name: x\nvars:\n  lol0: &lol0 [\"lol\", \"lol\", \"lol\", \"lol\", "
                + "\"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (int level = 1; level <= 9; level++) {
            yaml.append("  lol").append(level).append(": &lol").append(level).append(" [")
                    .append(String.join(", ", Collections.nCopies(9, "*lol" + (level - 1)))).append("]\n");
        }
        yaml.append("steps:\n  - name: a\n    request: {url: \"").append(http.baseUrl()).append("/x\"}\n");
        Path file = TestFiles.write(dir, "c.yaml", yaml.toString());
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> baton("run", file.toString()));
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, "invalid YAML", "aliases expand the file", file + ":3:");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A 50 MB file")
    void fiftyMegabytes() throws IOException {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request: {url: "%s/x"}
                # padding:
                """.formatted(http.baseUrl()));
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(50L * 1024 * 1024);
        }
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> baton("run", file.toString()));
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, "file is 52428800 bytes; the limit is 2 MiB", file + ":1:1");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("Deep nesting (100 nested flow lists)")
    void deepNesting() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request:
                      url: "%s/x"
                      json: %s
                """.formatted(http.baseUrl(), "[".repeat(100) + "]".repeat(100)));
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> baton("run", file.toString()));
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, "invalid YAML", "Nesting Depth exceeded max 40", file.toString());
        assertFalse(sent());
        matchesTheTable(run);
    }

    // ---------------------------------------------------------------- URLs

    @Test
    @DisplayName("Invalid URL: bad scheme (`ftp://`)")
    void badScheme() {
        Path file = oneStep("c.yaml", "ftp://127.0.0.1:" + http.server().port() + "/x");
        CliRun run = baton("run", file.toString());
        // exit 1 today; a literal URL could be refused by validate with exit 2 (known issues): checked "not 0"
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, "invalid URL 'ftp://127.0.0.1:", "it must start with http:// or https://",
                file + ":5:13");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("Invalid URL: no host (`http:///x`)")
    void noHost() {
        matchesTheTable(refusedUrl("http:///x"));
    }

    @Test
    @DisplayName("Invalid URL: spaces in the path and query (escaped and sent)")
    void spacesInPath() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request:
                      url: "%s/a b?q=c d"
                    expect:
                      status: 200
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(List.of("/a%20b?q=c%20d"), http.urls());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("Invalid URL: a space in the host")
    void spaceInHost() {
        matchesTheTable(refusedUrl("http://exa mple.com/x"));
    }

    @Test
    @DisplayName("Invalid URL: no scheme (`127.0.0.1:<port>/x`)")
    void noScheme() {
        matchesTheTable(refusedUrl("127.0.0.1:" + http.server().port() + "/x"));
    }

    @Test
    @DisplayName("Invalid URL: `http:` without `//` (`http:/x`)")
    void schemeWithoutSlashes() {
        matchesTheTable(refusedUrl("http:/x"));
    }

    @Test
    @DisplayName("Invalid URL: a port that is not a number (`:80a`)")
    void portNotANumber() {
        matchesTheTable(refusedUrl("http://127.0.0.1:80a/x"));
    }

    @Test
    @DisplayName("Invalid URL: an IPv6 address without its `]` (from a variable)")
    void unclosedIpv6FromAVariable() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: One step
                vars: {base: "http://[::1"}
                steps:
                  - name: a
                    request: {url: "<<base>>/x"}
                """);
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, file + ":5:21", "5 |     request: {url: \"<<base>>/x\"}", "  |                     ^");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("Invalid URL: a host name that is not ASCII (`bücher.example`)")
    void nonAsciiHost() {
        matchesTheTable(refusedUrl("http://bücher.example/x"));
    }

    // ---------------------------------------------------------------- environments

    @Test
    @DisplayName("Unknown environment name (`--env stagin`)")
    void unknownEnvironment() {
        TestFiles.write(dir, "environments/staging.yaml", "vars:\n  base: " + http.baseUrl() + "\n");
        Path file = TestFiles.write(dir, "collections/c.yaml", """
                name: x
                steps:
                  - name: a
                    request: {url: "<<base>>/x"}
                """);
        CliRun run = baton("run", file.toString(), "--env", "stagin");
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, "unknown environment 'stagin'; did you mean 'staging'?", "known environments: ",
                "staging", "(--env stagin)");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A secret whose OS variable is unset")
    void unsetSecret() {
        String osName = "BATON_BADINPUT_NEVER_SET_7F3A";
        assertEquals(null, System.getenv(osName));
        Path environment = TestFiles.write(dir, "environments/ci.yaml", """
                vars:
                  base: %s
                  apiToken: {env: %s, secret: true}
                """.formatted(http.baseUrl(), osName));
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: public
                    request: {url: "<<base>>/public"}
                  - name: private
                    request:
                      url: <<base>>/private
                      bearer: <<apiToken>>
                """);
        CliRun run = baton("run", file.toString(), "--env", environment.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, "variable 'apiToken' has no value: the OS environment variable " + osName
                + " is not set (" + environment + ":3:19)", file + ":8:15");
        assertFalse(sent(), "no step may run, not even the one without the secret");
        matchesTheTable(run);
    }

    // ---------------------------------------------------------------- the network

    @Test
    @DisplayName("Unreachable host (closed loopback port)")
    void unreachableHost() {
        int port = HttpStub.closedPort();
        Path file = oneStep("c.yaml", "http://127.0.0.1:" + port + "/x");
        CliRun run = baton("run", file.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertMentions(run, "ERROR", "cannot connect to http://127.0.0.1:" + port + ": Connection refused",
                "0 passed, 1 failed");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("TLS failure (`https://` against a plain HTTP port)")
    void tlsFailure() {
        Path file = oneStep("c.yaml", "https://127.0.0.1:" + http.server().port() + "/x");
        CliRun run = baton("run", file.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertMentions(run, "ERROR", "TLS failure with https://127.0.0.1:" + http.server().port(),
                "the server did not answer with TLS; is the URL meant to be http://?");
        assertFalse(sent(), "no HTTP request can arrive over a failed handshake");
        matchesTheTable(run);
    }

    @Test
    @DisplayName("Timeout (`--timeout 200`, the server answers after 1.5 s)")
    void timeout() throws InterruptedException {
        http.server().stubFor(get(urlPathEqualTo("/slow")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(1500)));
        Path file = oneStep("c.yaml", http.baseUrl() + "/slow");
        CliRun run = baton("run", file.toString(), "--timeout", "200");
        assertEquals(1, run.exitCode(), run::toString);
        assertMentions(run, "ERROR", "timed out after 200 ms waiting for " + http.baseUrl());
        Matcher time = Pattern.compile("ERROR\\s+a\\s+(\\d+) ms").matcher(run.out());
        assertTrue(time.find(), run::toString);
        long millis = Long.parseLong(time.group(1));
        assertTrue(millis < 1200, "the step took " + millis + " ms: the 200 ms timeout was not applied");
        // WireMock logs a request once its delayed response is written
        for (int i = 0; i < 40 && http.requests().isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertEquals(List.of("/slow"), http.urls());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("Response body over the 10 MiB limit (11 MiB)")
    void bodyTooLarge() {
        byte[] body = new byte[11 * 1024 * 1024];
        Arrays.fill(body, (byte) 'a');
        http.server().stubFor(get(urlPathEqualTo("/big")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain").withBody(body)));
        Path file = oneStep("c.yaml", http.baseUrl() + "/big");
        CliRun run = baton("run", file.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertMentions(run, "ERROR", "response body is larger than the limit of 10485760 bytes from " + http.baseUrl());
        assertTrue(run.all().length() < 100_000, "the body was printed: " + run.all().length() + " characters");
        assertEquals(List.of("/big"), http.urls());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("Invalid JSON where a JSONPath is asked")
    void invalidJson() {
        http.server().stubFor(get(urlPathEqualTo("/page")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("<html>not json</html>")));
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request:
                      url: %s/page
                    expect:
                      json:
                        $.token_type: bearer
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertMentions(run, "ERROR", "the body is not JSON (content type application/json)", "<html>not json");
        assertEquals(List.of("/page"), http.urls());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A body in ISO-8859-1 (`body: {contains: \"é\"}`) works")
    void latin1Body() {
        http.server().stubFor(get(urlPathEqualTo("/latin1")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain; charset=ISO-8859-1")
                .withBody("caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1))));
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request:
                      url: %s/latin1
                    expect:
                      body: {contains: "é"}
                  - name: b
                    request:
                      url: %s/latin1
                    expect:
                      body: "café crème"
                """.formatted(http.baseUrl(), http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertMentions(run, "2 passed, 0 failed");
        matchesTheTable(run);
    }

    // ---------------------------------------------------------------- the command line

    @Test
    @DisplayName("Missing collection file")
    void missingFile() {
        CliRun run = baton("run", dir.resolve("nothere.yaml").toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, "no such file or directory: " + dir.resolve("nothere.yaml"));
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("Empty collection file")
    void emptyFile() {
        Path file = TestFiles.write(dir, "c.yaml", "");
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, "the collection is empty; it needs at least 'name' and 'steps'", file.toString());
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A directory with no collections")
    void emptyDirectory() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        TestFiles.write(empty, "notes.txt", "not a collection\n");
        CliRun run = baton("run", empty.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, "no collections (YAML files with 'steps:') in " + empty);
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A directory whose YAML files are environments only")
    void directoryOfEnvironments() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("envs"));
        TestFiles.write(folder, "dev.yaml", "vars:\n  baseUrl: \"" + http.baseUrl() + "\"\n");
        CliRun run = baton("run", folder.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, "it holds only", "dev.yaml");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("Unknown sandbox switch (`switches: [secure-cookie]`)")
    void unknownSandboxSwitch() {
        Path env = TestFiles.write(dir, "local.yaml", "sandbox: {switches: [secure-cookie]}\n");
        CliRun run = baton("run", oneStep("c.yaml", http.baseUrl() + "/x").toString(), "--env", env.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, env + ":1:22");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("`expect: {oauth: ...}` on a step without `oauth: authorize`")
    void oauthExpectationOnAnOrdinaryStep() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request: {url: "%s/x"}
                    expect:
                      oauth: {error: access_denied}
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, file + ":6:7");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("Unknown parameter under `expect: oauth` (`eror`)")
    void unknownOAuthParameter() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    oauth: authorize
                    request: {url: "%s/x", query: {redirect_uri: "https://app.test/cb"}}
                    expect:
                      oauth: {eror: access_denied}
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, file + ":7:15");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("An unknown auth type (`type: api-keys`)")
    void unknownAuthType() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                auth: {type: api-keys, name: X-Key, value: k}
                steps:
                  - {name: a, request: {url: "%s/x"}}
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, file + ":2:14");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("An API key sent elsewhere than a header or the query (`in: cookie`)")
    void apiKeyInACookie() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                auth: {type: api-key, in: cookie, name: session, value: k}
                steps:
                  - {name: a, request: {url: "%s/x"}}
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, file + ":2:27");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("An unknown client authentication (`clientAuth: tls_client_auth`)")
    void unknownClientAuth() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                auth: {type: openid-connect, issuer: "%s", clientId: c, clientAuth: tls_client_auth}
                steps:
                  - {name: a, request: {url: "%s/x"}}
                """.formatted(http.baseUrl(), http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, file + ":2:");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A client assertion without its credential (`clientAuth: private_key_jwt`, no `clientKey`)")
    void clientAssertionWithoutKey() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                auth: {type: openid-connect, issuer: "%s", clientId: c, clientAuth: private_key_jwt}
                steps:
                  - {name: a, request: {url: "%s/x"}}
                """.formatted(http.baseUrl(), http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, file + ":2:");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A `par` that is no boolean (`par: maybe`)")
    void parNotBoolean() {
        assertAuthBlockRefused("{type: openid-connect, issuer: \"%s\", par: maybe}".formatted(http.baseUrl()));
    }

    @Test
    @DisplayName("A `dpop` that is no boolean (`dpop: sometimes`)")
    void dpopNotBoolean() {
        assertAuthBlockRefused("{type: openid-connect, issuer: \"%s\", dpop: sometimes}".formatted(http.baseUrl()));
    }

    @Test
    @DisplayName("An `openid-connect` block with no issuer, and no `issuer` variable")
    void openIdWithoutIssuer() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                auth: {type: openid-connect}
                steps:
                  - {name: a, request: {url: "%s/x"}}
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, file + ":2:7");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A `device-code` block without `login`")
    void deviceCodeWithoutLogin() {
        assertAuthBlockRefused("{type: device-code, issuer: \"%s\", clientId: c}".formatted(http.baseUrl()));
    }

    @Test
    @DisplayName("A `device-code` block with `deviceUrl` and no `tokenUrl`")
    void deviceUrlWithoutTokenUrl() {
        assertAuthBlockRefused("{type: device-code, deviceUrl: \"%s/device\", clientId: c, login: {}}"
                .formatted(http.baseUrl()));
    }

    @Test
    @DisplayName("A `device-code` block with no issuer, no endpoints and no `issuer` variable")
    void deviceCodeWithoutEndpoints() {
        assertAuthBlockRefused("{type: device-code, clientId: c, login: {}}");
    }

    @Test
    @DisplayName("A `device-code` timeout that is no duration (`timeout: soon`)")
    void deviceCodeBadTimeout() {
        assertAuthBlockRefused("{type: device-code, issuer: \"%s\", clientId: c, login: {}, timeout: soon}"
                .formatted(http.baseUrl()));
    }

    /** An auth block refused at its line, before anything is sent, as the table says. */
    private void assertAuthBlockRefused(String block) {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                auth: %s
                steps:
                  - {name: a, request: {url: "%s/x"}}
                """.formatted(block, http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, file + ":2:");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A login page without `match`")
    void loginPageWithoutMatch() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    oauth: authorize
                    request: {url: "%s/x", query: {redirect_uri: "https://app.test/cb"}}
                    login:
                      pages:
                        - fields: {code: "123"}
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, file + ":8:11");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("An `oauth: authorize` step that does not say where the flow ends (no `redirect_uri`, no `redirectUri`)")
    void authorizeWithoutRedirectUri() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                auth: {type: oauth2-pkce}
                vars: {authorizeUrl: "%s/authorize?client_id=abc"}
                steps:
                  - name: a
                    oauth: authorize
                    request: {url: "<<authorizeUrl>>", query: {scope: read}}
                    login: {fields: {u: x}}
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertMentions(run, file + ":5:5");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("An invalid CSS selector in `login` (`submit: \"button[\"`)")
    void invalidLoginSelector() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    oauth: authorize
                    request: {url: "%s/x", query: {redirect_uri: "https://app.test/cb"}}
                    login: {fields: {u: x}, submit: "button["}
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertMentions(run, file + ":6:37");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("An invalid CSS selector in a login page's `match` (`form: \"a[href\"`)")
    void invalidLoginPageSelector() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    oauth: authorize
                    request: {url: "%s/x", query: {redirect_uri: "https://app.test/cb"}}
                    login:
                      pages: [{match: {form: "a[href"}, fields: {u: x}}]
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertMentions(run, file + ":7:30");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("Unknown `--reporter` kind (`nope:x.xml`)")
    void unknownReporter() {
        Path file = oneStep("c.yaml", http.baseUrl() + "/x");
        CliRun run = baton("run", file.toString(), "--reporter", "nope:" + dir.resolve("x.xml"));
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, "unknown reporter 'nope'", "junit:FILE");
        assertFalse(sent());
        assertFalse(Files.exists(dir.resolve("x.xml")));
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A report path that cannot be written (below a regular file)")
    void unwritableReport() {
        Path blocker = TestFiles.write(dir, "blocker", "a file, not a folder\n");
        Path file = oneStep("c.yaml", http.baseUrl() + "/x");
        CliRun run = baton("run", file.toString(), "--reporter", "junit:" + blocker.resolve("baton.xml"));
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, "error: cannot write report");
        assertFalse(sent(), "the report path must be checked before anything is sent");
        matchesTheTable(run);
    }

    @Test
    @DisplayName("`--iterations 0`")
    void zeroIterations() {
        Path file = oneStep("c.yaml", http.baseUrl() + "/x");
        CliRun run = baton("run", file.toString(), "--iterations", "0");
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, "--iterations must be from 1 to 100000");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("`--max-redirects -1`")
    void negativeRedirectLimit() {
        Path file = oneStep("c.yaml", http.baseUrl() + "/x");
        CliRun run = baton("run", file.toString(), "--max-redirects", "-1");
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, "--max-redirects must be from 0 to 1000");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A bad `--data` file (a CSV row with too many fields)")
    void badDataFile() {
        Path data = TestFiles.write(dir, "users.csv", "user,role\nada,admin\nbob,user,extra\n");
        Path file = oneStep("c.yaml", http.baseUrl() + "/<<user>>");
        CliRun run = baton("run", file.toString(), "--data", data.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, "row 2 has 3 fields; the header has 2", data + ":3:1", "bob,user,extra");
        assertFalse(sent(), "no row may run when one row is bad");
        matchesTheTable(run);
    }

    @Test
    @DisplayName("Unknown `--step` name")
    void unknownStep() {
        Path file = oneStep("c.yaml", http.baseUrl() + "/x");
        CliRun run = baton("run", file.toString(), "--step", "b");
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, "no step named 'b'; did you mean 'a'? (--step b)");
        assertFalse(sent());
        matchesTheTable(run);
    }

    // ---------------------------------------------------------------- found before sending (issue 11)

    @Test
    @DisplayName("Port out of range (`:99999`)")
    void portOutOfRange() {
        Path file = oneStep("c.yaml", "http://127.0.0.1:99999/x");
        CliRun run = baton("run", file.toString());
        assertMentions(run, file + ":5:13");
        matchesTheTable(run);
    }

    @Test
    @DisplayName("User info in a URL (`http://user:pw@host/`)")
    void userInfo() {
        Path file = oneStep("c.yaml", "http://ada:pw-in-url-123@127.0.0.1:" + http.server().port() + "/x");
        CliRun run = baton("validate", file.toString());
        assertFalse(run.all().contains("pw-in-url-123"), run::toString);
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A header name with a space (`X Bad: 1`)")
    void headerNameWithSpace() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request:
                      url: %s/x
                      headers: {X Bad: 1}
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertMentions(run, file + ":6:17");
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A header value with a line break (`X-A: \"a\\r\\nInjected: 1\"`)")
    void headerValueWithLineBreak() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request:
                      url: %s/x
                      headers: {X-A: "a\\r\\nInjected: 1"}
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertMentions(run, file + ":6:22");
        matchesTheTable(run);
    }

    @Test
    @DisplayName("An invalid JSONPath in a capture (`$..[`)")
    void invalidJsonPath() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request: {url: "%s/x"}
                    capture:
                      id: {json: "$..["}
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertFalse(run.all().contains("Exception"), run::toString);
        assertMentions(run, file + ":6:19");
        matchesTheTable(run);
    }

    @Test
    @DisplayName("An invalid regex in a capture (`regex: '(a'`)")
    void invalidCaptureRegex() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request: {url: "%s/x"}
                    capture:
                      id: {regex: "(a"}
                """.formatted(http.baseUrl()));
        CliRun run = baton("validate", file.toString());
        assertMentions(run, file + ":6:22");
        matchesTheTable(run);
    }

    @Test
    @DisplayName("An invalid XPath (`xpath: '//a['`)")
    void invalidXPath() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request: {url: "%s/x"}
                    expect:
                      xpath:
                        "//a[": 1
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, file + ":7:10");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("An invalid JSON Schema (`jsonSchema: {type: 12}`)")
    void invalidJsonSchema() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request: {url: "%s/x"}
                    expect:
                      jsonSchema: {type: 12}
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, file + ":6:19", "/type: integer found, array expected");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A JSON Schema file that does not exist (`jsonSchema: schemas/user.json`)")
    void missingSchemaFile() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request: {url: "%s/x"}
                    expect:
                      jsonSchema: schemas/user.json
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, file + ":6:19");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A body file that does not exist (`body: {file: payload.json}`)")
    void missingBodyFile() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: first
                    request: {url: "%s/first"}
                  - name: a
                    request: {method: POST, url: "%s/x", body: {file: payload.json}}
                """.formatted(http.baseUrl(), http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, "payload.json");
        assertFalse(sent(), "not even the first step runs");
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A multipart file that does not exist (`file: {file: data/report.pdf}`)")
    void missingMultipartFile() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request:
                      method: POST
                      url: "%s/x"
                      multipart:
                        file: {file: data/report.pdf}
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, file + ":8:22");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("An unknown function (`<<name | uper>>`)")
    void unknownFunction() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                vars: {name: ada}
                steps:
                  - name: a
                    request: {url: "%s/<<name | uper>>"}
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, file + ":5:");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A function argument that does not fit (`<<$now | plus:5 minutes>>`)")
    void badFunctionArgument() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request: {url: "%s/x?at=<<$now | plus:5 minutes>>"}
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A value that does not fit its function when the step runs (`<<token | jwtClaim:sub>>`)")
    void valueThatDoesNotFitItsFunction() {
        http.server().stubFor(get(urlPathEqualTo("/login")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"token\":\"not-a-jwt\"}")));
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: login
                    request: {url: "%s/login"}
                    capture:
                      token: {json: $.token, public: true}
                  - name: a
                    request: {url: "%s/x?sub=<<token | jwtClaim:sub>>"}
                """.formatted(http.baseUrl(), http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertMentions(run, "ERROR", file + ":8:");
        assertEquals(List.of("/login"), http.urls());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("An unknown cookie attribute (`SID@HtpOnly`)")
    void unknownCookieAttribute() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request: {url: "%s/x"}
                    expect:
                      cookie:
                        SID@HtpOnly: true
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A JWT's signature with no issuer known (`jwt: {$.id_token: {signature: valid}}`, no `issuer:`, no openid-connect `auth:`)")
    void jwtSignatureWithoutIssuer() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request: {url: "%s/x"}
                    expect:
                      jwt:
                        $.id_token: {signature: valid}
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("c.yaml:7:22"), run::toString);
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("An invalid JSONPath into a JWT (`claims: {$..[: read}`)")
    void invalidJwtClaimPath() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request: {url: "%s/x"}
                    expect:
                      jwt:
                        $.access_token: {claims: {"$..[": read}}
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("An unknown key in a JWT's expectation (`claim:`)")
    void unknownJwtKey() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request: {url: "%s/x"}
                    expect:
                      jwt:
                        $.access_token: {claim: {$.scope: read}}
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A value that is not a JWT when the step runs (`jwt: {$.access_token: ...}` on an opaque token)")
    void opaqueTokenIsNotAJwt() {
        http.server().stubFor(get(urlPathEqualTo("/x")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"access_token\": \"opaque-7f3a9c2e1b\"}")));
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request: {url: "%s/x"}
                    expect:
                      jwt:
                        $.access_token: {claims: {$.scope: read}}
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertFalse(run.out().contains("opaque-7f3a9c2e1b"), run::toString);
        matchesTheTable(run);
    }

    @Test
    @DisplayName("An unknown certificate field (`expireDay`)")
    void unknownCertificateField() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request: {url: "%s/x"}
                    expect:
                      certificate: {expireDay: {gt: 30}}
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A misspelt operator under `when:` (`{env: {eqals: prod}}`)")
    void misspeltWhenOperator() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    when: {env: {eqals: prod}}
                    request: {url: "%s/x"}
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A GraphQL response with `errors` (status 200)")
    void graphqlErrors() {
        http.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/graphql"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"errors\":[{\"message\":\"Cannot query field \\\"boom\\\"\"}]}")));
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request:
                      url: "%s/graphql"
                      graphql: {query: "{ boom }"}
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertMentions(run, file + ":6:7");
        matchesTheTable(run);
    }

    @Test
    @DisplayName("An invalid CSS selector (`html: 'a[href'`)")
    void invalidSelector() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request: {url: "%s/x"}
                    expect:
                      html: {"a[href": Home}
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("`status: abc`")
    void statusNotANumber() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request: {url: "%s/x"}
                    expect: {status: abc}
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertMentions(run, file + ":5:22");
        matchesTheTable(run);
    }

    /** One step whose expectation or header takes the value of {@code --var NAME=VALUE}, run with that option. */
    private CliRun filledFromVar(String request, String expect, String var) {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request: {url: "%s/x"%s}
                    expect: %s
                """.formatted(http.baseUrl(), request, expect));
        CliRun run = baton("run", file.toString(), "--var", var);
        assertFalse(sent(), run::toString);
        return run;
    }

    @Test
    @DisplayName("An invalid JSONPath from `--var` (`jp=$..[`)")
    void jsonPathFromVar() {
        CliRun run = filledFromVar("", "{json: {\"<<jp>>\": 1}}", "jp=$..[");
        assertMentions(run, "c.yaml:5:22");
        matchesTheTable(run);
    }

    @Test
    @DisplayName("An invalid regex from `--var` (`re=(a` in `matches:`)")
    void regexFromVar() {
        CliRun run = filledFromVar("", "{body: {matches: \"x<<re>>\"}}", "re=(a");
        assertMentions(run, "c.yaml:5:32");
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A status from `--var` (`s=abc`)")
    void statusFromVar() {
        CliRun run = filledFromVar("", "{status: \"<<s>>\"}", "s=abc");
        assertMentions(run, "c.yaml:5:23");
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A header name from `--var` (`h=X Bad`)")
    void headerNameFromVar() {
        CliRun run = filledFromVar(", headers: {\"<<h>>\": v}", "{status: 200}", "h=X Bad");
        assertMentions(run, "c.yaml:4:59");
        matchesTheTable(run);
    }

    @Test
    @DisplayName("`ftp://` from a variable")
    void ftpFromVariable() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                vars:
                  base: ftp://127.0.0.1:%d
                steps:
                  - name: a
                    request: {url: "<<base>>/x"}
                """.formatted(http.server().port()));
        CliRun run = baton("run", file.toString());
        assertMentions(run, file + ":6:21");
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A report path that cannot be written (in `/proc`)")
    void reportInProc() {
        Path file = oneStep("c.yaml", http.baseUrl() + "/x");
        CliRun run = baton("run", file.toString(), "--reporter", "json:/proc/r.json");
        matchesTheTable(run);
    }

    @Test
    @DisplayName("The same file for two reports")
    void sameReportTwice() {
        Path file = oneStep("c.yaml", http.baseUrl() + "/x");
        Path report = dir.resolve("r.out");
        CliRun run = baton("run", file.toString(), "--reporter", "json:" + report, "--reporter", "html:" + report);
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A report in a folder that does not exist (it is created)")
    void reportFolderCreated() {
        Path file = oneStep("c.yaml", http.baseUrl() + "/x");
        Path report = dir.resolve("new/folder/r.json");
        CliRun run = baton("run", file.toString(), "--reporter", "json:" + report);
        assertTrue(Files.isRegularFile(report), run::toString);
        matchesTheTable(run);
    }

    @Test
    @DisplayName("`--key` without `--cert`")
    void keyWithoutCert() {
        Path key = TestFiles.write(dir, "k.pem", "not read\n");
        Path file = oneStep("c.yaml", http.baseUrl() + "/x");
        CliRun run = baton("run", file.toString(), "--key", key.toString());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A bad `--proxy` (`ftp://proxy:21`)")
    void badProxy() {
        Path file = oneStep("c.yaml", http.baseUrl() + "/x");
        CliRun run = baton("run", file.toString(), "--proxy", "ftp://proxy:21");
        matchesTheTable(run);
    }

    @Test
    @DisplayName("`--insecure` with a missing `--cacert`")
    void insecureWithMissingCacert() {
        Path file = oneStep("c.yaml", http.baseUrl() + "/x");
        CliRun run = baton("run", file.toString(), "--insecure", "--cacert", dir.resolve("none.pem").toString());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A CSV data file with an unclosed quote")
    void csvUnclosedQuote() {
        Path data = TestFiles.write(dir, "d.csv", "user\n\"ada\n");
        Path file = oneStep("c.yaml", http.baseUrl() + "/<<user>>");
        CliRun run = baton("run", file.toString(), "--data", data.toString());
        assertFalse(run.all().contains("org.apache") || run.all().contains("CSVException"), run::toString);
        assertMentions(run, data + ":2:1");
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A JSON data file nested 2000 deep")
    void jsonDataTooDeep() {
        Path data = TestFiles.write(dir, "d.json", "[".repeat(2000) + "]".repeat(2000));
        Path file = oneStep("c.yaml", http.baseUrl() + "/x");
        CliRun run = baton("run", file.toString(), "--data", data.toString());
        assertFalse(run.all().contains("StreamReadConstraints"), run::toString);
        matchesTheTable(run);
    }

    @Test
    @DisplayName("Duplicate CSV columns")
    void duplicateCsvColumns() {
        Path data = TestFiles.write(dir, "d.csv", "user,role,user\nada,admin,bob\n");
        Path file = oneStep("c.yaml", http.baseUrl() + "/<<user>>");
        CliRun run = baton("run", file.toString(), "--data", data.toString());
        assertMentions(run, data + ":1:11");
        matchesTheTable(run);
    }

    @Test
    @DisplayName("Unbalanced quotes in a `--var` value (`name=a\"b`)")
    void unbalancedQuotes() {
        Path file = oneStep("c.yaml", http.baseUrl() + "/<<name>>");
        CliRun run = baton("run", file.toString(), "--var", "name=a\"b");
        assertFalse(run.all().contains("picocli") || run.all().contains("dev.baton"), run::toString);
        assertEquals(List.of("/a%22b"), http.urls());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("`--var =x`")
    void varWithoutName() {
        Path file = oneStep("c.yaml", http.baseUrl() + "/x");
        CliRun run = baton("run", file.toString(), "--var", "=x");
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A collection that does not load, with `--step a`")
    void stepAfterLoadFailure() {
        Path file = TestFiles.write(dir, "c.yaml", "name: x\nsteps: {}\n");
        CliRun run = baton("run", file.toString(), "--step", "a");
        assertFalse(run.all().contains("no step named"), run::toString);
        matchesTheTable(run);
    }

    @Test
    @DisplayName("`environments/local.yaml` of the working directory, a collection elsewhere")
    void localEnvironmentOfTheWorkingDirectory() {
        assertTrue(Files.isRegularFile(Path.of("environments/local.yaml")), "the repository has a local.yaml");
        Path file = oneStep("c.yaml", http.baseUrl() + "/x");
        CliRun run = CliRun.of("validate", file.toString());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("`/dev/null` as the collection")
    void devNull() {
        CliRun run = baton("run", "/dev/null");
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A named pipe (FIFO) as the collection")
    void fifo() throws Exception {
        Path fifo = dir.resolve("c.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo failed");
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> baton("run", fifo.toString()));
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A server that sends a byte every 200 ms (`--timeout 1000`)")
    void trickle() {
        http.server().stubFor(get(urlPathEqualTo("/slow")).willReturn(aResponse().withStatus(200)
                .withBody("x".repeat(100)).withChunkedDribbleDelay(100, 20_000)));
        Path file = oneStep("c.yaml", http.baseUrl() + "/slow");
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> baton("run", file.toString(), "--timeout", "1000"));
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A body that does not decode as its `Content-Encoding` says")
    void undecodableBody() {
        http.server().stubFor(get(urlPathEqualTo("/gz")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Encoding", "gzip").withBody("plain, not gzip")));
        Path file = oneStep("c.yaml", http.baseUrl() + "/gz");
        CliRun run = baton("run", file.toString());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A secret shorter than 4 characters")
    void shortSecret() {
        Path file = oneStep("c.yaml", http.baseUrl() + "/x?pin=<<pin>>");
        CliRun run = baton("run", file.toString(), "--secret", "pin=123");
        matchesTheTable(run);
    }

    // ---------------------------------------------------------------- audit files

    private Path audit(String name, String extra) {
        return TestFiles.write(dir, name, """
                name: An audit
                audit:
                  issuer: "%s"
                  clientId: a-client
                %s
                """.formatted(http.baseUrl(), extra));
    }

    @Test
    @DisplayName("An unknown probe in an audit file (`probes: [pkce-downgrad]`)")
    void unknownProbe() {
        Path file = audit("a.yaml", "  redirectUri: https://app.test/cb\n  probes: [pkce-downgrad]");
        CliRun run = baton("audit", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, file + ":6:12");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("An audit file without `redirectUri`")
    void auditWithoutRedirectUri() {
        Path file = audit("a.yaml", "");
        CliRun run = baton("audit", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, file + ":2:1");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("An audit file with `steps:`")
    void auditWithSteps() {
        Path file = audit("a.yaml", "  redirectUri: https://app.test/cb\nsteps: []");
        CliRun run = baton("run", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, file + ":6:1");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("`baton audit` given a collection of requests")
    void auditOfACollection() {
        CliRun run = baton("audit", oneStep("c.yaml", http.baseUrl() + "/x").toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("`baton audit --probe pkce-downgrad`")
    void unknownProbeOption() {
        Path file = audit("a.yaml", "  redirectUri: https://app.test/cb");
        CliRun run = baton("audit", file.toString(), "--probe", "pkce-downgrad");
        assertEquals(2, run.exitCode(), run::toString);
        assertFalse(sent());
        matchesTheTable(run);
    }

    // ---------------------------------------------------------------- sign-in engines

    @Test
    @DisplayName("An unknown sign-in engine (`login: {browser: firefox}`)")
    void unknownSignInEngine() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    oauth: authorize
                    request: {url: "%s/authorize", query: {redirect_uri: "http://127.0.0.1:9/cb"}}
                    login: {browser: firefox}
                """.formatted(http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertMentions(run, file + ":6:");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("An unknown engine for the run (`--browser firefox` or `BATON_BROWSER=firefox`)")
    void unknownRunEngine() {
        Path file = oneStep("c.yaml", http.baseUrl() + "/x");
        CliRun run = baton("run", file.toString(), "--browser", "firefox");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("`saveRefreshToken` without `refreshToken` in `auth: {type: login}`")
    void saveRefreshTokenAlone() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: x
                auth: {type: login, tokenUrl: "%s/token", clientId: c, saveRefreshToken: kept.txt}
                steps:
                  - name: a
                    request: {url: "%s/x"}
                """.formatted(http.baseUrl(), http.baseUrl()));
        CliRun run = baton("run", file.toString());
        assertMentions(run, file + ":2:");
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("A secret that is a short plain word (`test`)")
    void plainWordSecret() {
        Path file = oneStep("c.yaml", http.baseUrl() + "/x?password=<<password>>");
        CliRun run = baton("run", file.toString(), "--secret", "password=test");        matchesTheTable(run);
    }

    // ---------------------------------------------------------------- baton import

    /** {@code baton import KIND FILE --out DIR} of a file written with {@code content}; nothing may be written. */
    private CliRun importing(String kind, String name, String content) {
        Path file = TestFiles.write(dir, name, content);
        Path out = dir.resolve("imported");
        CliRun run = CliRun.of("import", kind, file.toString(), "--out", out.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, file.getFileName() + ":");
        assertFalse(Files.exists(out), "nothing is written");
        return run;
    }

    private static final String POSTMAN_V21 = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

    @Test
    @DisplayName("`baton import postman` of a JSON file that is not a Postman collection")
    void importNotPostman() {
        matchesTheTable(importing("postman", "c.json", "{\"foo\": 1}"));
    }

    @Test
    @DisplayName("`baton import postman` of an unknown schema version (v3.0)")
    void importUnknownPostmanVersion() {
        matchesTheTable(importing("postman", "c.json", "{\"info\": {\"name\": \"X\", \"schema\": "
                + "\"https://schema.getpostman.com/json/collection/v3.0.0/collection.json\"}, \"item\": []}"));
    }

    @Test
    @DisplayName("`baton import postman` of broken JSON")
    void importBrokenJson() {
        CliRun run = importing("postman", "c.json", "{\"info\": {\"name\": \"X\",\n \"schema\": \"" + POSTMAN_V21
                + "\"}, \"item\": [}");
        assertMentions(run, "c.json:2:");
        assertFalse(run.all().contains("Source:") || run.all().contains("StreamReadFeature"), run::toString);
        matchesTheTable(run);
    }

    @Test
    @DisplayName("`baton import postman` of a collection with no requests")
    void importNoRequests() {
        matchesTheTable(importing("postman", "c.json", "{\"info\": {\"name\": \"X\", \"schema\": \"" + POSTMAN_V21
                + "\"}, \"item\": [{\"name\": \"An empty folder\", \"item\": []}]}"));
    }

    @Test
    @DisplayName("`baton import openapi` of a Swagger 2.0 document")
    void importSwagger2() {
        matchesTheTable(importing("openapi", "api.yaml", "swagger: '2.0'\ninfo: {title: Old, version: '1'}\n"
                + "paths: {}\n"));
    }

    @Test
    @DisplayName("`baton import openapi` with a `$ref` that points at nothing")
    void importDanglingReference() {
        CliRun run = importing("openapi", "api.yaml", """
                openapi: 3.1.0
                info: {title: D, version: '1'}
                paths:
                  /a:
                    get:
                      responses:
                        '200': {$ref: '#/components/responses/Nope'}
                """);
        assertMentions(run, "api.yaml:7:");
        matchesTheTable(run);
    }

    @Test
    @DisplayName("`baton import curl` with an unclosed quote")
    void importCurlUnclosedQuote() {
        CliRun run = CliRun.of("import", "curl", "curl 'https://api.test/a");
        assertEquals(2, run.exitCode(), run::toString);
        matchesTheTable(run);
    }

    @Test
    @DisplayName("`baton import` into a folder that holds a file it would write")
    void importOverAFile() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path report = Files.writeString(out.resolve("import-report.md"), "mine");
        Path spec = TestFiles.write(dir, "api.yaml", """
                openapi: 3.0.3
                info: {title: A, version: '1'}
                paths: {/a: {get: {responses: {'200': {description: ok}}}}}
                """);
        CliRun run = CliRun.of("import", "openapi", spec.toString(), "--out", out.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertEquals("mine", Files.readString(report));
        assertFalse(Files.exists(out.resolve("a.yaml")), "nothing is written");
        matchesTheTable(run);
    }

    // ---------------------------------------------------------------- the link to docs/errors.md

    @Test
    @DisplayName(LINK_TEST)
    void everyRowOfDocsErrorsMdHasATestAndEveryTestARow() {
        Set<String> rows = new TreeSet<>(ErrorTable.read().keySet());
        List<String> names = Arrays.stream(BadInputTableTest.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class))
                .map(BadInputTableTest::displayNameOf)
                .filter(n -> !n.equals(LINK_TEST)).toList();
        Set<String> tests = new TreeSet<>(names);
        assertEquals(names.size(), tests.size(), () -> "two tests share a display name: " + names);
        Set<String> untested = new TreeSet<>(rows);
        untested.removeAll(tests);
        Set<String> undocumented = new TreeSet<>(tests);
        undocumented.removeAll(rows);
        assertTrue(untested.isEmpty(), () -> "rows of docs/errors.md without a test (@DisplayName):\n  "
                + String.join("\n  ", untested));
        assertTrue(undocumented.isEmpty(), () -> "tests without a row in docs/errors.md:\n  "
                + String.join("\n  ", undocumented));
    }

    private static String displayNameOf(Method method) {
        DisplayName name = method.getAnnotation(DisplayName.class);
        assertTrue(name != null, () -> method.getName() + " has no @DisplayName: it must name its docs/errors.md row");
        return name.value();
    }

    // ---------------------------------------------------------------- shards and merge

    @Test
    @DisplayName("`--shard 5/4`")
    void shardOutOfRange() {
        Path file = oneStep("c.yaml", http.baseUrl() + "/x");
        CliRun run = baton("run", file.toString(), "--shard", "5/4");
        assertEquals(2, run.exitCode(), run::toString);
        assertFalse(sent());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("`--shard-timings` without `--shard`")
    void shardTimingsWithoutShard() {
        Path file = oneStep("c.yaml", http.baseUrl() + "/x");
        CliRun run = baton("run", file.toString(), "--shard-timings", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertFalse(sent());
        matchesTheTable(run);
    }

    /** The JSON reports of shards 1/2 and 2/2 of two one-step collections, then a clean request log. */
    private List<Path> shardReports(String... extra) {
        Path a = oneStep("a.yaml", http.baseUrl() + "/a");
        Path b = oneStep("b.yaml", http.baseUrl() + "/b");
        List<Path> reports = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            Path report = dir.resolve("shard" + i + (extra.length > 0 ? "-other" : "") + ".json");
            List<String> args = new ArrayList<>(List.of("run", a.toString(), b.toString(), "--shard", i + "/2",
                    "--reporter", "json:" + report));
            args.addAll(List.of(extra));
            assertEquals(0, baton(args.toArray(String[]::new)).exitCode());
            reports.add(report);
        }
        http.server().resetRequests();
        return reports;
    }

    @Test
    @DisplayName("`baton merge` without one of the shards")
    void mergeMissingShard() {
        List<Path> shards = shardReports();
        Path merged = dir.resolve("merged.xml");
        CliRun run = CliRun.of("merge", "--reporter", "junit:" + merged, shards.get(0).toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertFalse(Files.exists(merged), "nothing written");
        matchesTheTable(run);
    }

    @Test
    @DisplayName("`baton merge` given one shard twice")
    void mergeShardTwice() {
        List<Path> shards = shardReports();
        CliRun run = CliRun.of("merge", "--reporter", "junit:" + dir.resolve("merged.xml"), shards.get(0).toString(),
                shards.get(1).toString(), shards.get(0).toString());
        assertEquals(2, run.exitCode(), run::toString);
        matchesTheTable(run);
    }

    @Test
    @DisplayName("`baton merge` given a shard of another suite (`--iterations 2`)")
    void mergeForeignShard() {
        List<Path> shards = shardReports();
        List<Path> other = shardReports("--iterations", "2");
        CliRun run = CliRun.of("merge", "--reporter", "junit:" + dir.resolve("merged.xml"), shards.get(0).toString(),
                other.get(1).toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertMentions(run, other.get(1).getFileName().toString());
        matchesTheTable(run);
    }

    @Test
    @DisplayName("`baton merge` given a file that is not a Baton JSON report")
    void mergeNotAReport() {
        Path notJson = TestFiles.write(dir, "r.json", "<testsuite/>");
        CliRun run = CliRun.of("merge", "--reporter", "junit:" + dir.resolve("merged.xml"), notJson.toString());
        assertEquals(2, run.exitCode(), run::toString);
        matchesTheTable(run);
    }
}
