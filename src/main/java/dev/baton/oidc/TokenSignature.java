package dev.baton.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.KeyConverter;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import java.security.Key;
import java.text.ParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a signed JWT (a JWS, RFC 7515) verifies against a key of an issuer's JWKS, with Nimbus JOSE+JWT. Only an
 * asymmetric signature can: {@code alg: none} is no signature, and an HMAC "verified" with a public key proves
 * nothing, since anyone holding that key can make one (RFC 8725 §2.1, §3.1).
 */
public final class TokenSignature {

    private static final DefaultJWSVerifierFactory VERIFIERS = new DefaultJWSVerifierFactory();

    private final KeySet keys;
    private final String rule;

    /**
     * @param keys the issuer's keys
     * @param rule the rule a failure cites, e.g. {@code OpenID Connect Core §3.1.3.7}
     */
    public TokenSignature(KeySet keys, String rule) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.rule = rule;
    }

    /** Why {@code token} is not a JWT whose signature verifies, or empty when it is one. */
    public Optional<String> problem(String token) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException e) {
            return Optional.of("the value is not a JWT (RFC 7519 \u00a77.2)");
        }
        if (jwt instanceof PlainJWT) {
            return Optional.of("expected an asymmetric signature, found 'none': an unsigned token is refused ("
                    + rule + ")");
        }
        if (jwt instanceof EncryptedJWT) {
            return Optional.of("the token is encrypted (JWE): Baton verifies signed tokens only");
        }
        return check((SignedJWT) jwt).map(ClaimFailure::message);
    }

    /** What is wrong with the signature of {@code jwt}, or empty when a key of the issuer verifies it. */
    public Optional<ClaimFailure> check(SignedJWT jwt) {
        JWSHeader header = jwt.getHeader();
        JWSAlgorithm alg = header.getAlgorithm();
        if (JWSAlgorithm.Family.HMAC_SHA.contains(alg)) {
            return Optional.of(new ClaimFailure("alg", "expected an asymmetric signature, found '" + alg
                    + "': an HMAC checked with the issuer's public key proves nothing, anyone holding that key "
                    + "could have made it (" + rule + ")"));
        }
        String kid = header.getKeyID() == null ? "" : " with kid '" + header.getKeyID() + "'";
        JWKMatcher matcher = JWKMatcher.forJWSHeader(header);
        if (matcher == null) {
            return Optional.of(new ClaimFailure("alg", "'" + alg + "' is not an algorithm Baton verifies"));
        }
        List<JWK> candidates;
        try {
            candidates = keys.select(matcher);
        } catch (KeySet.KeySetException e) {
            return Optional.of(new ClaimFailure("signature", "cannot be checked: " + e.getMessage()));
        }
        if (candidates.isEmpty()) {
            return Optional.of(new ClaimFailure("signature", "no key for " + alg + kid + " in the issuer's JWKS "
                    + keys.location() + ", read again after a miss (" + rule + ")"));
        }
        for (JWK candidate : candidates) {
            for (Key key : KeyConverter.toJavaKeys(List.of(candidate))) {
                if (verifies(jwt, header, key)) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new ClaimFailure("signature", "does not verify against the issuer's key for " + alg
                + kid + ": the token was altered or signed by someone else (" + rule + ")"));
    }

    private static boolean verifies(SignedJWT jwt, JWSHeader header, Key key) {
        if (key instanceof java.security.PrivateKey) {
            return false;
        }
        try {
            JWSVerifier verifier = VERIFIERS.createJWSVerifier(header, key);
            return jwt.verify(verifier);
        } catch (JOSEException e) {
            return false;
        }
    }
}
