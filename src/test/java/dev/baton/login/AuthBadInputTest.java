package dev.baton.login;

import dev.baton.cli.AuthTokenFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code baton auth ...} with input it cannot use: exit 2 and a message naming the environment, the variable and the
 * file. None of these gets as far as a browser or the network.
 */
class AuthBadInputTest {

    private static final String UNSET = "BATON_LOGIN_TEST_SURELY_UNSET_VARIABLE";

    @TempDir
    Path dir;

    @BeforeEach
    void tokenFolder() {
        System.setProperty(AuthTokenFolder.PROPERTY, dir.resolve("tokens").toString());
    }

    @AfterEach
    void clearTokenFolder() {
        System.clearProperty(AuthTokenFolder.PROPERTY);
    }

    private Path environment(String vars) {
        return LoginFixture.write(dir, "bad.yaml", "vars:\n" + vars);
    }

    private static final String COMPLETE_BUT_CLIENT = """
              authorizeUrl: http://127.0.0.1:9/oauth/authorize
              tokenUrl: http://127.0.0.1:9/oauth/token
              redirectUri: http://127.0.0.1:0/oauth/callback
            """;

    @Test
    void anUnknownEnvironmentNameIsExit2() {
        LoginCliRun run = new LoginCliRun().run("auth", "login", "--env", "nosuchenvironment", "--no-browser");

        assertEquals(2, run.exitCode, run::toString);
        assertTrue(run.err.toString().contains("unknown environment 'nosuchenvironment'"), run::toString);
    }

    @Test
    void aMissingEnvironmentFileIsExit2() {
        LoginCliRun run = new LoginCliRun().run("auth", "logout", "--env", dir.resolve("absent.yaml").toString());

        assertEquals(2, run.exitCode, run::toString);
        assertTrue(run.err.toString().contains("environment file not found"), run::toString);
    }

    @Test
    void aMissingClientIdIsNamedWithTheFile() {
        Path file = environment(COMPLETE_BUT_CLIENT);

        LoginCliRun run = new LoginCliRun().run("auth", "login", "--env", file.toString(), "--no-browser");

        assertEquals(2, run.exitCode, run::toString);
        assertTrue(run.err.toString().contains("has no variable 'clientId'"), run::toString);
        assertTrue(run.err.toString().contains("bad.yaml"), run::toString);
        assertTrue(run.err.toString().contains("--var clientId=..."), run::toString);
        assertFalse(run.out.toString().contains("/oauth/authorize"), run::toString);
    }

    @Test
    void aClientIdFromAnUnsetOsVariableNamesTheOsVariable() {
        Path file = environment(COMPLETE_BUT_CLIENT + "  clientId: {env: " + UNSET + "}\n");

        for (String command : new String[]{"login", "logout", "status"}) {
            LoginCliRun run = new LoginCliRun().run("auth", command, "--env", file.toString());

            assertEquals(2, run.exitCode, run::toString);
            assertTrue(run.err.toString().contains("variable 'clientId' of environment 'bad'"), run::toString);
            assertTrue(run.err.toString().contains("the OS environment variable " + UNSET + " is not set"),
                    run::toString);
        }
    }

    @Test
    void varOnTheCommandLineFillsTheGap() {
        Path file = environment(COMPLETE_BUT_CLIENT + "  clientId: {env: " + UNSET + "}\n");

        LoginCliRun run = new LoginCliRun().run("auth", "status", "--env", file.toString(), "--var",
                "clientId=from-the-command-line");

        assertEquals(1, run.exitCode, run::toString);
        assertTrue(run.out.toString().contains("client from-the-command-line"), run::toString);
    }

    @Test
    void aMissingTokenUrlIsNamed() {
        Path file = environment("""
                  authorizeUrl: http://127.0.0.1:9/oauth/authorize
                  clientId: someone
                  redirectUri: http://127.0.0.1:0/oauth/callback
                """);

        LoginCliRun run = new LoginCliRun().run("auth", "login", "--env", file.toString(), "--no-browser");

        assertEquals(2, run.exitCode, run::toString);
        assertTrue(run.err.toString().contains("has no variable 'tokenUrl', the token endpoint"), run::toString);
    }

    @Test
    void aPlaceholderThatDoesNotResolveIsNamed() {
        Path file = environment("""
                  authorizeUrl: <<zoomBase>>/oauth/authorize
                  tokenUrl: http://127.0.0.1:9/oauth/token
                  zoomBaseUrl: http://127.0.0.1:9
                  clientId: someone
                  redirectUri: http://127.0.0.1:0/oauth/callback
                """);

        LoginCliRun run = new LoginCliRun().run("auth", "login", "--env", file.toString(), "--no-browser");

        assertEquals(2, run.exitCode, run::toString);
        assertTrue(run.err.toString().contains("variable 'authorizeUrl' of environment 'bad' does not resolve: "
                + "undefined variable 'zoomBase'") && run.err.toString().contains("bad.yaml:2:"), run::toString);
    }

    @Test
    void anAuthorizeUrlThatIsNotHttpIsRefused() {
        Path file = environment("""
                  authorizeUrl: zoom.us/oauth/authorize
                  tokenUrl: http://127.0.0.1:9/oauth/token
                  clientId: someone
                  redirectUri: http://127.0.0.1:0/oauth/callback
                """);

        LoginCliRun run = new LoginCliRun().run("auth", "login", "--env", file.toString(), "--no-browser");

        assertEquals(2, run.exitCode, run::toString);
        assertTrue(run.err.toString().contains("variable 'authorizeUrl' of environment 'bad' (")
                && run.err.toString().contains("must be an http:// or https:// URL"), run::toString);
    }

    @Test
    void aTimeoutWithoutAUnitIsRefused() {
        LoginCliRun run = new LoginCliRun().run("auth", "login", "--timeout", "300");

        assertEquals(2, run.exitCode, run::toString);
        assertTrue(run.err.toString().contains("write it with a unit: 90s, 5m, 1h"), run::toString);
    }

    @Test
    void authAloneShowsItsCommands() {
        LoginCliRun run = new LoginCliRun().run("auth");

        assertEquals(2, run.exitCode, run::toString);
        assertTrue(run.err.toString().contains("login") && run.err.toString().contains("logout")
                && run.err.toString().contains("status"), run::toString);
    }

    @Test
    void nothingIsWrittenForBadInput() {
        new LoginCliRun().run("auth", "login", "--env", "nosuchenvironment", "--no-browser");

        assertFalse(Files.exists(dir.resolve("tokens")));
    }
}
