package dev.baton.secrets;

import dev.baton.testing.AllOutputs;
import dev.baton.testing.EchoServer;
import dev.baton.testing.EchoServer.Reply;
import dev.baton.testing.EchoServers;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Secrets a server echoes in forms that are not the whole value: cut by the server without a cut mark (as in
 * "invalid key sk_live_4eC3"), and {@code \}{@code uXXXX}-escaped inside a JSON string (JSON in JSON, as an echo
 * service that returns the body it got as a string does). Through the real CLI, checked in every output.
 */
class EchoedPartsTest {

    private static final String ACCESS_TOKEN = "at-9f8e7d6c5b4a-QQQ";
    private static final String COOKIE = "Kuk1e-Valu3-XYZ-123";
    private static final String JWT = "eyJhbGciOiJIUzI1NiJ9." + Base64.getUrlEncoder().withoutPadding().encodeToString(
            "{\"sub\":\"ada\",\"hidden\":\"In-The-Payload-77\"}".getBytes(StandardCharsets.UTF_8)) + ".c2lnLWJ5dGVz";

    @TempDir
    Path dir;

    @RegisterExtension
    final EchoServers servers = new EchoServers();

    private static String firstTwoThirds(String value) {
        return value.substring(0, value.length() * 2 / 3);
    }

    private static String lastTwoThirds(String value) {
        return value.substring(value.length() / 3);
    }

    private static void assertNowhere(AllOutputs.Result result, String text) {
        List<String> where = result.holding(text);
        assertTrue(where.isEmpty(), () -> "'" + text + "' shows in " + where + "\n" + result.run());
    }

    @Test
    @DisplayName("a token, a cookie and a JWT that the server echoes cut, without a cut mark, show no part")
    void partsCutByTheServer() {
        EchoServer server = servers.start(request -> {
            if (request.uri().getPath().equals("/issue")) {
                return Reply.of(200, "application/json", "{\"access_token\":\"" + ACCESS_TOKEN + "\",\"data\":\""
                        + JWT + "\"}").with("Set-Cookie", "sid=" + COOKIE + "; Path=/");
            }
            String value = URLDecoder.decode(request.uri().getRawQuery().substring(2), StandardCharsets.UTF_8);
            return Reply.of(400, "application/json", "{\"error\":\"invalid key " + firstTwoThirds(value)
                    + "\",\"hint\":\"ends in " + lastTwoThirds(value) + "\"}");
        });
        Path collection = TestFiles.write(dir, "parts.yaml", """
                name: parts
                steps:
                  - name: issue
                    request: {url: "%1$s/issue"}
                    capture:
                      token: {json: $.access_token}
                      blob: {json: $.data}
                      sid: {cookie: sid}
                  - name: token
                    request: {url: "%1$s/check", query: {v: <<token>>}}
                    expect: {status: 200, json: {$.error: nope, $.hint: nope}}
                  - name: cookie
                    request: {url: "%1$s/check", query: {v: <<sid>>}}
                    expect: {status: 200, json: {$.error: nope, $.hint: nope}}
                  - name: jwt
                    request: {url: "%1$s/check", query: {v: <<blob>>}}
                    expect: {status: 200, json: {$.error: nope, $.hint: nope}}
                """.formatted(server.baseUrl()));

        AllOutputs.Result result = AllOutputs.of(dir, collection.toString(), "--env",
                TestFiles.emptyEnvironment(dir).toString());

        assertEquals(1, result.run().exitCode(), result.run()::toString);
        assertTrue(result.run().out().contains("json $.error: expected equals \"nope\" but was \"invalid key *****\""),
                result.run()::toString);
        for (String secret : List.of(ACCESS_TOKEN, COOKIE, JWT)) {
            assertNowhere(result, firstTwoThirds(secret));
            assertNowhere(result, lastTwoThirds(secret));
        }
        assertNowhere(result, JWT.substring(JWT.indexOf('.') + 1, JWT.lastIndexOf('.')));
    }

    @Test
    @DisplayName("a secret \\u-escaped inside a JSON string (its backslashes escaped again) shows nowhere")
    void unicodeEscapesInsideAJsonString() {
        String secret = "Zx9/q+\"w\\<t>&=%u~é ✓K7";
        StringBuilder escaped = new StringBuilder();
        secret.chars().forEach(c -> escaped.append(String.format("\\\\u%04x", c)));
        EchoServer server = servers.start(request -> Reply.of(200, "application/json",
                "{\"echo\":\"" + escaped + "\"}"));
        Path collection = TestFiles.write(dir, "uesc.yaml", """
                name: uesc
                steps:
                  - name: echo
                    request: {method: POST, url: "%s/echo", body: <<key>>}
                    expect: {json: {$.echo: wrong}}
                """.formatted(server.baseUrl()));

        AllOutputs.Result result = AllOutputs.of(dir, collection.toString(), "--env",
                TestFiles.emptyEnvironment(dir).toString(), "--secret", "key=" + secret);

        assertEquals(1, result.run().exitCode(), result.run()::toString);
        assertTrue(result.run().out().contains("json $.echo: expected equals \"wrong\" but was \"*****\""),
                result.run()::toString);
        String once = escaped.toString().replace("\\\\", "\\");
        for (String form : List.of(escaped.toString(), once)) {
            assertNowhere(result, form.substring(0, 24));
            assertNowhere(result, form.substring(form.length() - 24));
        }
    }
}
