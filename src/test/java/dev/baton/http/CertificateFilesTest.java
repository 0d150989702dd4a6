package dev.baton.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CertificateFilesTest {

    @TempDir
    Path dir;

    @Test
    void missingCaFile() {
        Path missing = dir.resolve("ca.pem");
        assertEquals("--cacert " + missing + ": file not found", problem(HttpSettings.builder()
                .caCertificates(missing)));
    }

    @Test
    void caFileThatIsADirectory() {
        assertEquals("--cacert " + dir + ": is a directory, not a file", problem(HttpSettings.builder()
                .caCertificates(dir)));
    }

    @Test
    void caFileWithoutCertificates() throws Exception {
        Path keyOnly = Files.copy(TestCertificates.clientRsa().keyPem(), dir.resolve("ca.pem"));
        assertEquals("--cacert " + keyOnly + ": no PEM certificate found (expected a '-----BEGIN CERTIFICATE-----' "
                + "block)", problem(HttpSettings.builder().caCertificates(keyOnly)));
        Path binary = Files.write(dir.resolve("ca.der"), TestCertificates.server().certificate().getEncoded());
        assertEquals("--cacert " + binary + ": no PEM certificate found (expected a '-----BEGIN CERTIFICATE-----' "
                + "block)", problem(HttpSettings.builder().caCertificates(binary)));
    }

    @Test
    void caFileWithABrokenCertificate() throws Exception {
        String good = TestCertificates.pem(TestCertificates.server().certificate());
        Path notBase64 = Files.writeString(dir.resolve("a.pem"), good.replace("MII", "M*I"));
        assertEquals("--cacert " + notBase64 + ": certificate 1 is not valid Base64",
                problem(HttpSettings.builder().caCertificates(notBase64)));
        Path notX509 = Files.writeString(dir.resolve("b.pem"), good + TestCertificates.block("CERTIFICATE",
                "not a certificate".getBytes()));
        assertEquals("--cacert " + notX509 + ": certificate 2 is not a valid X.509 certificate",
                problem(HttpSettings.builder().caCertificates(notX509)));
        Path unterminated = Files.writeString(dir.resolve("c.pem"), good.substring(0, good.indexOf("-----END")));
        assertEquals("--cacert " + unterminated + ": the 'CERTIFICATE' block has no '-----END CERTIFICATE-----' line",
                problem(HttpSettings.builder().caCertificates(unterminated)));
    }

    @Test
    void wrongPkcs12PasswordIsNamedButNotShown() {
        Path p12 = TestCertificates.clientRsa().p12();
        String message = problem(HttpSettings.builder().clientPkcs12(p12, "not-the-password"));
        assertEquals("--cert " + p12 + ": wrong password for the PKCS#12 file (--cert-password)", message);
        assertFalse(message.contains("not-the-password"));
    }

    @Test
    void pkcs12WithoutPassword() {
        Path p12 = TestCertificates.clientRsa().p12();
        assertEquals("--cert " + p12 + ": the PKCS#12 file needs a password; give it with --cert-password",
                problem(HttpSettings.builder().clientCertificate(p12)));
    }

    @Test
    void pkcs12WithoutAKey() throws Exception {
        KeyStore trustOnly = KeyStore.getInstance("PKCS12");
        trustOnly.load(null, null);
        trustOnly.setCertificateEntry("ca", TestCertificates.server().certificate());
        Path p12 = dir.resolve("trust.p12");
        try (OutputStream out = Files.newOutputStream(p12)) {
            trustOnly.store(out, "pw".toCharArray());
        }
        assertEquals("--cert " + p12 + ": the PKCS#12 file holds no private key",
                problem(HttpSettings.builder().clientPkcs12(p12, "pw")));
    }

    @Test
    void certificateFileThatIsNeitherPemNorPkcs12() throws Exception {
        Path junk = Files.write(dir.resolve("client.crt"), new byte[]{1, 2, 3, 4});
        assertEquals("--cert " + junk + ": neither a PEM certificate nor a PKCS#12 file",
                problem(HttpSettings.builder().clientCertificate(junk)));
    }

    @Test
    void pkcs12WithAKeyFile() {
        Path p12 = TestCertificates.clientRsa().p12();
        assertEquals("--cert " + p12 + ": not a PEM certificate (a PKCS#12 file holds its own key and takes no "
                + "--key)", problem(HttpSettings.builder().clientPem(p12, TestCertificates.clientRsa().keyPem())));
    }

    @Test
    void pemCertificateWithoutItsKey() {
        Path certificate = TestCertificates.clientRsa().certificatePem();
        assertEquals("--cert " + certificate + ": no private key in the file; give it with --key FILE",
                problem(HttpSettings.builder().clientCertificate(certificate)));
        Path missing = dir.resolve("client.key");
        assertEquals("--key " + missing + ": file not found",
                problem(HttpSettings.builder().clientPem(certificate, missing)));
    }

    @Test
    void keyWithoutCertificate() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HttpSettings.builder().clientKey(Path.of("client.key")).build());
        assertEquals("--key client.key: needs --cert, the certificate of the key", e.getMessage());
    }

    @Test
    void keysThatAreNotUnencryptedPkcs8() throws Exception {
        Path certificate = TestCertificates.clientRsa().certificatePem();
        Path pkcs1 = Files.writeString(dir.resolve("rsa.key"), "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAK==\n"
                + "-----END RSA PRIVATE KEY-----\n");
        assertEquals("--key " + pkcs1 + ": the key is a 'RSA PRIVATE KEY'; Baton reads unencrypted PKCS#8 keys "
                + "('-----BEGIN PRIVATE KEY-----'); convert it with: openssl pkcs8 -topk8 -nocrypt -in " + pkcs1
                + " -out key.pem", problem(HttpSettings.builder().clientPem(certificate, pkcs1)));
        Path encrypted = Files.writeString(dir.resolve("enc.key"), "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n"
                + "-----END ENCRYPTED PRIVATE KEY-----\n");
        assertEquals("--key " + encrypted + ": the private key is encrypted; Baton reads unencrypted PKCS#8 keys "
                + "(openssl pkcs8 -topk8 -nocrypt -in " + encrypted + " -out key.pem)",
                problem(HttpSettings.builder().clientPem(certificate, encrypted)));
        Path garbage = Files.writeString(dir.resolve("bad.key"), TestCertificates.block("PRIVATE KEY",
                new byte[]{48, 3, 2, 1, 0}));
        assertEquals("--key " + garbage + ": the private key is not a valid RSA or EC PKCS#8 key",
                problem(HttpSettings.builder().clientPem(certificate, garbage)));
    }

    @Test
    void keyOfAnotherCertificate() {
        Path certificate = TestCertificates.clientRsa().certificatePem();
        Path otherKey = TestCertificates.clientEc().keyPem();
        assertEquals("--key " + otherKey + ": the private key does not belong to the first certificate in "
                + certificate, problem(HttpSettings.builder().clientPem(certificate, otherKey)));
    }

    @Test
    void goodFilesMakeAContext() {
        assertNotNull(TlsContexts.create(HttpSettings.builder()
                .caCertificates(TestCertificates.server().certificatePem())
                .clientPem(TestCertificates.clientEc().certificatePem(), TestCertificates.clientEc().keyPem())
                .build()));
    }

    /** The message of the error both the early check and the sender give. */
    private static String problem(HttpSettings.Builder builder) {
        HttpSettings settings = builder.build();
        IllegalArgumentException early = assertThrows(IllegalArgumentException.class,
                () -> TlsContexts.create(settings));
        IllegalArgumentException late = assertThrows(IllegalArgumentException.class,
                () -> new ApacheHttpSender(settings).close());
        assertEquals(early.getMessage(), late.getMessage());
        return early.getMessage();
    }
}
