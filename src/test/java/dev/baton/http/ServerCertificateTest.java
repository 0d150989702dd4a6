package dev.baton.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerCertificateTest {

    private static TlsServer server;
    private static TlsServer elsewhere;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = TlsServer.start(TestCertificates.server());
        elsewhere = TlsServer.start(TestCertificates.wrongName());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        elsewhere.close();
    }

    @Test
    void selfSignedServerIsRefusedByDefault() {
        TransportException e = assertThrows(TransportException.class,
                () -> send(HttpSettings.defaults(), server));
        assertEquals("TLS failure with https://127.0.0.1:" + server.port() + ": the server's certificate is not "
                + "trusted (self-signed or unknown CA); use --cacert FILE to trust its CA, or --insecure",
                e.getMessage());
    }

    @Test
    void caCertificatesAreTrustedBesidesTheJdkOnes() throws Exception {
        Path bundle = Files.writeString(dir.resolve("bundle.pem"), "# two CAs\n"
                + TestCertificates.pem(TestCertificates.wrongName().certificate(),
                TestCertificates.server().certificate()));
        HttpResult result = send(HttpSettings.builder().caCertificates(bundle).build(), server);
        assertEquals(200, result.status());
        assertEquals("hello anonymous", result.bodyText());
    }

    @Test
    void insecureAcceptsAnyCertificateAndHostName() throws Exception {
        HttpSettings insecure = HttpSettings.builder().insecure(true).build();
        assertEquals(200, send(insecure, server).status());
        assertEquals(200, send(insecure, elsewhere).status());
    }

    @Test
    void aTrustedCertificateForAnotherHostIsRefused() {
        HttpSettings trusting = HttpSettings.builder()
                .caCertificates(TestCertificates.wrongName().certificatePem()).build();
        TransportException e = assertThrows(TransportException.class, () -> send(trusting, elsewhere));
        assertEquals("TLS failure with https://127.0.0.1:" + elsewhere.port() + ": the server's certificate is not "
                + "valid for 127.0.0.1 (hostname mismatch); use a host name the certificate was issued for, or "
                + "--insecure", e.getMessage());
    }

    @Test
    void trustingOneCaDoesNotTrustAnother() {
        HttpSettings trusting = HttpSettings.builder()
                .caCertificates(TestCertificates.wrongName().certificatePem()).build();
        TransportException e = assertThrows(TransportException.class, () -> send(trusting, server));
        assertTrue(e.getMessage().contains("certificate is not trusted"), e.getMessage());
    }

    @Test
    void plainHttpServerIsReportedAsSuch() throws Exception {
        try (var plain = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread responder = new Thread(() -> {
                try (var socket = plain.accept()) {
                    socket.getInputStream().read(new byte[512]);
                    socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                } catch (java.io.IOException ignored) {
                    // the client gave up
                }
            });
            responder.start();
            try (ApacheHttpSender sender = new ApacheHttpSender(Duration.ofSeconds(5))) {
                TransportException e = assertThrows(TransportException.class, () -> sender.send(OutgoingRequest.get(
                        java.net.URI.create("https://127.0.0.1:" + plain.getLocalPort() + "/"))));
                assertTrue(e.getMessage().endsWith("the server did not answer with TLS; is the URL meant to be "
                        + "http://?"), e.getMessage());
            }
            responder.join(5000);
        }
    }

    static HttpResult send(HttpSettings settings, TlsServer target) throws Exception {
        try (ApacheHttpSender sender = new ApacheHttpSender(settings.toBuilder().timeout(Duration.ofSeconds(5))
                .build())) {
            return sender.send(OutgoingRequest.get(target.uri("127.0.0.1")));
        }
    }
}
