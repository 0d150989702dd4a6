package dev.baton.http;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class BodyLimitTest {

    private static final int ONE_MB = 1024 * 1024;

    private static WireMockServer server;

    @BeforeAll
    static void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(get(urlEqualTo("/big")).willReturn(aResponse().withStatus(200).withBody(new byte[2 * ONE_MB])));
        server.stubFor(get(urlEqualTo("/exact")).willReturn(aResponse().withStatus(200).withBody(new byte[ONE_MB])));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void aBodyOverTheLimitIsATransportErrorAndTheSenderStaysUsable() throws Exception {
        try (ApacheHttpSender sender = limitedTo(ONE_MB)) {
            TransportException e = assertThrows(TransportException.class,
                    () -> sender.send(OutgoingRequest.get(URI.create(server.baseUrl() + "/big"))));
            assertEquals("response body is larger than the limit of 1048576 bytes from " + server.baseUrl(),
                    e.getMessage());
            assertEquals(ONE_MB, sender.send(OutgoingRequest.get(URI.create(server.baseUrl() + "/exact")))
                    .body().length);
        }
    }

    @Test
    void anEndlessChunkedBodyIsCutOffWithoutReadingIt() throws Exception {
        assertCutOff("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", "4000\r\n", "\r\n");
    }

    @Test
    void aHugeDeclaredBodyIsRefusedWithoutDrainingIt() throws Exception {
        assertCutOff("HTTP/1.1 200 OK\r\nContent-Length: 100000000000\r\n\r\n", "", "");
    }

    /** A server that streams 16 KiB pieces forever: draining it instead of dropping the connection would hang. */
    private static void assertCutOff(String head, String before, String after) throws Exception {
        try (ServerSocket endless = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread writer = new Thread(() -> {
                try (Socket socket = endless.accept(); OutputStream out = socket.getOutputStream()) {
                    socket.getInputStream().read(new byte[4096]);
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                    byte[] piece = (before + "x".repeat(0x4000) + after).getBytes(StandardCharsets.US_ASCII);
                    while (true) {
                        out.write(piece);
                    }
                } catch (IOException closedByClient) {
                    // expected: the client hung up
                }
            });
            writer.setDaemon(true);
            writer.start();
            String url = "http://127.0.0.1:" + endless.getLocalPort();
            try (ApacheHttpSender sender = limitedTo(ONE_MB)) {
                TransportException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
                        TransportException.class, () -> sender.send(OutgoingRequest.get(URI.create(url + "/")))));
                assertEquals("response body is larger than the limit of 1048576 bytes from " + url, e.getMessage());
            }
            writer.join(5000);
            assertEquals(false, writer.isAlive(), "the connection was dropped");
        }
    }

    private static ApacheHttpSender limitedTo(int bytes) {
        return new ApacheHttpSender(HttpSettings.builder().timeout(Duration.ofSeconds(5)).maxBodyBytes(bytes).build());
    }
}
