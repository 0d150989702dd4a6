package dev.baton.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A tiny HTTP server on 127.0.0.1 whose answers a test writes as a function of the request: echoes, hostile
 * answers, slow answers. Close it in {@code @AfterEach} or with try-with-resources.
 */
public final class EchoServer implements AutoCloseable {

    /** What the server received. */
    public record Request(String method, URI uri, Map<String, List<String>> headers, byte[] body) {
        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** What it answers; {@code body} may also stream itself with {@link #streaming}. */
    public record Reply(int status, Map<String, List<String>> headers, byte[] body, Streaming streaming) {
        public static Reply of(int status, String contentType, String body) {
            return of(status, contentType, body.getBytes(StandardCharsets.UTF_8));
        }

        public static Reply of(int status, String contentType, byte[] body) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            headers.put("Content-Type", List.of(contentType));
            return new Reply(status, headers, body, null);
        }

        /** The same reply with one more header (repeatable names allowed). */
        public Reply with(String name, String value) {
            Map<String, List<String>> more = new LinkedHashMap<>(headers);
            more.computeIfAbsent(name, k -> new ArrayList<>());
            List<String> values = new ArrayList<>(more.get(name));
            values.add(value);
            more.put(name, values);
            return new Reply(status, more, body, streaming);
        }
    }

    /** Writes a body bit by bit. */
    @FunctionalInterface
    public interface Streaming {
        void write(java.io.OutputStream out) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final List<Request> received = Collections.synchronizedList(new ArrayList<>());

    private EchoServer(HttpServer server) {
        this.server = server;
    }

    /** Starts a server on a free loopback port that answers every request with {@code answer}. */
    public static EchoServer start(Function<Request, Reply> answer) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            EchoServer echo = new EchoServer(server);
            server.createContext("/", exchange -> echo.handle(exchange, answer));
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.start();
            return echo;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange, Function<Request, Reply> answer) throws IOException {
        try (exchange) {
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI(),
                    Map.copyOf(exchange.getRequestHeaders()), exchange.getRequestBody().readAllBytes());
            received.add(request);
            Reply reply = answer.apply(request);
            reply.headers().forEach((name, values) -> values.forEach(v -> exchange.getResponseHeaders().add(name, v)));
            if (reply.streaming() != null) {
                exchange.sendResponseHeaders(reply.status(), 0);
                reply.streaming().write(exchange.getResponseBody());
            } else {
                exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
                exchange.getResponseBody().write(reply.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            // the client went away; nothing to answer
        }
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every request received so far. */
    public List<Request> requests() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
