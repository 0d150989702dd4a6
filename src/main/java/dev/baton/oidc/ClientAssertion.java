package dev.baton.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.factories.DefaultJWSSignerFactory;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.baton.http.PemFiles;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * A client's proof of its identity at the token endpoint (RFC 7523 §2.2, OpenID Connect Core §9): a JWT whose
 * {@code iss} and {@code sub} are the client id, {@code aud} the token endpoint, with a fresh {@code jti} and a
 * short life, signed with the client secret ({@code client_secret_jwt}, HS256) or the client's private key
 * ({@code private_key_jwt}, RS256 or ES256 by the key's type).
 */
public final class ClientAssertion {

    /** The {@code client_assertion_type} of a JWT (RFC 7523 §2.2). */
    public static final String TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final Duration LIFETIME = Duration.ofSeconds(60);

    private final String clientId;
    private final JWSSigner signer;
    private final JWSHeader header;

    private ClientAssertion(String clientId, JWSSigner signer, JWSHeader header) {
        this.clientId = clientId;
        this.signer = signer;
        this.header = header;
    }

    /**
     * {@code client_secret_jwt}.
     *
     * @throws IllegalArgumentException when the secret is shorter than HS256's 256 bits (RFC 7518 §3.2)
     */
    public static ClientAssertion withSecret(String clientId, String secret) {
        try {
            return new ClientAssertion(clientId, new MACSigner(secret.getBytes(StandardCharsets.UTF_8)),
                    new JWSHeader(JWSAlgorithm.HS256));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the client secret is too short to sign a client_secret_jwt "
                    + "assertion: HS256 needs 32 bytes or more (RFC 7518 \u00a73.2)");
        }
    }

    /**
     * {@code private_key_jwt} with a private key written as a PEM block or a JWK.
     *
     * @throws IllegalArgumentException when the text is not an RSA or EC private key
     */
    public static ClientAssertion withKey(String clientId, String key) {
        try {
            if (key.strip().startsWith("{")) {
                JWK jwk = JWK.parse(key);
                if (!(jwk instanceof AsymmetricJWK) || !jwk.isPrivate()) {
                    throw new IllegalArgumentException("the client key must be an RSA or EC private key");
                }
                JWSAlgorithm alg = jwk instanceof RSAKey ? JWSAlgorithm.RS256 : ecdsa(((ECKey) jwk).getCurve());
                return new ClientAssertion(clientId, new DefaultJWSSignerFactory().createJWSSigner(jwk, alg),
                        new JWSHeader.Builder(alg).keyID(jwk.getKeyID()).build());
            }
            PrivateKey pem = PemFiles.privateKey(key, "the client key");
            if (pem instanceof RSAPrivateKey) {
                return new ClientAssertion(clientId, new RSASSASigner(pem), new JWSHeader(JWSAlgorithm.RS256));
            }
            if (pem instanceof ECPrivateKey ec) {
                return new ClientAssertion(clientId, new ECDSASigner(ec),
                        new JWSHeader(ecdsa(Curve.forECParameterSpec(ec.getParams()))));
            }
            throw new IllegalArgumentException("the client key must be an RSA or EC private key");
        } catch (ParseException | JOSEException | ClassCastException e) {
            throw new IllegalArgumentException("the client key is neither a PEM private key (PKCS#8) nor an RSA or "
                    + "EC private JWK");
        }
    }

    /** A new assertion for the token endpoint {@code audience}, made {@code now}. */
    public String forAudience(String audience, Instant now) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).audience(audience)
                .jwtID(UUID.randomUUID().toString()).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME))).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("the client assertion could not be signed", e);
        }
        return jwt.serialize();
    }

    /** The ECDSA algorithm of a curve (RFC 7518 §3.4). */
    private static JWSAlgorithm ecdsa(Curve curve) throws JOSEException {
        if (Curve.P_256.equals(curve)) {
            return JWSAlgorithm.ES256;
        }
        if (Curve.P_384.equals(curve)) {
            return JWSAlgorithm.ES384;
        }
        if (Curve.P_521.equals(curve)) {
            return JWSAlgorithm.ES512;
        }
        throw new JOSEException("no ECDSA algorithm for the curve " + curve);
    }
}
