package dev.baton.login;

import dev.baton.secret.Redactor;
import dev.baton.auth.SignIn;
import dev.baton.auth.SignInDriver;
import dev.baton.http.ApacheHttpSender;
import dev.baton.http.HttpResult;
import dev.baton.http.OutgoingRequest;
import dev.baton.sandbox.OAuthSandbox;
import dev.baton.sandbox.SandboxAccounts;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the login tests share: environment files pointing at a test's own sandbox, and a robot in the person's
 * place that follows the authorization URL through the sandbox's sign-in and consent pages (approving or denying).
 */
final class LoginFixture {

    /** The sandbox user approving the request. */
    static final SignIn APPROVE = new SignIn(Map.of("email", SandboxAccounts.USER_EMAIL,
            "password", SandboxAccounts.USER_PASSWORD), null, null, 10);
    /** The sandbox user signing in, then pressing "Decline" on the consent page. */
    static final SignIn DENY = new SignIn(Map.of("email", SandboxAccounts.USER_EMAIL,
            "password", SandboxAccounts.USER_PASSWORD), null, "button:not([value=approve])", 10);

    private static final Pattern AUTHORIZATION_URL =
            Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/oauth/authorize\\?\\S+)\\R");

    private LoginFixture() {
    }

    /** An environment file for {@code sandbox} with the public client and a loopback redirect on any free port. */
    static Path publicClientEnvironment(Path dir, OAuthSandbox sandbox) {
        return write(dir, "login-public.yaml", """
                vars:
                  zoomBaseUrl: %s
                  authorizeUrl: <<zoomBaseUrl>>/oauth/authorize
                  tokenUrl: <<zoomBaseUrl>>/oauth/token
                  clientId: %s
                  redirectUri: %s
                  loopbackRedirectUri: http://127.0.0.1:0/oauth/callback
                  scope: user:read
                """.formatted(sandbox.baseUrl(), SandboxAccounts.PUBLIC_CLIENT_ID, SandboxAccounts.REDIRECT_URI));
    }

    /** An environment file for {@code sandbox} with the confidential client and a redirect Baton cannot listen on. */
    static Path confidentialClientEnvironment(Path dir, OAuthSandbox sandbox) {
        return write(dir, "login-confidential.yaml", """
                vars:
                  zoomBaseUrl: %s
                  authorizeUrl: <<zoomBaseUrl>>/oauth/authorize
                  tokenUrl: <<zoomBaseUrl>>/oauth/token
                  clientId: %s
                  clientSecret: {value: %s, secret: true}
                  redirectUri: %s
                """.formatted(sandbox.baseUrl(), SandboxAccounts.CONFIDENTIAL_CLIENT_ID,
                SandboxAccounts.CONFIDENTIAL_CLIENT_SECRET, SandboxAccounts.REDIRECT_URI));
    }

    static Path write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code redirect_uri} parameter of an authorization URL. */
    static String redirectUriOf(URI authorizationUrl) {
        for (String pair : authorizationUrl.getRawQuery().split("&")) {
            if (pair.startsWith("redirect_uri=")) {
                return URLDecoder.decode(pair.substring("redirect_uri=".length()), StandardCharsets.UTF_8);
            }
        }
        throw new IllegalArgumentException("no redirect_uri in " + authorizationUrl);
    }

    /** Signs in through the pages of {@code authorizationUrl} and returns the address the browser is sent to. */
    static URI redirect(ApacheHttpSender browser, URI authorizationUrl, SignIn signIn) throws Exception {
        HttpResult first = browser.send(OutgoingRequest.get(authorizationUrl));
        return new SignInDriver(browser, new Redactor()).drive(first, signIn, redirectUriOf(authorizationUrl)).last()
                .location().orElseThrow();
    }

    /** Signs in, then loads the redirect (Baton's loopback listener) as the browser would; returns its status. */
    static int signInAndReturn(URI authorizationUrl, SignIn signIn) throws Exception {
        try (ApacheHttpSender browser = new ApacheHttpSender(Duration.ofSeconds(10))) {
            URI callback = redirect(browser, authorizationUrl, signIn);
            return browser.send(OutgoingRequest.get(callback)).status();
        }
    }

    /**
     * A person at the terminal: waits until {@code out} shows the authorization URL, then does {@code action} with it
     * on another thread. Completes with what the action returned.
     */
    static <T> CompletableFuture<T> whenPrinted(StringWriter out, UrlAction<T> action) {
        CompletableFuture<T> done = new CompletableFuture<>();
        Thread person = new Thread(() -> {
            try {
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (System.nanoTime() < deadline) {
                    Matcher matcher = AUTHORIZATION_URL.matcher(out.toString());
                    if (matcher.find()) {
                        done.complete(action.apply(URI.create(matcher.group(1))));
                        return;
                    }
                    Thread.sleep(20);
                }
                done.completeExceptionally(new AssertionError("no authorization URL was printed:\n" + out));
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }, "person-at-the-terminal");
        person.setDaemon(true);
        person.start();
        return done;
    }

    /** What the person does with the printed URL. */
    @FunctionalInterface
    interface UrlAction<T> {
        T apply(URI authorizationUrl) throws Exception;
    }
}
