package dev.baton.login;

import dev.baton.auth.StoredToken;
import dev.baton.auth.StoredTokens;
import dev.baton.cli.AuthEnvironment;
import dev.baton.cli.AuthTokenFolder;
import dev.baton.http.ApacheHttpSender;
import dev.baton.http.Header;
import dev.baton.http.OutgoingRequest;
import dev.baton.sandbox.OAuthSandbox;
import dev.baton.sandbox.SandboxAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code baton auth login|logout|status} run as the real command, in-process, against the test's own sandbox. The
 * browser is left out ({@code --no-browser}): the test plays the person who reads the printed URL, signs in (with
 * the sign-in driver in the browser's place) and lets the browser come back to Baton's loopback listener. Tokens
 * go to a temporary folder through the {@code baton.tokens.dir} system property.
 */
class AuthLoginCommandTest {

    private static OAuthSandbox sandbox;

    @TempDir
    Path dir;

    private Path tokens;
    private Path environment;

    @BeforeAll
    static void startSandbox() {
        sandbox = OAuthSandbox.start(0);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void tokenFolder() {
        tokens = dir.resolve("tokens");
        System.setProperty(AuthTokenFolder.PROPERTY, tokens.toString());
        environment = LoginFixture.publicClientEnvironment(dir, sandbox);
    }

    @AfterEach
    void clearTokenFolder() {
        System.clearProperty(AuthTokenFolder.PROPERTY);
    }

    private StoredTokens store() {
        return new StoredTokens(tokens);
    }

    private String key() {
        return AuthEnvironment.key(environment.toString());
    }

    /** Runs {@code baton auth login ...} while a person signs in with {@code robot}; returns the run. */
    private LoginCliRun loginWhile(LoginFixture.UrlAction<Integer> robot, CompletableFuture<Integer>[] seen,
                                   String... extra) {
        LoginCliRun run = new LoginCliRun();
        seen[0] = LoginFixture.whenPrinted(run.out, robot);
        List<String> args = new java.util.ArrayList<>(List.of("auth", "login", "--env", environment.toString(),
                "--no-browser", "--timeout", "20s"));
        args.addAll(List.of(extra));
        return run.run(args.toArray(String[]::new));
    }

    @Test
    @SuppressWarnings("unchecked")
    void signsInThroughTheLoopbackListenerAndKeepsThePrivateTokenFile() throws Exception {
        CompletableFuture<Integer>[] browser = new CompletableFuture[1];

        LoginCliRun run = loginWhile(url -> LoginFixture.signInAndReturn(url, LoginFixture.APPROVE), browser);

        assertEquals(0, run.exitCode, run::toString);
        assertEquals(200, browser[0].get(10, TimeUnit.SECONDS));
        Path file = store().file(key(), SandboxAccounts.PUBLIC_CLIENT_ID);
        assertTrue(Files.isRegularFile(file), run::toString);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tokens)));
        StoredToken token = store().read(key(), SandboxAccounts.PUBLIC_CLIENT_ID).orElseThrow();
        assertTrue(run.out.toString().contains("Tokens saved to " + file), run::toString);
        assertTrue(run.out.toString().contains("access token expires "), run::toString);
        assertTrue(run.out.toString().contains("Waiting for the browser to come back to http://127.0.0.1:"),
                run::toString);
        assertFalse(run.all().contains(token.accessToken()), run::toString);
        assertFalse(run.all().contains(token.refreshToken()), run::toString);
        assertEquals("user:read", token.scope());
        try (ApacheHttpSender http = new ApacheHttpSender(Duration.ofSeconds(10))) {
            assertEquals(200, http.send(new OutgoingRequest("GET", URI.create(sandbox.baseUrl() + "/v2/users/me"),
                    List.of(new Header("Authorization", "Bearer " + token.accessToken())), null, null, null))
                    .status());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDeniedConsentFailsWithTheServersReason() throws Exception {
        CompletableFuture<Integer>[] browser = new CompletableFuture[1];

        LoginCliRun run = loginWhile(url -> LoginFixture.signInAndReturn(url, LoginFixture.DENY), browser);

        assertEquals(1, run.exitCode, run::toString);
        assertTrue(run.err.toString().contains("error: sign-in failed: the authorization server answered "
                + "error=access_denied"), run::toString);
        assertFalse(Files.exists(store().file(key(), SandboxAccounts.PUBLIC_CLIENT_ID)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTokenRequestGoesThroughTheProxyOfTheCommandLineAsARunsDoes() throws Exception {
        CompletableFuture<Integer>[] browser = new CompletableFuture[1];
        int nothingListens = dev.baton.testing.HttpStub.closedPort();

        LoginCliRun run = loginWhile(url -> LoginFixture.signInAndReturn(url, LoginFixture.APPROVE), browser,
                "--proxy", "http://127.0.0.1:" + nothingListens);

        assertEquals(1, run.exitCode, run::toString);
        assertEquals(200, browser[0].get(10, TimeUnit.SECONDS), "the person signed in");
        assertTrue(run.err.toString().contains("error: cannot reach the token endpoint"), run::toString);
        assertTrue(run.err.toString().contains(Integer.toString(nothingListens)), run::toString);
        assertFalse(Files.exists(store().file(key(), SandboxAccounts.PUBLIC_CLIENT_ID)));
    }

    @Test
    void itsTlsOptionsAreCheckedBeforeAnythingAsARunsAre() {
        Path missing = dir.resolve("no-such-ca.pem");
        LoginCliRun run = new LoginCliRun().run("auth", "login", "--env", environment.toString(), "--no-browser",
                "--timeout", "300ms", "--insecure", "--cacert", missing.toString());

        assertEquals(2, run.exitCode, run::toString);
        assertTrue(run.err.toString().contains("error: --cacert " + missing + ": file not found"), run::toString);
        assertFalse(run.out.toString().contains("Open this URL"), run::toString);
    }

    @Test
    void noBrowserComingBackTimesOut() {
        LoginCliRun run = new LoginCliRun().run("auth", "login", "--env", environment.toString(), "--no-browser",
                "--timeout", "300ms");

        assertEquals(1, run.exitCode, run::toString);
        assertTrue(run.out.toString().startsWith("Open this URL in a browser to sign in:"), run::toString);
        assertTrue(run.err.toString().contains("error: sign-in failed: no sign-in came back to http://127.0.0.1:"),
                run::toString);
    }

    @Test
    void debugShowsTheStackTraceOfAFailure() {
        LoginCliRun run = new LoginCliRun().run("auth", "login", "--env", environment.toString(), "--no-browser",
                "--timeout", "200ms", "--debug");

        assertEquals(1, run.exitCode, run::toString);
        assertTrue(run.err.toString().contains("at dev.baton"), run::toString);
    }

    @Test
    @SuppressWarnings("unchecked")
    void logoutDeletesTheTokensAndStatusFollows() throws Exception {
        CompletableFuture<Integer>[] browser = new CompletableFuture[1];
        assertEquals(0, loginWhile(url -> LoginFixture.signInAndReturn(url, LoginFixture.APPROVE), browser).exitCode);
        Path file = store().file(key(), SandboxAccounts.PUBLIC_CLIENT_ID);

        LoginCliRun status = new LoginCliRun().run("auth", "status", "--env", environment.toString());
        assertEquals(0, status.exitCode, status::toString);
        assertTrue(status.out.toString().contains("Signed in: tokens for environment 'login-public' and client "
                + SandboxAccounts.PUBLIC_CLIENT_ID + " are stored in " + file), status::toString);
        assertTrue(status.out.toString().contains("a refresh token is kept"), status::toString);

        LoginCliRun logout = new LoginCliRun().run("auth", "logout", "--env", environment.toString());
        assertEquals(0, logout.exitCode, logout::toString);
        assertTrue(logout.out.toString().startsWith("Signed out: deleted the tokens"), logout::toString);
        assertFalse(Files.exists(file));

        LoginCliRun again = new LoginCliRun().run("auth", "logout", "--env", environment.toString());
        assertEquals(0, again.exitCode, again::toString);
        assertTrue(again.out.toString().startsWith("Nothing to delete: no tokens are stored"), again::toString);

        LoginCliRun after = new LoginCliRun().run("auth", "status", "--env", environment.toString());
        assertEquals(1, after.exitCode, after::toString);
        assertTrue(after.out.toString().startsWith("Not signed in"), after::toString);
    }

    @Test
    void logoutKeepsTheTokensOfOtherClients() throws Exception {
        StoredTokens store = store();
        store.save(key(), "another-client", new dev.baton.auth.TokenResponse("other-access-token", "bearer", 3600L,
                null, null, null), java.time.Instant.now());

        LoginCliRun logout = new LoginCliRun().run("auth", "logout", "--env", environment.toString());

        assertEquals(0, logout.exitCode, logout::toString);
        assertTrue(logout.out.toString().startsWith("Nothing to delete"), logout::toString);
        assertTrue(store.read(key(), "another-client").isPresent());
    }
}
