package dev.baton.auth;

import dev.baton.http.ApacheHttpSender;
import dev.baton.http.HttpResult;
import dev.baton.http.OutgoingRequest;
import dev.baton.sandbox.OAuthSandbox;
import dev.baton.sandbox.SandboxAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole interactive sign-in against the sandbox, with a robot in the browser's place: it follows the
 * authorization URL through the sign-in and consent pages, then goes to the redirect, which is Baton's loopback
 * listener (or, in paste mode, pastes the redirect's address).
 */
class InteractiveSignInTest {

    private static final String LOOPBACK = "http://127.0.0.1:0/oauth/callback";
    private static OAuthSandbox sandbox;

    private final StringWriter out = new StringWriter();
    private ApacheHttpSender sender;
    private ApacheHttpSender browserHttp;
    private CompletableFuture<String> browserSaw;

    @BeforeAll
    static void start() {
        sandbox = OAuthSandbox.start(0);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void newClients() {
        sender = new ApacheHttpSender(Duration.ofSeconds(10));
        browserHttp = new ApacheHttpSender(Duration.ofSeconds(10));
        browserSaw = new CompletableFuture<>();
    }

    @AfterEach
    void closeClients() throws Exception {
        sender.close();
        browserHttp.close();
    }

    private InteractiveSignIn.Request request(OAuthClient client, String redirectUri, boolean paste) {
        return new InteractiveSignIn.Request(SandboxHttp.authorizeUrl(sandbox), SandboxHttp.tokenUrl(sandbox), client,
                redirectUri, "user:read", paste, Duration.ofSeconds(20));
    }

    /** A browser that signs in and then loads the redirect, as a person's browser would, on its own thread. */
    private BrowserLauncher robotBrowser() {
        return new BrowserLauncher(new PrintWriter(out), List.of(uri -> {
            CompletableFuture.runAsync(() -> {
                try {
                    String redirectUri = AuthorizationResponse.parameters(uri.getRawQuery()).get("redirect_uri");
                    URI callback = SandboxSignIn.redirect(browserHttp, uri, redirectUri);
                    HttpResult page = browserHttp.send(OutgoingRequest.get(callback));
                    browserSaw.complete(page.status() + " " + page.bodyText());
                } catch (Exception e) {
                    browserSaw.completeExceptionally(e);
                }
            }, InteractiveSignInTest::onNewThread);
            return true;
        }));
    }

    private static void onNewThread(Runnable task) {
        Thread thread = new Thread(task, "robot-browser");
        thread.setDaemon(true);
        thread.start();
    }

    @Test
    void aPublicClientSignsInThroughTheLoopbackListener() throws Exception {
        InteractiveSignIn signIn = new InteractiveSignIn(sender, robotBrowser(), new StringReader(""),
                new PrintWriter(out));

        TokenResponse tokens = signIn.signIn(request(OAuthClient.publicClient(SandboxAccounts.PUBLIC_CLIENT_ID),
                LOOPBACK, false));

        assertNotNull(tokens.refreshToken());
        assertEquals(200, SandboxHttp.me(sender, sandbox, tokens.accessToken()).status());
        String page = browserSaw.get(10, TimeUnit.SECONDS);
        assertTrue(page.startsWith("200 ") && page.contains("You can close this window"), page);
        assertTrue(out.toString().contains("Waiting for the browser to come back to http://127.0.0.1:"),
                out.toString());
        assertTrue(out.toString().contains("code_challenge_method=S256"), out.toString());
        assertFalse(out.toString().contains(tokens.accessToken()));
    }

    @Test
    void aConfidentialClientSignsInByPastingTheRedirect() throws Exception {
        PipedWriter typing = new PipedWriter();
        PipedReader terminal = new PipedReader(typing);
        BrowserLauncher pastingPerson = new BrowserLauncher(new PrintWriter(out), List.of(uri -> {
            CompletableFuture.runAsync(() -> {
                try (PrintWriter keyboard = new PrintWriter(typing, true)) {
                    keyboard.println(SandboxSignIn.redirect(browserHttp, uri, SandboxAccounts.REDIRECT_URI));
                } catch (Exception e) {
                    browserSaw.completeExceptionally(e);
                }
            }, InteractiveSignInTest::onNewThread);
            return true;
        }));
        InteractiveSignIn signIn = new InteractiveSignIn(sender, pastingPerson, terminal, new PrintWriter(out));

        TokenResponse tokens = signIn.signIn(request(OAuthClient.confidential(SandboxAccounts.CONFIDENTIAL_CLIENT_ID,
                SandboxAccounts.CONFIDENTIAL_CLIENT_SECRET), SandboxAccounts.REDIRECT_URI, false));

        assertEquals(200, SandboxHttp.me(sender, sandbox, tokens.accessToken()).status());
        assertTrue(out.toString().contains("paste it here"), out.toString());
    }

    @Test
    void aForgedStateIsCaughtBeforeTheCodeIsExchanged() {
        BrowserLauncher forger = new BrowserLauncher(new PrintWriter(out), List.of(uri -> {
            CompletableFuture.runAsync(() -> {
                try {
                    String redirectUri = AuthorizationResponse.parameters(uri.getRawQuery()).get("redirect_uri");
                    browserHttp.send(OutgoingRequest.get(URI.create(redirectUri + "?code=stolen&state=forged")));
                } catch (Exception e) {
                    browserSaw.completeExceptionally(e);
                }
            }, InteractiveSignInTest::onNewThread);
            return true;
        }));
        InteractiveSignIn signIn = new InteractiveSignIn(sender, forger, new StringReader(""), new PrintWriter(out));

        AuthorizationCallbackException e = assertThrows(AuthorizationCallbackException.class, () -> signIn.signIn(
                request(OAuthClient.publicClient(SandboxAccounts.PUBLIC_CLIENT_ID), LOOPBACK, false)));

        assertTrue(e.getMessage().contains("different state"), e.getMessage());
    }

    @Test
    void noBrowserAndNoCallbackEndsWithATimeout() {
        BrowserLauncher none = new BrowserLauncher(new PrintWriter(out), List.of());
        InteractiveSignIn signIn = new InteractiveSignIn(sender, none, new StringReader(""), new PrintWriter(out));
        InteractiveSignIn.Request request = new InteractiveSignIn.Request(SandboxHttp.authorizeUrl(sandbox),
                SandboxHttp.tokenUrl(sandbox), OAuthClient.publicClient(SandboxAccounts.PUBLIC_CLIENT_ID), LOOPBACK,
                null, false, Duration.ofMillis(300));

        AuthorizationCallbackException e = assertThrows(AuthorizationCallbackException.class,
                () -> signIn.signIn(request));

        assertTrue(e.getMessage().startsWith("no sign-in came back"), e.getMessage());
        assertTrue(out.toString().startsWith("Open this URL in a browser to sign in:"), out.toString());
    }
}
