package dev.baton.login;

import dev.baton.auth.BrowserLauncher;
import dev.baton.auth.StoredToken;
import dev.baton.auth.StoredTokens;
import dev.baton.cli.AuthEnvironment;
import dev.baton.cli.AuthRequest;
import dev.baton.cli.LoginService;
import dev.baton.http.ApacheHttpSender;
import dev.baton.http.OutgoingRequest;
import dev.baton.sandbox.OAuthSandbox;
import dev.baton.sandbox.SandboxAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link LoginService}, the service behind {@code baton auth login}, driven directly: the CLI entry reads the
 * terminal from {@code System.in} and opens the system browser, neither of which a test can stand in for through
 * {@code BatonCommand.execute}, so these tests give the service a robot browser ({@link BrowserLauncher} with an
 * opener that signs in over HTTP) and a pipe for the pasted address. The CLI path itself is covered by
 * {@link AuthLoginCommandTest} with {@code --no-browser}.
 */
class LoginServiceTest {

    private static OAuthSandbox sandbox;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void startSandbox() {
        sandbox = OAuthSandbox.start(0);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    private StoredTokens store() {
        return new StoredTokens(dir.resolve("tokens"));
    }

    private LoginService service(BrowserLauncher browser, java.io.Reader terminal) {
        return new LoginService(terminal, new PrintWriter(out, true), new PrintWriter(err, true), browser, store());
    }

    /** A browser that signs in with {@code signIn} and then loads the redirect, on its own thread. */
    private BrowserLauncher robotBrowser(dev.baton.auth.SignIn signIn, CompletableFuture<String> browserSaw) {
        return new BrowserLauncher(new PrintWriter(out, true), List.of(uri -> {
            Thread browser = new Thread(() -> {
                try (ApacheHttpSender http = new ApacheHttpSender(Duration.ofSeconds(10))) {
                    URI callback = LoginFixture.redirect(http, uri, signIn);
                    var page = http.send(OutgoingRequest.get(callback));
                    browserSaw.complete(callback + "\n" + page.status() + " " + page.bodyText());
                } catch (Exception e) {
                    browserSaw.completeExceptionally(e);
                }
            }, "robot-browser");
            browser.setDaemon(true);
            browser.start();
            return true;
        }));
    }

    private String output() {
        return out + "\n" + err;
    }

    @Test
    void loopbackModeWithARobotBrowserSavesTheTokens() throws Exception {
        Path environment = LoginFixture.publicClientEnvironment(dir, sandbox);
        CompletableFuture<String> browserSaw = new CompletableFuture<>();

        int code = service(robotBrowser(LoginFixture.APPROVE, browserSaw), new StringReader(""))
                .login(AuthRequest.of(environment.toString()), false, Duration.ofSeconds(20));

        assertEquals(0, code, this::output);
        String browser = browserSaw.get(10, TimeUnit.SECONDS);
        assertTrue(browser.contains("200 ") && browser.contains("You can close this window"), browser);
        String key = AuthEnvironment.key(environment.toString());
        StoredToken token = store().read(key, SandboxAccounts.PUBLIC_CLIENT_ID).orElseThrow();
        assertTrue(out.toString().contains("Opened the sign-in page in your browser"), this::output);
        assertFalse(output().contains(token.accessToken()), this::output);
        assertFalse(output().contains(token.refreshToken()), this::output);
        String returnedCode = browser.substring(browser.indexOf("code=") + 5).split("[&\\s]")[0];
        assertFalse(output().contains(returnedCode), this::output);
    }

    @Test
    void pasteModeReadsTheAddressThePersonPastes() throws Exception {
        Path environment = LoginFixture.confidentialClientEnvironment(dir, sandbox);
        PipedWriter keyboard = new PipedWriter();
        PipedReader terminal = new PipedReader(keyboard);
        CompletableFuture<URI> pasted = LoginFixture.whenPrinted(out, url -> {
            try (ApacheHttpSender browser = new ApacheHttpSender(Duration.ofSeconds(10));
                 PrintWriter typing = new PrintWriter(keyboard, true)) {
                URI landedOn = LoginFixture.redirect(browser, url, LoginFixture.APPROVE);
                typing.println(landedOn);
                return landedOn;
            }
        });

        int code = service(new BrowserLauncher(new PrintWriter(out, true), List.of()), terminal)
                .login(AuthRequest.of(environment.toString()), false, Duration.ofSeconds(20));

        assertEquals(0, code, this::output);
        URI landedOn = pasted.get(10, TimeUnit.SECONDS);
        assertTrue(landedOn.toString().startsWith(SandboxAccounts.REDIRECT_URI + "?"), landedOn::toString);
        assertTrue(out.toString().contains("paste it here"), this::output);
        String key = AuthEnvironment.key(environment.toString());
        StoredToken token = store().read(key, SandboxAccounts.CONFIDENTIAL_CLIENT_ID).orElseThrow();
        assertFalse(output().contains(token.accessToken()), this::output);
        assertFalse(output().contains(SandboxAccounts.CONFIDENTIAL_CLIENT_SECRET), this::output);
        assertFalse(output().contains(landedOn.getRawQuery()), this::output);
    }

    @Test
    void pasteIsForcedEvenForALoopbackRedirect() throws Exception {
        Path environment = LoginFixture.publicClientEnvironment(dir, sandbox);
        PipedWriter keyboard = new PipedWriter();
        PipedReader terminal = new PipedReader(keyboard);
        CompletableFuture<URI> pasted = LoginFixture.whenPrinted(out, url -> {
            try (ApacheHttpSender browser = new ApacheHttpSender(Duration.ofSeconds(10));
                 PrintWriter typing = new PrintWriter(keyboard, true)) {
                URI landedOn = LoginFixture.redirect(browser, url, LoginFixture.APPROVE);
                typing.println(landedOn);
                return landedOn;
            }
        });

        int code = service(new BrowserLauncher(new PrintWriter(out, true), List.of()), terminal)
                .login(AuthRequest.of(environment.toString()), true, Duration.ofSeconds(20));

        assertEquals(0, code, this::output);
        assertTrue(pasted.get(10, TimeUnit.SECONDS).toString().startsWith("http://127.0.0.1:0/oauth/callback?"));
        assertFalse(out.toString().contains("Waiting for the browser"), this::output);
    }

    @Test
    void aPastedDenialIsExit1() throws Exception {
        Path environment = LoginFixture.confidentialClientEnvironment(dir, sandbox);
        PipedWriter keyboard = new PipedWriter();
        PipedReader terminal = new PipedReader(keyboard);
        LoginFixture.whenPrinted(out, url -> {
            try (ApacheHttpSender browser = new ApacheHttpSender(Duration.ofSeconds(10));
                 PrintWriter typing = new PrintWriter(keyboard, true)) {
                typing.println(LoginFixture.redirect(browser, url, LoginFixture.DENY));
                return null;
            }
        });

        int code = service(new BrowserLauncher(new PrintWriter(out, true), List.of()), terminal)
                .login(AuthRequest.of(environment.toString()), false, Duration.ofSeconds(20));

        assertEquals(1, code, this::output);
        assertTrue(err.toString().contains("error=access_denied"), this::output);
    }

    @Test
    void aForgedCallbackIsRefusedAndNothingIsSaved() throws Exception {
        Path environment = LoginFixture.publicClientEnvironment(dir, sandbox);
        BrowserLauncher forger = new BrowserLauncher(new PrintWriter(out, true), List.of(uri -> {
            Thread attacker = new Thread(() -> {
                try (ApacheHttpSender http = new ApacheHttpSender(Duration.ofSeconds(10))) {
                    http.send(OutgoingRequest.get(URI.create(LoginFixture.redirectUriOf(uri)
                            + "?code=stolen-code&state=forged-state")));
                } catch (Exception ignored) {
                    // the sign-in times out instead
                }
            });
            attacker.setDaemon(true);
            attacker.start();
            return true;
        }));

        int code = service(forger, new StringReader(""))
                .login(AuthRequest.of(environment.toString()), false, Duration.ofSeconds(20));

        assertEquals(1, code, this::output);
        assertTrue(err.toString().contains("a different state than Baton sent"), this::output);
        assertFalse(Files.exists(dir.resolve("tokens")));
    }

    @Test
    void anEmbeddedSandboxEnvironmentStartsItsOwnSandbox() throws Exception {
        Path environment = LoginFixture.write(dir, "embedded.yaml", """
                sandbox: embedded
                vars:
                  zoomBaseUrl: <<sandbox.url>>
                  authorizeUrl: <<zoomBaseUrl>>/oauth/authorize
                  tokenUrl: <<zoomBaseUrl>>/oauth/token
                  clientId: sandbox-client
                  clientSecret: {value: sandbox-client-secret, secret: true}
                  redirectUri: https://baton.test/oauth/callback
                  loopbackRedirectUri: http://127.0.0.1:0/oauth/callback
                """);
        CompletableFuture<String> browserSaw = new CompletableFuture<>();

        int code = service(robotBrowser(LoginFixture.APPROVE, browserSaw), new StringReader(""))
                .login(new AuthRequest(environment.toString(), Map.of(), false), false, Duration.ofSeconds(20));

        assertEquals(0, code, this::output);
        assertTrue(out.toString().contains("Started Baton's embedded OAuth sandbox at http://127.0.0.1:"),
                this::output);
        assertFalse(out.toString().contains(SandboxAccounts.USER_PASSWORD), this::output);
        String sandboxUrl = out.toString().replaceAll("(?s).*embedded OAuth sandbox at (\\S+) for.*", "$1");
        assertFalse(sandboxUrl.equals(sandbox.baseUrl()), "a sandbox of its own, not the test's");
        assertTrue(store().read(AuthEnvironment.key(environment.toString()), "sandbox-client").isPresent());
    }

    @Test
    void anUnsetClientSecretMeansAPublicClientAndSaysSo() throws Exception {
        Path environment = LoginFixture.write(dir, "public-by-default.yaml", """
                vars:
                  zoomBaseUrl: %s
                  authorizeUrl: <<zoomBaseUrl>>/oauth/authorize
                  tokenUrl: <<zoomBaseUrl>>/oauth/token
                  clientId: %s
                  clientSecret: {env: BATON_LOGIN_TEST_SURELY_UNSET_SECRET, secret: true}
                  loopbackRedirectUri: {env: BATON_LOGIN_TEST_SURELY_UNSET_LOOPBACK}
                  redirectUri: http://127.0.0.1:0/oauth/callback
                """.formatted(sandbox.baseUrl(), SandboxAccounts.PUBLIC_CLIENT_ID));
        CompletableFuture<String> browserSaw = new CompletableFuture<>();

        int code = service(robotBrowser(LoginFixture.APPROVE, browserSaw), new StringReader(""))
                .login(AuthRequest.of(environment.toString()), false, Duration.ofSeconds(20));

        assertEquals(0, code, this::output);
        assertTrue(out.toString().contains("note: clientSecret has no value (the OS environment variable "
                + "BATON_LOGIN_TEST_SURELY_UNSET_SECRET is not set"), this::output);
        assertTrue(out.toString().contains("note: loopbackRedirectUri has no value"), this::output);
        assertTrue(out.toString().contains("using redirectUri"), this::output);
    }
}
