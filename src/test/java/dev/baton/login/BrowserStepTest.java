package dev.baton.login;

import dev.baton.sandbox.OAuthSandbox;
import dev.baton.sandbox.SandboxAccounts;
import dev.baton.testing.CliRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code login: {browser: true}} on an authorization step: Baton prints (or opens) the authorization URL and waits on
 * the loopback redirect URI; a robot plays the person in the browser.
 */
class BrowserStepTest {

    @TempDir
    Path dir;

    private OAuthSandbox sandbox;
    private PrintStream err;
    private final StringWriter printed = new StringWriter();

    @BeforeEach
    void start() {
        sandbox = OAuthSandbox.start(0);
        err = System.err;
        System.setErr(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (printed) {
                    printed.write(b);
                }
            }
        }, true));
    }

    @AfterEach
    void stop() {
        System.setErr(err);
        sandbox.close();
    }

    @Test
    void aPersonSignsInInTheBrowserAndTheFlowGoesOn() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path collection = LoginFixture.write(dir, "browser.yaml", """
                name: Sign in in the browser
                auth: {type: oauth2-pkce}
                steps:
                  - name: Authorize in the browser
                    oauth: authorize
                    request:
                      url: <<base>>/oauth/authorize
                      query:
                        response_type: code
                        client_id: %s
                        redirect_uri: http://127.0.0.1:%d/oauth/callback
                    login: {browser: true, wait: 20s}
                  - name: Exchange the code
                    oauth: token
                    request:
                      method: POST
                      url: <<base>>/oauth/token
                      form:
                        grant_type: authorization_code
                        client_id: %s
                        code: <<oauth.code>>
                        redirect_uri: http://127.0.0.1:%d/oauth/callback
                    expect:
                      status: 200
                      json: {$.access_token: {exists: true}}
                """.formatted(SandboxAccounts.PUBLIC_CLIENT_ID, port, SandboxAccounts.PUBLIC_CLIENT_ID, port));
        CompletableFuture<Integer> person = LoginFixture.whenPrinted(printed,
                url -> LoginFixture.signInAndReturn(url, LoginFixture.APPROVE));

        CliRun run = CliRun.of("run", collection.toString(), "--env",
                LoginFixture.write(dir, "empty.yaml", "vars: {}").toString(), "--var", "base=" + sandbox.baseUrl());

        assertEquals(0, run.exitCode(), run + "\n" + printed);
        assertEquals(200, person.get(10, TimeUnit.SECONDS));
        assertTrue(run.out().strip().endsWith("2 passed, 0 failed"), run::toString);
    }

    @Test
    void aRedirectUriBatonCannotListenOnIsAnError() {
        Path collection = LoginFixture.write(dir, "elsewhere.yaml", """
                name: Not loopback
                auth: {type: oauth2-pkce}
                steps:
                  - name: Authorize in the browser
                    oauth: authorize
                    request:
                      url: <<base>>/oauth/authorize
                      query: {response_type: code, client_id: x, redirect_uri: "https://app.example/cb"}
                    login: {browser: true}
                """);

        CliRun run = CliRun.of("run", collection.toString(), "--env",
                LoginFixture.write(dir, "empty.yaml", "vars: {}").toString(), "--var", "base=" + sandbox.baseUrl());

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("needs a loopback redirect_uri with a port"), run::toString);
    }
}
