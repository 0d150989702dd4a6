package dev.baton.secrets;

import dev.baton.sandbox.OAuthSandbox;
import dev.baton.testing.AllOutputs;
import dev.baton.testing.CliRun;
import dev.baton.testing.EchoServer;
import dev.baton.testing.EchoServers;
import dev.baton.testing.EchoServer.Reply;
import dev.baton.testing.RenderingAhead;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ten leaks of issue 11, each through the real CLI against a loopback server, checked in every output: console,
 * {@code --debug}, JUnit XML, Open Test Reporting, JSON, HTML and {@code --export-env}; each with the file reports
 * written whole at the end, and rendered while the run goes.
 */
@ParameterizedClass(name = "reports rendered ahead: {0}")
@ValueSource(booleans = {false, true})
class IssueLeaksTest {

    @Parameter
    boolean renderAhead;

    @TempDir
    Path dir;

    @RegisterExtension
    final EchoServers servers = new EchoServers();

    private EchoServer server;

    private String serve(Function<EchoServer.Request, Reply> answer) {
        server = servers.start(answer);
        return server.baseUrl();
    }

    private Path collection(String yaml) {
        return TestFiles.write(dir, "c.yaml", yaml);
    }

    private AllOutputs.Result run(Path collection, String... more) {
        String[] args = new String[more.length + 3];
        args[0] = collection.toString();
        args[1] = "--env";
        args[2] = TestFiles.emptyEnvironment(dir).toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return RenderingAhead.with(renderAhead, () -> AllOutputs.of(dir, args));
    }

    private static void assertNowhere(AllOutputs.Result result, String text) {
        List<String> where = result.holding(text);
        assertTrue(where.isEmpty(), () -> "'" + text + "' shows in " + where + "\n" + result.run());
    }

    @Test
    @DisplayName("1. a secret that crosses the 200-character cut shows no part of itself")
    void cutBeforeMasking() {
        String key = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";
        String jwt = Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"typ\": \"JWT\", \"alg\": \"HS256\", "
                + "\"kid\": \"" + "k".repeat(40) + "\"}").getBytes(StandardCharsets.UTF_8)) + ".eyJzdWIiOiJhZGEifQ.c2ln";
        String base = serve(r -> Reply.of(200, "application/json", "{\"pad\":\"" + "p".repeat(180)
                + "\",\"x-api-key\":\"" + key + "\",\"id_token\":\"" + jwt + "\"}"));
        Path file = collection("""
                name: cut
                steps:
                  - name: a
                    request: {url: "%s/a", headers: {X-Api-Key: <<key>>}}
                    expect:
                      body: nope
                      json: {$.id_token: {exists: false}}
                """.formatted(base));

        AllOutputs.Result result = run(file, "--secret", "key=" + key);

        assertEquals(1, result.run().exitCode(), result.run()::toString);
        assertTrue(result.run().out().contains("body: expected equals \"nope\" but was"), result.run()::toString);
        assertNowhere(result, key.substring(0, 6));
        assertNowhere(result, jwt.substring(0, 12));
    }

    @Test
    @DisplayName("2. the HTML report's decoding of \\u escapes shows no secret")
    void htmlDecodesAfterMasking() {
        String secret = "secret-key";
        StringBuilder escaped = new StringBuilder();
        secret.chars().forEach(c -> escaped.append(String.format("\\u%04x", c)));
        String base = serve(r -> Reply.of(200, "application/json", "{\"apiKey\":\"c2VjcmV0LWtleQ\\u003d\\u003d\","
                + "\"echo\":\"" + escaped + "\"}"));
        Path file = collection("""
                name: escapes
                steps:
                  - name: a
                    request: {url: "%s/a", headers: {X-Key: <<k>>}}
                """.formatted(base));

        AllOutputs.Result result = run(file, "--secret", "k=" + secret);

        assertEquals(0, result.run().exitCode(), result.run()::toString);
        assertNowhere(result, "c2VjcmV0LWtleQ");
        assertNowhere(result, secret);
    }

    @Test
    @DisplayName("3. iteration names never show a data file's secret column")
    void iterationNames() {
        String base = serve(r -> Reply.of(200, "text/plain", "echo " + r.header("X-Pwd")));
        Path data = TestFiles.write(dir, "rows.csv", "password,apiKey,pwd\nCsvPassw0rd-AAA,CsvApiKey-BBB,CsvPwd-CCC\n");
        Path file = collection("""
                name: rows
                steps:
                  - name: a
                    request: {url: "%s/a", headers: {X-Pwd: <<pwd>>, X-Password: <<password>>}}
                """.formatted(base));

        AllOutputs.Result result = run(file, "--data", data.toString());

        assertEquals(0, result.run().exitCode(), result.run()::toString);
        assertTrue(result.run().out().contains("#1"), result.run()::toString);
        for (String value : List.of("CsvPassw0rd-AAA", "CsvApiKey-BBB", "CsvPwd-CCC")) {
            assertNowhere(result, value);
        }
        CliRun refused = CliRun.of("run", file.toString(), "--env", TestFiles.emptyEnvironment(dir).toString(),
                "--data", data.toString(), "--data-name", "password");
        assertEquals(2, refused.exitCode(), refused::toString);
        assertTrue(refused.err().contains("the column looks secret"), refused::toString);
    }

    @Test
    @DisplayName("4. secrets with / and \\ or \" are masked JSON-escaped, and partly encoded in a path")
    void escapedAndPartlyEncoded() {
        String secret = "/+x\"<q>&z=9\\w";
        String json = secret.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/");
        String base = serve(r -> Reply.of(200, "application/json", "{\"echo\":\"" + json + "\"}"));
        Path file = collection("""
                name: escaped
                steps:
                  - name: a
                    request: {url: "%s/p<<s>>", headers: {X-S: <<s>>}}
                    expect: {json: {$.echo: nope}}
                """.formatted(base));

        AllOutputs.Result result = run(file, "--secret", "s=" + secret);

        assertEquals(1, result.run().exitCode(), result.run()::toString);
        assertNowhere(result, json);
        assertNowhere(result, "x%22%3Cq%3E");
        assertNowhere(result, "x%22%3cq%3e");
        assertNowhere(result, secret.substring(0, 5));
    }

    @Test
    @DisplayName("5. cookies set by the server are masked in assertion messages and echoed bodies")
    void cookies() {
        String cookie = "S3ss10n-V4lue-XYZ";
        String base = serve(r -> r.uri().getPath().equals("/login")
                ? Reply.of(200, "text/plain", "hello").with("Set-Cookie", "sessionid=" + cookie + "; Path=/")
                : Reply.of(200, "text/plain", "you sent " + r.header("Cookie")));
        Path file = collection("""
                name: cookies
                steps:
                  - name: login
                    request: {url: "%s/login"}
                    expect: {headers: {Set-Cookie: nope}}
                  - name: echo
                    request: {url: "%s/echo"}
                    expect: {body: nope}
                """.formatted(base, base));

        AllOutputs.Result result = run(file);

        assertEquals(1, result.run().exitCode(), result.run()::toString);
        assertTrue(result.run().out().contains("sessionid=*****; Path=/"), result.run()::toString);
        assertNowhere(result, cookie);
    }

    @Test
    @DisplayName("6. a JWT under a name that does not look secret is masked, payload and all")
    void jwtUnderAnOrdinaryName() {
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"sub\":\"ada\",\"pw\":\"Payl0ad-S3cret\"}".getBytes(StandardCharsets.UTF_8));
        String jwt = "eyJhbGciOiJIUzI1NiJ9." + payload + ".sIgNaTuRe_x";
        String base = serve(r -> Reply.of(200, "application/json", "{\"data\":\"" + jwt + "\"}"));
        Path file = collection("""
                name: jwt
                steps:
                  - name: a
                    request: {url: "%s/a"}
                    capture:
                      data: {json: $.data}
                    expect: {json: {$.data: nope}}
                """.formatted(base));

        AllOutputs.Result result = run(file);

        assertEquals(1, result.run().exitCode(), result.run()::toString);
        assertNowhere(result, payload.substring(0, 12));
        assertNowhere(result, "sIgNaTuRe_x");
    }

    @Test
    @DisplayName("6b. a JWT captured with public: true is shown")
    void publicJwt() {
        String jwt = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZGEifQ.";
        String base = serve(r -> Reply.of(200, "application/json", "{\"id_token\":\"" + jwt + "\"}"));
        Path file = collection("""
                name: jwt
                steps:
                  - name: a
                    request: {url: "%s/a"}
                    capture:
                      idToken: {json: $.id_token, public: true}
                    expect: {json: {$.id_token: nope}}
                """.formatted(base));

        AllOutputs.Result result = run(file);

        assertEquals(1, result.run().exitCode(), result.run()::toString);
        assertTrue(result.run().out().contains(jwt), result.run()::toString);
    }

    @Test
    @DisplayName("7. hex, HTML-entity, \\u-escaped and upper-cased echoes are masked")
    void otherForms() {
        String secret = "echo-Me-0ut-9";
        String hex = HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8));
        StringBuilder entities = new StringBuilder();
        StringBuilder unicode = new StringBuilder();
        secret.chars().forEach(c -> {
            entities.append("&#").append(c).append(';');
            unicode.append(String.format("\\u%04X", c));
        });
        List<String> forms = List.of(hex, hex.toUpperCase(Locale.ROOT), entities.toString(), unicode.toString(),
                secret.toUpperCase(Locale.ROOT));
        String base = serve(r -> Reply.of(200, "text/plain", String.join("\n", forms)));
        Path file = collection("""
                name: forms
                steps:
                  - name: a
                    request: {url: "%s/a", headers: {X-S: <<s>>}}
                    expect: {body: nope}
                """.formatted(base));

        AllOutputs.Result result = run(file, "--secret", "s=" + secret);

        assertEquals(1, result.run().exitCode(), result.run()::toString);
        forms.forEach(form -> assertNowhere(result, form));
    }

    @Test
    @DisplayName("8. a secret shorter than the masking minimum is a warning before the run")
    void shortSecret() {
        String base = serve(r -> Reply.of(200, "text/plain", "ok"));
        Path file = collection("""
                name: short
                steps:
                  - name: a
                    request: {url: "%s/a", headers: {X-Pin: <<pin>>}}
                """.formatted(base));

        CliRun run = CliRun.of("validate", file.toString(), "--env", TestFiles.emptyEnvironment(dir).toString(),
                "--secret", "pin=123");

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.err().contains("warning: secret 'pin' is 3 characters long; values shorter than 4 characters "
                + "are not masked"), run::toString);
    }

    @Test
    @DisplayName("9. --secret makes a command-line value a secret whatever its name")
    void commandLineSecret() {
        String value = "Cl1-Value-Not-Named-Secret";
        String base = serve(r -> Reply.of(200, "text/plain", "you sent " + r.header("X-Region")));
        Path file = collection("""
                name: cli
                steps:
                  - name: a
                    request: {url: "%s/a?r=<<region>>", headers: {X-Region: <<region>>}}
                    expect: {body: nope}
                """.formatted(base));

        AllOutputs.Result result = run(file, "--secret", "region=" + value);

        assertEquals(1, result.run().exitCode(), result.run()::toString);
        assertNowhere(result, value);
    }

    @Test
    @DisplayName("10b. a state pinned to 'forged' is masked, Baton's message about it is not")
    void batonsOwnWords() {
        try (OAuthSandbox sandbox = OAuthSandbox.start(0)) {
            Path file = collection("""
                    name: pinned state
                    auth: {type: oauth2-pkce}
                    steps:
                      - name: authorize
                        oauth: authorize
                        request:
                          url: %s/oauth/authorize
                          query: {response_type: code, client_id: sandbox-public-client,
                                  redirect_uri: "https://baton.test/oauth/callback", state: forged}
                        login: {fields: {email: sandbox.user@baton.test, password: sandbox-password}}
                    """.formatted(sandbox.baseUrl()));

            AllOutputs.Result result = run(file);

            assertEquals(1, result.run().exitCode(), result.run()::toString);
            assertTrue(result.run().out().contains("the response may be forged (CSRF)"), result.run()::toString);
            assertTrue(result.outputs().get("report.json").contains("state=*****"), result.run()::toString);
            assertFalse(result.all().replace("the response may be forged (CSRF)", "").contains("forged"),
                    result.run()::toString);
        }
    }

    @Test
    @DisplayName("10. load errors hide literal secrets on the line they quote")
    void loadErrors() {
        Path file = collection("""
                name: literals
                steps:
                  - name: a
                    request:
                      url: "http://127.0.0.1:1/a?api_key=AKIAIOSFODNN7EXAMPLE&q=<<nope>>"
                      headers:
                        X-Api-Key: "live-key-0123456789 <<"
                      basicAuth: {password: "pl41n-pw-literal", extra: 1}
                """);

        CliRun run = CliRun.of("validate", file.toString(), "--env", TestFiles.emptyEnvironment(dir).toString());

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("unknown key 'extra' in basicAuth"), run::toString);
        for (String secret : List.of("pl41n-pw-literal", "live-key-0123456789", "AKIAIOSFODNN7EXAMPLE")) {
            assertFalse(run.all().contains(secret), () -> secret + " shows:\n" + run);
        }
    }
}
