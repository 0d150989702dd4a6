package dev.baton.http;

import dev.baton.model.InvalidInputException;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.X509KeyManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.UnrecoverableKeyException;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The client certificate for mutual TLS, from a PKCS#12 file or from PEM certificate and key files.
 */
final class ClientIdentity {

    private static final char[] IN_MEMORY = "baton".toCharArray();

    private ClientIdentity() {
    }

    /** The key manager of the settings' client certificate, or empty when there is none. */
    static Optional<X509KeyManager> keyManager(HttpSettings settings) {
        if (settings.clientCertificate().isEmpty()) {
            return Optional.empty();
        }
        Path certificate = settings.clientCertificate().get();
        byte[] content = PemFiles.read(certificate, "--cert");
        boolean pem = PemFiles.isPem(content);
        if (!pem && settings.clientKey().isPresent()) {
            throw new InvalidInputException("--cert " + certificate + ": not a PEM certificate (a PKCS#12 file "
                    + "holds its own key and takes no --key)");
        }
        char[] password = pem ? IN_MEMORY : passwordOf(settings);
        KeyStore store = pem ? fromPem(content, certificate, settings.clientKey().orElse(null))
                : fromPkcs12(content, certificate, password, settings.hasClientCertificatePassword());
        try {
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, password);
            for (KeyManager manager : factory.getKeyManagers()) {
                if (manager instanceof X509KeyManager x509) {
                    return Optional.of(x509);
                }
            }
            throw new IllegalStateException("no X.509 key manager in this JVM");
        } catch (UnrecoverableKeyException e) {
            throw wrongPassword(certificate, settings.hasClientCertificatePassword());
        } catch (GeneralSecurityException e) {
            throw new InvalidInputException("--cert " + certificate + ": the key cannot be used ("
                    + e.getMessage() + ")");
        }
    }

    private static char[] passwordOf(HttpSettings settings) {
        String password = settings.clientCertificatePassword();
        return password == null ? new char[0] : password.toCharArray();
    }

    private static KeyStore fromPkcs12(byte[] content, Path file, char[] password, boolean passwordGiven) {
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(content), password);
        } catch (IOException e) {
            if (hasCause(e, UnrecoverableKeyException.class)) {
                throw wrongPassword(file, passwordGiven);
            }
            throw new InvalidInputException("--cert " + file + ": neither a PEM certificate nor a PKCS#12 file");
        } catch (GeneralSecurityException e) {
            throw new InvalidInputException("--cert " + file + ": the PKCS#12 file cannot be read ("
                    + e.getMessage() + ")");
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    store.getKey(alias, password);
                    return store;
                }
            }
        } catch (UnrecoverableKeyException e) {
            throw wrongPassword(file, passwordGiven);
        } catch (GeneralSecurityException e) {
            throw new InvalidInputException("--cert " + file + ": the key cannot be read (" + e.getMessage() + ")");
        }
        throw new InvalidInputException("--cert " + file + ": the PKCS#12 file holds no private key");
    }

    private static InvalidInputException wrongPassword(Path file, boolean passwordGiven) {
        return new InvalidInputException("--cert " + file + (passwordGiven
                ? ": wrong password for the PKCS#12 file (--cert-password)"
                : ": the PKCS#12 file needs a password; give it with --cert-password"));
    }

    private static KeyStore fromPem(byte[] content, Path certificate, Path keyFile) {
        List<X509Certificate> chain = PemFiles.certificates(content, certificate, "--cert");
        PrivateKey key;
        if (keyFile != null) {
            key = PemFiles.privateKey(keyFile, "--key");
        } else if (PemFiles.blocks(content, "--cert " + certificate).stream()
                .anyMatch(b -> b.type().endsWith("PRIVATE KEY"))) {
            key = PemFiles.privateKey(content, certificate, "--cert");
        } else {
            throw new InvalidInputException("--cert " + certificate
                    + ": no private key in the file; give it with --key FILE");
        }
        if (!belongsTo(key, chain.get(0).getPublicKey())) {
            throw new InvalidInputException((keyFile == null ? "--cert " + certificate : "--key " + keyFile)
                    + ": the private key does not belong to the first certificate in " + certificate);
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("client", key, IN_MEMORY, chain.toArray(new X509Certificate[0]));
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new InvalidInputException("--cert " + certificate + ": the key cannot be used ("
                    + e.getMessage() + ")");
        }
    }

    static boolean belongsTo(PrivateKey key, PublicKey publicKey) {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "EdDSA", "Ed25519", "Ed448" -> "EdDSA";
            default -> null;
        };
        if (algorithm == null) {
            return true;
        }
        byte[] probe = "baton key check".getBytes(StandardCharsets.US_ASCII);
        try {
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
