package dev.baton.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

/** A WireMock server on 127.0.0.1 and a free port, for one test; close it in {@code @AfterEach}. */
public final class HttpStub implements AutoCloseable {

    private final WireMockServer server;

    private HttpStub(WireMockServer server) {
        this.server = server;
    }

    public static HttpStub start() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1").dynamicPort()
                .containerThreads(16).jettyStopTimeout(0L));
        server.start();
        return new HttpStub(server);
    }

    public WireMockServer server() {
        return server;
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Every request received, oldest first. */
    public List<LoggedRequest> requests() {
        return server.findAll(anyRequestedFor(anyUrl()));
    }

    /** The paths (with query) of every request received, oldest first. */
    public List<String> urls() {
        return requests().stream().map(LoggedRequest::getUrl).toList();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** A port on 127.0.0.1 that nothing listens on (it was free a moment ago). */
    public static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
