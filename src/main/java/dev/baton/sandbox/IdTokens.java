package dev.baton.sandbox;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sandbox's ID tokens (OpenID Connect Core §2) and the JWKS that verifies them: ES256 (quick to make a key for, unlike RSA) with a key made when the
 * sandbox first needs one. The ID token switches break one rule each, so that Baton's validation is seen failing.
 */
final class IdTokens {
    static final String SUBJECT = "sbxU5erTh3M0ckUs3r00001";
    private static final Duration LIFETIME = Duration.ofMinutes(10);

    private final SandboxState state;
    private final AtomicInteger fetches = new AtomicInteger();
    private ECKey key;
    private ECKey rotated;

    IdTokens(SandboxState state) {
        this.state = state;
    }

    /** The ID token for a code redeemed by {@code clientId}, with {@code at_hash} of its access token. */
    String issue(String clientId, AuthorizationRequest request, String accessToken) {
        Instant now = state.now();
        Instant issuedAt = state.has(SandboxSwitch.ID_TOKEN_EXPIRED) ? now.minus(Duration.ofHours(2)) : now;
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(state.issuer())
                .subject(SUBJECT)
                .audience(state.has(SandboxSwitch.ID_TOKEN_WRONG_AUD) ? "another-client" : clientId)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(LIFETIME)))
                .claim("auth_time", now.getEpochSecond())
                .claim("at_hash", leftHalfHash(accessToken))
                .claim("email", SandboxAccounts.USER_EMAIL);
        if (request.nonce() != null) {
            claims.claim("nonce", state.has(SandboxSwitch.ID_TOKEN_WRONG_NONCE) ? request.nonce() + "-other"
                    : request.nonce());
        }
        try {
            return sign(claims.build());
        } catch (JOSEException e) {
            throw new IllegalStateException("the sandbox could not sign an ID token", e);
        }
    }

    private String sign(JWTClaimsSet claims) throws JOSEException {
        if (state.has(SandboxSwitch.ID_TOKEN_ALG_NONE)) {
            return new PlainJWT(claims).serialize();
        }
        if (state.has(SandboxSwitch.ID_TOKEN_HMAC)) {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key().getKeyID()).build(),
                    claims);
            jwt.sign(new MACSigner(key().toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        }
        ECKey signing = state.has(SandboxSwitch.ROTATED_SIGNING_KEY) && fetches.get() > 0 ? rotated() : key();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(signing.getKeyID()).build(),
                claims);
        jwt.sign(new ECDSASigner(signing));
        if (!state.has(SandboxSwitch.ID_TOKEN_TAMPERED)) {
            return jwt.serialize();
        }
        byte[] signature = jwt.getSignature().decode();
        signature[signature.length / 2] ^= 0x01;
        String serialized = jwt.serialize();
        return serialized.substring(0, serialized.lastIndexOf('.') + 1) + Base64URL.encode(signature);
    }

    /** {@code GET /oauth/jwks}: the public keys; with {@code rotated-signing-key}, the new one from the second fetch. */
    Map<String, Object> jwks() {
        boolean withRotated = state.has(SandboxSwitch.ROTATED_SIGNING_KEY) && fetches.incrementAndGet() > 1;
        List<ECKey> keys = withRotated ? List.of(key(), rotated()) : List.of(key());
        return new JWKSet(keys.stream().map(k -> (JWK) k.toPublicJWK()).toList()).toJSONObject(true);
    }

    private synchronized ECKey key() {
        if (key == null) {
            key = generate();
        }
        return key;
    }

    private synchronized ECKey rotated() {
        if (rotated == null) {
            rotated = generate();
        }
        return rotated;
    }

    private static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(Randoms.token().substring(0, 12)).algorithm(JWSAlgorithm.ES256)
                    .keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("the sandbox could not make a signing key", e);
        }
    }

    /** OpenID Connect Core §3.1.3.6: the left half of the SHA-256 of the token (ES256's hash), base64url-encoded. */
    private static String leftHalfHash(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return Base64URL.encode(Arrays.copyOf(hash, hash.length / 2)).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
