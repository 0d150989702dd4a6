package dev.baton.oidc;

import dev.baton.sandbox.OAuthSandbox;
import dev.baton.sandbox.SandboxSwitch;
import dev.baton.testing.CliRun;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pushed authorization requests (RFC 9126) against the embedded sandbox: with {@code par: true}, and by themselves
 * when the metadata requires them, the parameters go to the PAR endpoint and the browser to the authorization
 * endpoint with {@code client_id} and {@code request_uri} only; a server that requires them refuses a request that
 * does not push; the request URI is shown nowhere.
 */
class SandboxPushedAuthorizationTest {

    private static final Path OPENID = TestFiles.repositoryFile("collections/openid-connect.yaml");
    private static final Path PKCE = TestFiles.repositoryFile("collections/zoom-oauth-pkce.yaml");
    private static final Pattern AUTHORIZE = Pattern.compile("(?m)^\\S+/oauth/authorize(\\?\\S*)?$");
    private static final Pattern REQUEST_URI = Pattern.compile("\"request_uri\":\"([^\"]+)\"");

    @TempDir
    Path dir;

    private final List<String> traffic = Collections.synchronizedList(new ArrayList<>());

    private CliRun run(Path collection, SandboxSwitch... switches) throws IOException {
        try (OAuthSandbox sandbox = OAuthSandbox.builder().switches(Set.of(switches)).start()) {
            sandbox.recordTraffic(traffic::add);
            return CliRun.of("run", collection.toString(), "--env",
                    TestFiles.startedSandboxEnvironment(dir, sandbox.baseUrl()).toString());
        }
    }

    private Path withPar(Path collection) throws IOException {
        return Files.writeString(dir.resolve("par.yaml"), Files.readString(collection)
                .replace("  type: openid-connect\n", "  type: openid-connect\n  par: true\n"));
    }

    /** The query of every request to the authorization endpoint. */
    private List<String> authorizationQueries() {
        List<String> queries = new ArrayList<>();
        for (String exchange : List.copyOf(traffic)) {
            Matcher m = AUTHORIZE.matcher(exchange);
            if (m.find()) {
                queries.add(m.group(1) == null ? "" : m.group(1));
            }
        }
        return queries;
    }

    private void assertPushed(CliRun run) {
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(traffic.stream().anyMatch(t -> t.contains("/oauth/par\n") && t.contains("code_challenge=")
                && t.contains("nonce=") && t.contains("\"request_uri\"")), "the parameters were pushed");
        List<String> queries = authorizationQueries();
        assertEquals(1, queries.size(), queries::toString);
        assertTrue(queries.get(0).matches("\\?client_id=sandbox-public-client&request_uri=[^&]+"), queries::toString);
        Matcher uri = REQUEST_URI.matcher(String.join("\n", traffic));
        assertTrue(uri.find());
        assertFalse(run.all().contains(uri.group(1)), "the request_uri is masked");
        assertFalse(run.all().contains(uri.group(1).substring(uri.group(1).lastIndexOf(':') + 1)));
    }

    @Test
    void parTrueSendsTheBrowserWithClientIdAndRequestUriOnly() throws IOException {
        assertPushed(run(withPar(OPENID)));
    }

    @Test
    void aProviderThatRequiresParGetsPushedRequestsWithoutBeingAsked() throws IOException {
        assertPushed(run(OPENID, SandboxSwitch.REQUIRE_PAR));
    }

    @Test
    void aProviderThatRequiresParRefusesARequestThatDoesNotPush() throws IOException {
        CliRun run = run(PKCE, SandboxSwitch.REQUIRE_PAR);

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.all().contains("Pushed authorization requests are required"), run::toString);
        assertTrue(authorizationQueries().stream().allMatch(q -> q.contains("code_challenge=")));
    }

    @Test
    void withoutParTheParametersGoToTheAuthorizationEndpoint() throws IOException {
        CliRun run = run(OPENID);

        assertEquals(0, run.exitCode(), run::toString);
        assertFalse(traffic.stream().anyMatch(t -> t.contains("/oauth/par\n")));
        assertTrue(authorizationQueries().get(0).contains("code_challenge="));
    }
}
