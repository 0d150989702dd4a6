package dev.baton.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.Base64URL;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;

/**
 * {@code at_hash} and {@code c_hash} (OpenID Connect Core §3.1.3.6, §3.3.2.11): the left half of the hash of the
 * value's ASCII octets, base64url-encoded, with the hash of the ID token's {@code alg}.
 */
final class TokenHash {

    private TokenHash() {
    }

    /** The hash of {@code value} for a token signed with {@code alg}; empty when the algorithm names no hash. */
    static Optional<String> of(JWSAlgorithm alg, String value) {
        String name = alg.getName();
        String digest = name.equals("EdDSA") || name.equals("Ed25519") ? "SHA-512"
                : name.endsWith("256") || name.equals("ES256K") ? "SHA-256"
                : name.endsWith("384") ? "SHA-384" : name.endsWith("512") ? "SHA-512" : null;
        if (digest == null) {
            return Optional.empty();
        }
        try {
            byte[] hash = MessageDigest.getInstance(digest).digest(value.getBytes(StandardCharsets.US_ASCII));
            return Optional.of(Base64URL.encode(Arrays.copyOf(hash, hash.length / 2)).toString());
        } catch (NoSuchAlgorithmException e) {
            return Optional.empty();
        }
    }
}
