package dev.baton.login;

import dev.baton.auth.StoredTokens;
import dev.baton.cli.AuthTokenFolder;
import dev.baton.sandbox.OAuthSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code baton auth login}, then {@code baton run} of a collection with {@code auth: {type: login}}: the run finds
 * the stored token under the same key (the {@code --env} value, a file's normalised absolute path) and client id.
 * Both commands read {@link StoredTokens#forThisProcess()}, pointed at a temporary folder.
 */
class RunWithStoredLoginTest {

    @TempDir
    Path dir;

    private OAuthSandbox sandbox;

    @BeforeEach
    void setUp() {
        sandbox = OAuthSandbox.start(0);
        System.setProperty(AuthTokenFolder.PROPERTY, dir.resolve("tokens").toString());
    }

    @AfterEach
    void tearDown() {
        System.clearProperty(AuthTokenFolder.PROPERTY);
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void aRunUsesTheTokenALoginStored() throws Exception {
        Path environment = LoginFixture.publicClientEnvironment(dir, sandbox);
        Path collection = LoginFixture.write(dir, "me.yaml", """
                name: Me with the stored sign-in
                auth:
                  type: login
                  tokenUrl: <<tokenUrl>>
                  clientId: <<clientId>>
                steps:
                  - name: Who am I
                    request:
                      url: <<zoomBaseUrl>>/v2/users/me
                    expect:
                      status: 200
                """);
        LoginCliRun login = new LoginCliRun();
        CompletableFuture<Integer> browser = LoginFixture.whenPrinted(login.out,
                url -> LoginFixture.signInAndReturn(url, LoginFixture.APPROVE));
        login.run("auth", "login", "--env", environment.toString(), "--no-browser", "--timeout", "20s");
        assertEquals(0, login.exitCode, login::toString);
        assertEquals(200, browser.get(10, TimeUnit.SECONDS));
        assertTrue(login.out.toString().contains(dir.resolve("tokens").toString()),
                login::toString);

        LoginCliRun run = new LoginCliRun().run("run", collection.toString(), "--env", environment.toString());

        assertEquals(0, run.exitCode, run::toString);
    }
}
