package dev.baton.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Self-signed keys and certificates made once per test JVM with the JDK's {@code keytool}, in PKCS#12 and
 * in PEM (certificate, and the key as unencrypted PKCS#8, written with plain JDK code).
 */
final class TestCertificates {

    static final String PASSWORD = "s3cret-p12-pass";

    /** One key and its self-signed certificate, in every form the tests need. */
    record Identity(Path p12, Path certificatePem, Path keyPem, X509Certificate certificate, PrivateKey key) {
    }

    private static final Path DIR = createDir();
    private static final Identity SERVER;
    private static final Identity WRONG_NAME;
    private static final Identity CLIENT_RSA;
    private static final Identity CLIENT_EC;

    static {
        List<Process> running = new ArrayList<>();
        running.add(genkeypair("server", "RSA", "SAN=ip:127.0.0.1,dns:localhost"));
        running.add(genkeypair("elsewhere", "RSA", "SAN=dns:elsewhere.example"));
        running.add(genkeypair("client-rsa", "RSA", null));
        running.add(genkeypair("client-ec", "EC", null));
        running.forEach(TestCertificates::await);
        SERVER = identity("server");
        WRONG_NAME = identity("elsewhere");
        CLIENT_RSA = identity("client-rsa");
        CLIENT_EC = identity("client-ec");
    }

    private TestCertificates() {
    }

    /** A server certificate for 127.0.0.1 and localhost. */
    static Identity server() {
        return SERVER;
    }

    /** A server certificate for elsewhere.example only. */
    static Identity wrongName() {
        return WRONG_NAME;
    }

    static Identity clientRsa() {
        return CLIENT_RSA;
    }

    static Identity clientEc() {
        return CLIENT_EC;
    }

    static String pem(X509Certificate... certificates) {
        StringBuilder out = new StringBuilder();
        for (X509Certificate certificate : certificates) {
            try {
                out.append(block("CERTIFICATE", certificate.getEncoded()));
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out.toString();
    }

    static String block(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static Process genkeypair(String name, String algorithm, String san) {
        List<String> command = new ArrayList<>(List.of(keytool(), "-genkeypair", "-alias", name,
                "-keyalg", algorithm, "-dname", "CN=" + name + ",O=Baton Tests", "-validity", "3",
                "-keystore", DIR.resolve(name + ".p12").toString(), "-storetype", "PKCS12",
                "-storepass", PASSWORD, "-keypass", PASSWORD, "-noprompt"));
        command.addAll(algorithm.equals("EC") ? List.of("-groupname", "secp256r1") : List.of("-keysize", "2048"));
        if (san != null) {
            command.addAll(List.of("-ext", san));
        }
        try {
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(DIR.resolve(name + ".log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run keytool", e);
        }
    }

    private static void await(Process process) {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + process.info().commandLine().orElse(""));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Identity identity(String name) {
        try {
            Path p12 = DIR.resolve(name + ".p12");
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(p12)) {
                store.load(in, PASSWORD.toCharArray());
            }
            X509Certificate certificate = (X509Certificate) store.getCertificate(name);
            PrivateKey key = (PrivateKey) store.getKey(name, PASSWORD.toCharArray());
            Path certificatePem = Files.writeString(DIR.resolve(name + ".crt.pem"), pem(certificate));
            Path keyPem = Files.writeString(DIR.resolve(name + ".key.pem"), block("PRIVATE KEY", key.getEncoded()));
            return new Identity(p12, certificatePem, keyPem, certificate, key);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the keytool output for " + name, e);
        }
    }

    private static String keytool() {
        return Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    }

    private static Path createDir() {
        try {
            Path dir = Files.createTempDirectory("baton-tls-test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort
        }
    }
}
