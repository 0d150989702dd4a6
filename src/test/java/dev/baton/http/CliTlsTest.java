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
    void aMissingCaFileIsInvalidInputBeforeAnythingIsSent(@TempDir Path dir) throws Exception {
        try (TlsServer server = TlsServer.start(TestCertificates.server())) {
            CliRun run = run(dir, server, "--cacert", dir.resolve("nope.pem").toString());

            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.err().contains("--cacert") && run.err().contains("file not found"), run::toString);
        }
    }
}
