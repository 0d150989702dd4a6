package dev.baton.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.baton.http.HttpResult;
import dev.baton.http.HttpSender;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ID token rules one by one, with ES256 tokens from a key set served by a stub that counts its reads: fixtures
 * of its own, with an issuer path, a clock skew of 30 seconds and several audiences that the sandbox never sends.
 */
class IdTokenValidatorTest {

    private static final String ISSUER = "https://op.example.test/tenant";
    private static final String CLIENT = "rp-7";
    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final String ACCESS = "opaque-access-token-value-42";
    private static final String CODE = "code-value-for-c-hash";

    private static ECKey key;
    private static ECKey other;

    private final AtomicInteger reads = new AtomicInteger();
    private final List<JWKSet> served = new ArrayList<>();

    @BeforeAll
    static void keys() throws Exception {
        key = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();
        other = new ECKeyGenerator(Curve.P_256).keyID("k2").generate();
    }

    private KeySet keySet(JWKSet... sets) {
        served.addAll(List.of(sets));
        HttpSender sender = request -> {
            int read = reads.getAndIncrement();
            if (served.isEmpty()) {
                return new HttpResult(request, 500, "Server Error", List.of(), new byte[0], StandardCharsets.UTF_8, 1,
                        Map.of());
            }
            JWKSet set = served.get(Math.min(read, served.size() - 1));
            return new HttpResult(request, 200, "OK", List.of(), set.toString(true).getBytes(StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8, 1, Map.of());
        };
        return new KeySet(sender, URI.create(ISSUER + "/keys"));
    }

    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().issuer(ISSUER).subject("user-1").audience(CLIENT)
                .issueTime(Date.from(NOW.minusSeconds(5))).expirationTime(Date.from(NOW.plusSeconds(300)))
                .claim("nonce", "n-1")
                .claim("at_hash", TokenHash.of(JWSAlgorithm.ES256, ACCESS).orElseThrow())
                .claim("c_hash", TokenHash.of(JWSAlgorithm.ES256, CODE).orElseThrow());
    }

    private static String signed(ECKey with, UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(with.getKeyID()).build(),
                change.apply(claims()).build());
        jwt.sign(new ECDSASigner(with));
        return jwt.serialize();
    }

    private static IdTokenExpectations expected() {
        return new IdTokenExpectations(ISSUER, CLIENT, "n-1", ACCESS, CODE, NOW, Duration.ofSeconds(30));
    }

    private List<String> failures(KeySet keys, String token) {
        return new IdTokenValidator(keys).validate(token, expected()).failures().stream()
                .map(ClaimFailure::toString).toList();
    }

    @Test
    void aValidTokenPassesAndGivesItsSubject() throws Exception {
        var result = new IdTokenValidator(keySet(new JWKSet(key.toPublicJWK()))).validate(signed(key, b -> b),
                expected());

        assertEquals(List.of(), result.failures());
        assertEquals("user-1", result.subject().orElseThrow());
    }

    @Test
    void eachClaimRuleNamesItsClaim() throws Exception {
        KeySet keys = keySet(new JWKSet(key.toPublicJWK()));
        assertEquals(List.of("id_token iss: expected '" + ISSUER + "', found '" + ISSUER + "/' (OpenID Connect "
                + "Core \u00a73.1.3.7)"), failures(keys, signed(key, b -> b.issuer(ISSUER + "/"))));
        assertEquals(List.of("id_token azp: expected for a token with 2 audiences, found none (OpenID Connect Core "
                + "\u00a73.1.3.7)"), failures(keys, signed(key, b -> b.audience(List.of(CLIENT, "api")))));
        assertEquals(List.of(), failures(keys, signed(key, b -> b.audience(List.of(CLIENT, "api"))
                .claim("azp", CLIENT))));
        assertTrue(failures(keys, signed(key, b -> b.claim("azp", "rp-8"))).get(0)
                .startsWith("id_token azp: expected 'rp-7', found 'rp-8'"));
        assertTrue(failures(keys, signed(key, b -> b.issueTime(Date.from(NOW.plusSeconds(120))))).get(0)
                .startsWith("id_token iat: expected no later than 2026-06-01T10:00:00Z (plus 30s"));
        assertTrue(failures(keys, signed(key, b -> b.expirationTime(Date.from(NOW.minusSeconds(31))))).get(0)
                .startsWith("id_token exp: expected after 2026-06-01T10:00:00Z (less 30s"));
        assertEquals(List.of(), failures(keys, signed(key, b -> b.expirationTime(Date.from(NOW.minusSeconds(29))))),
                "within the skew");
        assertTrue(failures(keys, signed(key, b -> b.claim("nonce", null))).get(0)
                .startsWith("id_token nonce: expected the nonce the authorization request sent, found none"));
        assertTrue(failures(keys, signed(key, b -> b.claim("at_hash", "AAAAAAAAAAAAAAAAAAAAAA"))).get(0)
                .startsWith("id_token at_hash: does not match the access token"));
        assertTrue(failures(keys, signed(key, b -> b.claim("c_hash", "AAAAAAAAAAAAAAAAAAAAAA"))).get(0)
                .startsWith("id_token c_hash: does not match the authorization code"));
        assertTrue(failures(keys, signed(key, b -> b.subject(null))).get(0).startsWith("id_token sub:"));
    }

    @Test
    void aFailureNeverShowsTheNonceOrTheToken() throws Exception {
        String token = signed(key, b -> b.claim("nonce", "attacker-nonce-value"));
        List<String> failures = failures(keySet(new JWKSet(key.toPublicJWK())), token);

        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.stream().noneMatch(f -> f.contains("attacker-nonce-value") || f.contains("n-1")
                || f.contains(token.substring(0, 20))), failures.toString());
    }

    @Test
    void theKeySetIsReadOnceAndAgainOnlyForAnUnknownKey() throws Exception {
        KeySet keys = keySet(new JWKSet(key.toPublicJWK()),
                new JWKSet(List.of(key.toPublicJWK(), other.toPublicJWK())));

        assertEquals(List.of(), failures(keys, signed(key, b -> b)));
        assertEquals(List.of(), failures(keys, signed(key, b -> b)));
        assertEquals(1, reads.get(), "kept for the run");
        assertEquals(List.of(), failures(keys, signed(other, b -> b)));
        assertEquals(2, reads.get(), "read again for the new kid");
    }

    @Test
    void aKeyNeverPublishedFailsTheSignatureAfterOneMoreRead() throws Exception {
        KeySet keys = keySet(new JWKSet(key.toPublicJWK()));
        failures(keys, signed(key, b -> b));

        List<String> failures = failures(keys, signed(other, b -> b));

        assertTrue(failures.get(0).startsWith("id_token signature: no key for ES256 with kid 'k2' in the issuer's "
                + "JWKS https://op.example.test/tenant/keys"), failures.toString());
        assertEquals(2, reads.get());
    }

    @Test
    void aTokenSignedByAnotherKeyWithTheSameKidDoesNotVerify() throws Exception {
        ECKey impostor = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();

        List<String> failures = failures(keySet(new JWKSet(key.toPublicJWK())), signed(impostor, b -> b));

        assertTrue(failures.get(0).startsWith("id_token signature: does not verify against the issuer's key for "
                + "ES256 with kid 'k1'"), failures.toString());
    }

    @Test
    void anUnreadableKeySetSaysSo() throws Exception {
        List<String> failures = failures(keySet(), signed(key, b -> b));

        assertEquals("id_token signature: cannot be checked: the JWKS at https://op.example.test/tenant/keys "
                + "answered HTTP 500", failures.get(0));
    }

    @Test
    void somethingThatIsNotAJwtSaysSo() {
        assertEquals(List.of("id_token format: is not a JWT (RFC 7519 \u00a77.2)"),
                failures(keySet(new JWKSet(key.toPublicJWK())), "not-a-jwt"));
    }
}
