package dev.baton.secrets;

import dev.baton.testing.AllOutputs;
import dev.baton.testing.EchoServer.Reply;
import dev.baton.testing.EchoServers;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The values of secret-looking query parameters and form fields that the sign-in driver takes from the server's
 * pages (Keycloak's {@code session_code} in every form action, its hidden {@code code} field on the consent page)
 * are masked in every output, as the collection's own are: those sent back, and those of a page never followed.
 */
class SignInLegSecretsTest {

    private static final String SESSION_CODE = "Sc0de-95EOrkyYW83s5CRe88uy6QF";
    private static final String ACTION_CODE = "Ac0de-SjiusNTQsKCpry8Mjm1DfCJ";
    private static final String LINK_CODE = "Lc0de-never-sent-Q7w8e9r0t1y2";

    @TempDir
    Path dir;

    @RegisterExtension
    final EchoServers servers = new EchoServers();

    @Test
    @DisplayName("Keycloak's session_code in form actions and its hidden code field are masked in --debug and reports")
    void keycloakShapedSessionCodeAndHiddenCodeAreMasked() {
        AtomicReference<String> state = new AtomicReference<>("");
        String base = servers.start(r -> switch (r.uri().getPath()) {
            case "/auth" -> remember(state, r.uri().getRawQuery(), Reply.of(200, "text/html", """
                    <title>Sign in</title>
                    <form method=post action="/login-actions/authenticate?session_code=%s&execution=e1">
                      <input name=username><input type=password name=password><button>Sign in</button>
                    </form>
                    <a href="/login-actions/reset-credentials?session_code=%s&amp;tab_id=t1">Forgot?</a>""".formatted(
                    SESSION_CODE, LINK_CODE)));
            case "/login-actions/authenticate" -> Reply.of(200, "text/html", """
                    <title>Grant access</title>
                    <form method=post action="/login-actions/consent?session_code=%s">
                      <input type=hidden name=code value="%s">
                      <input type=submit name=accept value="Yes"><input type=submit name=cancel value="No">
                    </form>""".formatted(SESSION_CODE, ACTION_CODE));
            default -> Reply.of(302, "text/plain", "").with("Location", "https://app.test/cb?code=zz-final-777&state="
                    + state.get());
        }).baseUrl();
        Path file = TestFiles.write(dir, "c.yaml", """
                name: keycloak shaped
                auth: {type: oauth2-pkce}
                steps:
                  - name: authorize
                    oauth: authorize
                    request:
                      url: %s/auth
                      query: {client_id: web, redirect_uri: "https://app.test/cb"}
                    login: {fields: {username: alice, password: alice-pw-123}}
                    expect: {status: 999}
                """.formatted(base));

        AllOutputs.Result result = AllOutputs.of(dir, file.toString(), "--env",
                TestFiles.emptyEnvironment(dir).toString());

        assertEquals(1, result.run().exitCode(), result.run()::toString);
        for (String secret : List.of(SESSION_CODE, ACTION_CODE, LINK_CODE)) {
            List<String> where = result.holding(secret.substring(6));
            assertTrue(where.isEmpty(), () -> "'" + secret + "' shows in " + where + "\n" + result.run());
        }
    }

    /** Keeps the authorization request's state, as the server's session would, for the final redirect. */
    private static Reply remember(AtomicReference<String> state, String query, Reply reply) {
        for (String pair : query.split("&")) {
            if (pair.startsWith("state=")) {
                state.set(pair.substring("state=".length()));
            }
        }
        return reply;
    }
}
