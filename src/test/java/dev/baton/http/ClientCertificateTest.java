package dev.baton.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.baton.http.ServerCertificateTest.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClientCertificateTest {

    private static TlsServer server;
    private static HttpSettings trustingServer;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = TlsServer.start(TestCertificates.server(), TestCertificates.clientRsa().certificate(),
                TestCertificates.clientEc().certificate());
        trustingServer = HttpSettings.builder().caCertificates(TestCertificates.server().certificatePem()).build();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
    void withoutAClientCertificateTheFailureSaysOneIsRequired(String protocol) throws Exception {
        try (TlsServer strict = TlsServer.start(TestCertificates.server(), protocol,
                TestCertificates.clientRsa().certificate())) {
            TransportException e = assertThrows(TransportException.class, () -> send(trustingServer, strict));
            assertEquals("TLS failure with https://127.0.0.1:" + strict.port() + ": the server requires a client "
                    + "certificate; use --cert FILE (and --key FILE)", e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
    void aCertificateTheServerDoesNotTrustIsRejected(String protocol) throws Exception {
        HttpSettings settings = trustingServer.toBuilder()
                .clientPkcs12(TestCertificates.wrongName().p12(), TestCertificates.PASSWORD).build();
        try (TlsServer strict = TlsServer.start(TestCertificates.server(), protocol,
                TestCertificates.clientRsa().certificate())) {
            TransportException e = assertThrows(TransportException.class, () -> send(settings, strict));
            assertEquals("TLS failure with https://127.0.0.1:" + strict.port() + ": the server did not accept the "
                    + "client certificate", e.getMessage());
        }
    }

    @Test
    void pkcs12ClientCertificateIsSent() throws Exception {
        HttpSettings settings = trustingServer.toBuilder()
                .clientPkcs12(TestCertificates.clientRsa().p12(), TestCertificates.PASSWORD).build();
        assertEquals("hello CN=client-rsa,O=Baton Tests", send(settings, server).bodyText());
    }

    @Test
    void pemRsaCertificateAndKeyAreSent() throws Exception {
        HttpSettings settings = trustingServer.toBuilder()
                .clientPem(TestCertificates.clientRsa().certificatePem(), TestCertificates.clientRsa().keyPem())
                .build();
        assertEquals("hello CN=client-rsa,O=Baton Tests", send(settings, server).bodyText());
    }

    @Test
    void pemEcCertificateAndKeyAreSent() throws Exception {
        HttpSettings settings = trustingServer.toBuilder()
                .clientPem(TestCertificates.clientEc().certificatePem(), TestCertificates.clientEc().keyPem())
                .build();
        assertEquals("hello CN=client-ec,O=Baton Tests", send(settings, server).bodyText());
    }

    @Test
    void pemKeyMayShareTheCertificateFile() throws Exception {
        Path both = Files.writeString(dir.resolve("client.pem"),
                Files.readString(TestCertificates.clientEc().keyPem())
                        + Files.readString(TestCertificates.clientEc().certificatePem()));
        HttpSettings settings = trustingServer.toBuilder().clientCertificate(both).build();
        assertEquals("hello CN=client-ec,O=Baton Tests", send(settings, server).bodyText());
    }

    @Test
    void theClientCertificateWorksWithInsecureToo() throws Exception {
        HttpSettings settings = HttpSettings.builder().insecure(true)
                .clientPkcs12(TestCertificates.clientEc().p12(), TestCertificates.PASSWORD).build();
        assertEquals("hello CN=client-ec,O=Baton Tests", send(settings, server).bodyText());
    }
}
