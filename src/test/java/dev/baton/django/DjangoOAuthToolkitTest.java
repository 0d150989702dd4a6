package dev.baton.django;

import dev.baton.testing.CliRun;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Baton against Django OAuth Toolkit, a server none of Baton's code was written for: Django's admin login (a CSRF
 * cookie and a hidden token, the way back in a {@code next} parameter), the toolkit's consent page (Cancel without a
 * name, Authorize with one), PKCE required; through the CLI with collections of the Zoom collection's shape, with the
 * HTML driver and in headless Chromium.
 */
class DjangoOAuthToolkitTest {

    private static DjangoOAuthToolkit server;

    @BeforeAll
    static void startServer() {
        server = DjangoOAuthToolkit.start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static CliRun run(String collection, String... options) {
        List<String> args = new ArrayList<>(List.of("run",
                TestFiles.repositoryFile("src/test/resources/django/" + collection).toString(),
                "--env", TestFiles.repositoryFile("src/test/resources/django/env.yaml").toString(),
                "--var", "base=" + server.baseUrl()));
        args.addAll(List.of(options));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void theZoomShapedCollectionSignsInAuthorizesAndChecksWhatTheServerRefuses() {
        CliRun run = run("dot-pkce.yaml");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("8 passed, 0 failed"), run::toString);
        assertFalse(run.all().contains(DjangoOAuthToolkit.PASSWORD), run::toString);
    }

    @Test
    void theSameCollectionPassesInHeadlessChromium() {
        CliRun run = run("dot-pkce.yaml", "--browser", "headless");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("8 passed, 0 failed"), run::toString);
        assertFalse(run.all().contains(DjangoOAuthToolkit.PASSWORD), run::toString);
    }

    @Test
    void pressingCancelFailsTheStepAndSaysItWasDenied() {
        CliRun run = run("dot-denied.yaml");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("denied the authorization: error=access_denied"), run::toString);
        assertTrue(run.out().contains("0 passed, 1 failed, 1 skipped"), run::toString);
    }

    @Test
    void aWrongPasswordFailsWithDjangosOwnWords() {
        String wrong = "wrong-password-4242";
        CliRun run = run("dot-pkce.yaml", "--secret", "password=" + wrong);
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("came back after it was submitted"), run::toString);
        assertTrue(run.out().contains("Please enter the correct username and password"), run::toString);
        assertFalse(run.all().contains(wrong), run::toString);
    }
}
