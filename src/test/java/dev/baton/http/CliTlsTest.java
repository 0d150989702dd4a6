package dev.baton.http;

import dev.baton.testing.CliRun;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TLS options from the command line against a self-signed loopback server, and mutual TLS. */
class CliTlsTest {

    private static final String COLLECTION = """
            name: tls
            steps:
              - name: hello
                request: {url: "<<url>>"}
                expect:
                  status: 200
                  body: {startsWith: hello}
            """;

    private static CliRun run(Path dir, TlsServer server, String... options) {
        String[] base = {"run", TestFiles.write(dir, "tls.yaml", COLLECTION).toString(), "--env",
                TestFiles.emptyEnvironment(dir).toString(), "--var", "url=" + server.uri("127.0.0.1")};
        String[] args = new String[base.length + options.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(options, 0, args, base.length, options.length);
        return CliRun.of(args);
    }

    @Test
    void aSelfSignedServerIsRefusedTrustedWithCacertAndAcceptedWithInsecure(@TempDir Path dir) throws Exception {
        try (TlsServer server = TlsServer.start(TestCertificates.server())) {
            CliRun refused = run(dir, server);
            CliRun trusted = run(dir, server, "--cacert", TestCertificates.server().certificatePem().toString());
            CliRun insecure = run(dir, server, "--insecure");

            assertEquals(1, refused.exitCode(), refused::toString);
            assertTrue(refused.out().contains("certificate is not trusted") && refused.out().contains("--cacert"),
                    refused::toString);
            assertEquals(0, trusted.exitCode(), trusted::toString);
            assertFalse(trusted.err().contains("warning"), trusted::toString);
            assertEquals(0, insecure.exitCode(), insecure::toString);
            assertTrue(insecure.err().contains("warning: --insecure"), insecure::toString);
        }
    }

    @Test
    void mutualTlsWithAPkcs12ClientCertificate(@TempDir Path dir) throws Exception {
        var client = TestCertificates.clientRsa();
        try (TlsServer server = TlsServer.start(TestCertificates.server(), client.certificate())) {
            String ca = TestCertificates.server().certificatePem().toString();
            CliRun without = run(dir, server, "--cacert", ca);
            CliRun with = run(dir, server, "--cacert", ca, "--cert", client.p12().toString(), "--cert-password",
                    TestCertificates.PASSWORD);

            assertEquals(1, without.exitCode(), without::toString);
            assertTrue(without.out().contains("client certificate"), without::toString);
            assertEquals(0, with.exitCode(), with::toString);
            assertFalse(with.all().contains(TestCertificates.PASSWORD), with::toString);
        }
    }

    @Test
    void theServerCertificateIsReadByCapturesAndExpectationsAndAFailureSaysWhatItFound(@TempDir Path dir)
            throws Exception {
        try (TlsServer server = TlsServer.start(TestCertificates.server())) {
            Path file = TestFiles.write(dir, "certificate.yaml", """
                    name: certificate
                    steps:
                      - name: hello
                        request: {url: "<<url>>"}
                        capture:
                          subject: {certificate: subject}
                        expect:
                          certificate:
                            subject: "CN=server,O=Baton Tests"
                            issuer: "CN=server,O=Baton Tests"
                            names: {contains: 127.0.0.1}
                            expireDays: {ge: 1, le: 3}
                            notAfter: {matches: "^20[0-9]{2}-[0-9]{2}-[0-9]{2}T"}
                      - name: expiring
                        request: {url: "<<url>>?s=<<subject | urlEncode>>"}
                        expect:
                          url: {endsWith: "?s=CN%3Dserver%2CO%3DBaton%20Tests"}
                          certificate: {expireDays: {gt: 30}}
                    """);
            CliRun run = CliRun.of("run", file.toString(), "--env", TestFiles.emptyEnvironment(dir).toString(),
                    "--var", "url=" + server.uri("127.0.0.1"), "--cacert",
                    TestCertificates.server().certificatePem().toString());

            assertEquals(1, run.exitCode(), run::toString);
            assertTrue(run.out().matches("(?s).*PASS +hello .*"), run::toString);
            assertTrue(run.out().contains("certificate expireDays: expected gt 30 but was "), run::toString);
            assertTrue(run.out().contains(TestFiles.positionOf(file, "expireDays: {gt")), run::toString);
            assertFalse(run.out().contains("url: expected"), run::toString);
        }
    }

    @Test
    void aMissingCaFileIsInvalidInputBeforeAnythingIsSent(@TempDir Path dir) throws Exception {
        try (TlsServer server = TlsServer.start(TestCertificates.server())) {
            CliRun run = run(dir, server, "--cacert", dir.resolve("nope.pem").toString());

            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.err().contains("--cacert") && run.err().contains("file not found"), run::toString);
        }
    }
}
