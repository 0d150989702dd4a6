package dev.baton.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Listens on a loopback redirect URI ({@code http://127.0.0.1:PORT/path}, {@code http://[::1]:PORT/path} or
 * {@code http://localhost:PORT/path}) for the browser to come back from the authorization server, as RFC 8252 §7.3
 * describes. The first request to the redirect path that carries a {@code code} or an {@code error} is the answer;
 * the browser gets a short page saying it can be closed. Requests to any other path get 400.
 *
 * <pre>{@code
 * try (LoopbackCallback callback = LoopbackCallback.listen(URI.create("http://127.0.0.1:8765/callback"))) {
 *     browser.open(authorizationUrl(callback.redirectUri()));
 *     AuthorizationResponse response = callback.await(Duration.ofMinutes(5));
 * }
 * }</pre>
 */
public final class LoopbackCallback implements AutoCloseable {

    private static final List<String> LOOPBACK_HOSTS = List.of("127.0.0.1", "[::1]", "localhost");

    private final URI redirectUri;
    private final String path;
    private final List<HttpServer> servers;
    private final ExecutorService executor;
    private final CompletableFuture<AuthorizationResponse> response = new CompletableFuture<>();

    private LoopbackCallback(URI redirectUri, List<HttpServer> servers, ExecutorService executor) {
        this.redirectUri = redirectUri;
        this.path = path(redirectUri);
        this.servers = servers;
        this.executor = executor;
    }

    /**
     * Whether Baton can listen on this redirect URI itself: {@code http}, a loopback host and a port ({@code 0} for
     * any free port, where the server accepts any loopback port), no user info or fragment.
     */
    public static boolean isLoopback(URI redirectUri) {
        return problem(redirectUri) == null;
    }

    /**
     * Starts listening on the host and port of {@code redirectUri}; for {@code localhost}, on 127.0.0.1 and, where
     * the machine has it, on ::1 with the same port.
     *
     * @throws IllegalArgumentException when {@link #isLoopback(URI)} is false, saying why
     * @throws IOException              when the port cannot be bound, for example because it is in use
     */
    public static LoopbackCallback listen(URI redirectUri) throws IOException {
        Objects.requireNonNull(redirectUri, "redirectUri");
        String problem = problem(redirectUri);
        if (problem != null) {
            throw new IllegalArgumentException("cannot listen on the redirect URI " + redirectUri + ": " + problem);
        }
        String host = redirectUri.getHost().toLowerCase(Locale.ROOT);
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "baton-loopback-callback");
            thread.setDaemon(true);
            return thread;
        });
        List<HttpServer> servers = new ArrayList<>();
        try {
            InetAddress first = InetAddress.getByName(host.equals("[::1]") ? "::1" : "127.0.0.1");
            servers.add(bind(new InetSocketAddress(first, redirectUri.getPort()), redirectUri));
            int port = servers.get(0).getAddress().getPort();
            if (host.equals("localhost")) {
                bindIpv6(port, redirectUri).ifPresent(servers::add);
            }
            URI bound = withPort(redirectUri, port);
            LoopbackCallback callback = new LoopbackCallback(bound, servers, executor);
            for (HttpServer server : servers) {
                server.setExecutor(executor);
                server.createContext("/", callback::handle);
                server.start();
            }
            return callback;
        } catch (IOException | RuntimeException e) {
            servers.forEach(server -> server.stop(0));
            executor.shutdownNow();
            throw e;
        }
    }

    /** The redirect URI listened on, with the port actually bound (which differs from the given one for port 0). */
    public URI redirectUri() {
        return redirectUri;
    }

    /**
     * Waits for the browser's callback.
     *
     * @throws AuthorizationCallbackException when none came within {@code timeout}
     * @throws InterruptedException           when the waiting thread is interrupted
     */
    public AuthorizationResponse await(Duration timeout) throws AuthorizationCallbackException, InterruptedException {
        try {
            return response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AuthorizationCallbackException("no sign-in came back to " + redirectUri + " within "
                    + describe(timeout) + "; finish signing in in the browser, or start again");
        } catch (ExecutionException e) {
            throw new IllegalStateException("the loopback listener failed", e.getCause());
        }
    }

    /** Stops listening. */
    @Override
    public void close() {
        servers.forEach(server -> server.stop(0));
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            if (!path(exchange.getRequestURI()).equals(path)) {
                reply(exchange, 400, CallbackPages.wrongPath());
                return;
            }
            if (!exchange.getRequestMethod().equalsIgnoreCase("GET")) {
                exchange.getResponseHeaders().add("Allow", "GET");
                reply(exchange, 405, CallbackPages.wrongMethod());
                return;
            }
            AuthorizationResponse received = AuthorizationResponse.fromUri(exchange.getRequestURI());
            if (received.code() == null && received.error() == null) {
                reply(exchange, 400, CallbackPages.noCode());
                return;
            }
            if (response.isDone()) {
                reply(exchange, 409, CallbackPages.alreadyAnswered());
                return;
            }
            reply(exchange, 200, received.isError() ? CallbackPages.failed(received) : CallbackPages.signedIn());
            response.complete(received);
        } finally {
            exchange.close();
        }
    }

    private static void reply(HttpExchange exchange, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.getResponseHeaders().add("Referrer-Policy", "no-referrer");
        exchange.getResponseHeaders().add("Connection", "close");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static HttpServer bind(InetSocketAddress address, URI redirectUri) throws IOException {
        try {
            return HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new IOException("cannot listen on " + address.getAddress().getHostAddress() + ":" + address.getPort()
                    + " for the redirect URI " + redirectUri + (address.getPort() == 0 ? "" : " (is the port in use?)")
                    + ": " + e.getMessage(), e);
        }
    }

    private static Optional<HttpServer> bindIpv6(int port, URI redirectUri) {
        try {
            return Optional.of(bind(new InetSocketAddress(InetAddress.getByName("::1"), port), redirectUri));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String problem(URI uri) {
        if (uri == null || uri.isOpaque()) {
            return "it is not a hierarchical URI";
        }
        if (!"http".equalsIgnoreCase(uri.getScheme())) {
            return "only http:// loopback redirect URIs can be listened on";
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!LOOPBACK_HOSTS.contains(host)) {
            return "the host must be 127.0.0.1, [::1] or localhost";
        }
        if (uri.getPort() < 0) {
            return "it has no port (add the port registered with the authorization server, such as :8765)";
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return "it must not have user info or a fragment";
        }
        return null;
    }

    private static URI withPort(URI uri, int port) {
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return URI.create(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost() + ":" + port
                + path(uri) + query);
    }

    private static String path(URI uri) {
        String raw = uri.getRawPath();
        return raw == null || raw.isEmpty() ? "/" : raw;
    }

    private static String describe(Duration timeout) {
        return timeout.toSeconds() >= 60 && timeout.toSecondsPart() == 0 ? timeout.toMinutes() + " min"
                : timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }
}
