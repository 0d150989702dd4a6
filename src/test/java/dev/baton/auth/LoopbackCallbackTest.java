package dev.baton.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoopbackCallbackTest {

    private final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpResponse<String> get(URI uri) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void extractsCodeStateAndIssuerAndTellsTheBrowserItCanClose() throws Exception {
        try (LoopbackCallback callback = LoopbackCallback.listen(URI.create("http://127.0.0.1:0/oauth/callback"))) {
            URI redirectUri = callback.redirectUri();
            assertNotEquals(0, redirectUri.getPort());

            HttpResponse<String> page = get(URI.create(redirectUri
                    + "?code=C0DE-123&state=st%2F1&iss=https%3A%2F%2Fas"));
            AuthorizationResponse response = callback.await(Duration.ofSeconds(5));

            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("You can close this window"), page.body());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
            assertFalse(page.body().contains("C0DE-123"));
            assertEquals("C0DE-123", response.code());
            assertEquals("st/1", response.state());
            assertEquals("https://as", response.issuer());
        }
    }

    @Test
    void anErrorIsAnAnswerToo() throws Exception {
        try (LoopbackCallback callback = LoopbackCallback.listen(URI.create("http://127.0.0.1:0/cb"))) {
            HttpResponse<String> page = get(URI.create(callback.redirectUri()
                    + "?error=access_denied&error_description=The+user+said+%3Cno%3E&state=s"));
            AuthorizationResponse response = callback.await(Duration.ofSeconds(5));

            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("access_denied") && page.body().contains("&lt;no&gt;"), page.body());
            assertEquals("access_denied", response.error());
            assertEquals("The user said <no>", response.errorDescription());
            AuthorizationCallbackException e = assertThrows(AuthorizationCallbackException.class,
                    () -> response.requireCode("s"));
            assertTrue(e.getMessage().contains("error=access_denied"), e.getMessage());
        }
    }

    @Test
    void aWrongPathGets400AndDoesNotEndTheWait() throws Exception {
        try (LoopbackCallback callback = LoopbackCallback.listen(URI.create("http://127.0.0.1:0/oauth/callback"))) {
            URI base = callback.redirectUri();

            assertEquals(400, get(base.resolve("/favicon.ico")).statusCode());
            assertEquals(400, get(base.resolve("/oauth/callback/x?code=abc")).statusCode());
            assertEquals(400, get(base.resolve("/oauth/callback")).statusCode());
            CompletableFuture<AuthorizationResponse> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return callback.await(Duration.ofSeconds(5));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, task -> new Thread(task, "waiting").start());
            assertEquals(200, get(URI.create(base + "?code=abc&state=s")).statusCode());
            assertEquals("abc", waiting.get().code());
            assertEquals(409, get(URI.create(base + "?code=again&state=s")).statusCode());
        }
    }

    @Test
    void otherMethodsGet405() throws Exception {
        try (LoopbackCallback callback = LoopbackCallback.listen(URI.create("http://127.0.0.1:0/cb"))) {
            HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(callback.redirectUri()
                    + "?code=abc")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(405, response.statusCode());
        }
    }

    @Test
    void waitingTooLongIsAClearError() throws Exception {
        try (LoopbackCallback callback = LoopbackCallback.listen(URI.create("http://127.0.0.1:0/cb"))) {
            AuthorizationCallbackException e = assertThrows(AuthorizationCallbackException.class,
                    () -> callback.await(Duration.ofMillis(200)));

            String expected = "no sign-in came back to " + callback.redirectUri() + " within 200 ms";
            assertTrue(e.getMessage().startsWith(expected), e.getMessage());
        }
    }

    @Test
    void listensOnTheRegisteredPortAndFreesItAfterwards() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        URI registered = URI.create("http://localhost:" + port + "/callback");
        try (LoopbackCallback callback = LoopbackCallback.listen(registered)) {
            assertEquals(registered, callback.redirectUri());
            get(URI.create("http://127.0.0.1:" + port + "/callback?code=x1"));
            assertEquals("x1", callback.await(Duration.ofSeconds(5)).code());
        }
        try (LoopbackCallback again = LoopbackCallback.listen(registered)) {
            assertEquals(port, again.redirectUri().getPort());
        }
    }

    @Test
    void aPortInUseIsAClearError() throws Exception {
        try (LoopbackCallback first = LoopbackCallback.listen(URI.create("http://127.0.0.1:0/cb"))) {
            IOException e = assertThrows(IOException.class,
                    () -> LoopbackCallback.listen(first.redirectUri()));

            assertTrue(e.getMessage().contains("is the port in use?"), e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8765/cb", "http://localhost:8765/", "http://[::1]:8765/cb",
            "http://LOCALHOST:1/cb", "http://127.0.0.1:0/cb"})
    void loopbackRedirectUris(String uri) {
        assertTrue(LoopbackCallback.isLoopback(URI.create(uri)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1:8765/cb", "http://127.0.0.1/cb", "http://example.com:8765/cb",
            "https://baton.test/oauth/callback", "http://127.0.0.2:8765/cb", "myapp:/callback",
            "http://u@127.0.0.1:8765/cb"})
    void otherRedirectUrisAreRefusedWithTheReason(String uri) {
        assertFalse(LoopbackCallback.isLoopback(URI.create(uri)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LoopbackCallback.listen(URI.create(uri)));
        assertTrue(e.getMessage().startsWith("cannot listen on the redirect URI " + uri + ": "), e.getMessage());
    }
}
