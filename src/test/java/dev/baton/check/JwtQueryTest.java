package dev.baton.check;

import static dev.baton.check.Fixtures.AT;
import static dev.baton.check.Fixtures.is;
import static dev.baton.check.Fixtures.text;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.baton.http.Header;
import dev.baton.http.HttpResult;
import dev.baton.model.Capture;
import dev.baton.model.Condition;
import dev.baton.model.Expectation;
import dev.baton.model.JwtPart;
import dev.baton.model.Operator;
import dev.baton.model.Query;
import dev.baton.oidc.KeySet;
import dev.baton.oidc.TokenSignature;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code jwt} query on tokens made here with Nimbus (RS256, unlike the sandbox's ES256): header and claims by
 * JSONPath from a body member, a header after its auth scheme and a variable; signatures against a JWKS; and the
 * token never in a message.
 */
class JwtQueryTest {

    private static RSAKey key;
    private static RSAKey stranger;
    private static String token;

    @BeforeAll
    static void keys() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        stranger = new RSAKeyGenerator(2048).keyID("k1").generate();
        token = signed(key, claims());
    }

    private static JWTClaimsSet claims() {
        return new JWTClaimsSet.Builder().issuer("https://issuer.test").subject("ada")
                .audience(List.of("api", "billing")).claim("scope", "read write").claim("session_state", "s-0123456789abcdef")
                .claim("roles", List.of("admin", "dev")).build();
    }

    private static String signed(RSAKey with, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(),
                claims);
        jwt.sign(new RSASSASigner(with));
        return jwt.serialize();
    }

    private static Query query(String source, JwtPart part) {
        return new Query("jwt", text(source), null, null, AT, part);
    }

    private static Expectation claim(String source, String path, Condition... conditions) {
        return new Expectation(query(source, new JwtPart(JwtPart.Part.CLAIMS, path, null)), List.of(conditions), AT);
    }

    private static Expectation header(String source, String path, Condition... conditions) {
        return new Expectation(query(source, new JwtPart(JwtPart.Part.HEADER, path, null)), List.of(conditions), AT);
    }

    private static Expectation signature(String source) {
        return new Expectation(query(source, new JwtPart(JwtPart.Part.SIGNATURE, null, null)), List.of(), AT);
    }

    private static ResponseView body(String member, String value) {
        return Fixtures.json("{\"" + member + "\": " + value + "}").view();
    }

    private static List<String> check(ResponseView view, Expectation expectation) throws CheckException {
        return new ExpectationChecker().check(view, expectation, Fixtures.resolver(Map.of("token", token)));
    }

    @Test
    void claimsAndHeaderAreReadByJsonPathFromABodyMember() throws CheckException {
        ResponseView view = body("access_token", "\"" + token + "\"");

        assertEquals(List.of(), check(view, claim("$.access_token", "$.scope", is(Operator.CONTAINS, "read"))));
        assertEquals(List.of(), check(view, claim("$.access_token", "$.aud", is(Operator.CONTAINS, "billing"))));
        assertEquals(List.of(), check(view, header("$.access_token", "$.alg", is(Operator.EQUALS, "RS256"))));
        assertEquals(List.of(), check(view, header("$.access_token", "$.kid", is(Operator.EQUALS, "k1"))));
    }

    @Test
    void aClaimThatDoesNotMatchFailsNamingTheClaimAndNotTheToken() throws CheckException {
        List<String> failures = check(body("access_token", "\"" + token + "\""),
                claim("$.access_token", "$.scope", is(Operator.CONTAINS, "admin")));

        assertEquals(List.of("jwt $.access_token claims $.scope: expected contains \"admin\" but was \"read write\""),
                failures);
    }

    @Test
    void aClaimUnderASecretLookingNameIsShownMasked() throws CheckException {
        List<String> failures = check(body("id_token", "\"" + token + "\""),
                claim("$.id_token", "$.session_state", is(Operator.EQUALS, "other")));

        assertEquals(1, failures.size());
        assertFalse(failures.get(0).contains("s-0123456789abcdef"), failures.get(0));
        assertTrue(failures.get(0).endsWith("but was *****"), failures.get(0));
    }

    @Test
    void theWholeClaimsSetHoldingASecretLookingMemberIsShownMasked() throws CheckException {
        List<String> failures = check(body("id_token", "\"" + token + "\""),
                claim("$.id_token", "$", is(Operator.CONTAINS, "email")));

        assertEquals(List.of("jwt $.id_token claims $: expected contains \"email\" but was *****"), failures);
    }

    @Test
    void aTokenIsFoundInAHeaderAfterItsAuthSchemeAndInAVariable() throws CheckException {
        ResponseView view = Fixtures.response(200).header("Authorization", "Bearer " + token).view();

        assertEquals(List.of(), check(view, claim("Authorization", "$.sub", is(Operator.EQUALS, "ada"))));
        assertEquals(List.of(), check(Fixtures.response(204).view(),
                claim("<<token>>", "$.roles", is(Operator.CONTAINS, "admin"))));
    }

    @Test
    void aCaptureKeepsTheClaim() throws CheckException {
        Capture capture = new Capture("who", query("$.t", new JwtPart(JwtPart.Part.CLAIMS, "$.sub", null)), false, AT);

        assertEquals(Optional.of("ada"), new CaptureReader().read(body("t", "\"" + token + "\""), capture, "$.t"));
    }

    @Test
    void aMissingMemberOrHeaderIsARunFailureNamingTheQuery() {
        CheckException member = assertThrows(CheckException.class,
                () -> check(body("other", "1"), claim("$.access_token", "$.sub", is(Operator.EQUALS, "ada"))));
        CheckException header = assertThrows(CheckException.class,
                () -> check(Fixtures.response(200).view(), claim("X-Token", "$.sub", is(Operator.EQUALS, "ada"))));

        assertEquals("jwt $.access_token claims $.sub: the body has nothing at $.access_token", member.getMessage());
        assertTrue(header.getMessage().startsWith("jwt X-Token claims $.sub: the response has no header X-Token"),
                header.getMessage());
    }

    @Test
    void aValueThatIsNotAJwtIsARunFailureThatDoesNotShowIt() {
        CheckException opaque = assertThrows(CheckException.class, () -> check(body("t", "\"opaque-0123456789\""),
                claim("$.t", "$.sub", is(Operator.EQUALS, "ada"))));
        CheckException number = assertThrows(CheckException.class, () -> check(body("t", "42"),
                claim("$.t", "$.sub", is(Operator.EQUALS, "ada"))));
        String broken = token.substring(0, token.indexOf('.')) + ".bm90IGpzb24."
                + token.substring(token.lastIndexOf('.') + 1);
        CheckException payload = assertThrows(CheckException.class, () -> check(body("t", "\"" + broken + "\""),
                claim("$.t", "$.sub", is(Operator.EQUALS, "ada"))));

        assertEquals("jwt $.t claims $.sub: the value at $.t is not a JWT (RFC 7519 \u00a77.2): it has 1 part "
                + "separated by '.', not 3 (signed) or 5 (encrypted)", opaque.getMessage());
        assertEquals("jwt $.t claims $.sub: the value at $.t is a number, not a JWT", number.getMessage());
        assertEquals("jwt $.t claims $.sub: the value at $.t is not a JWT (RFC 7519 \u00a77.2): its claims are not "
                + "a JSON object", payload.getMessage());
    }

    // ---------------------------------------------------------------- signatures

    private static ResponseView verifying(String value, JWKSet published) {
        KeySet keys = new KeySet(request -> new HttpResult(request, 200, "OK",
                List.of(new Header("Content-Type", "application/json")),
                published.toString(true).getBytes(UTF_8), UTF_8, 1, Map.of()), URI.create("https://issuer.test/jwks"));
        SignatureCheck check = (jwt, issuer) -> new TokenSignature(keys, "RFC 8725 \u00a73.1").problem(jwt);
        return new ResponseView(Fixtures.json("{\"t\": \"" + value + "\"}").result(), Map.of(), check);
    }

    @Test
    void aSignatureVerifiesAgainstTheIssuersKey() throws CheckException {
        assertEquals(List.of(), check(verifying(token, new JWKSet(key.toPublicJWK())), signature("$.t")));
    }

    @Test
    void aTamperedSignatureOrAnotherSignerFails() throws Exception {
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + com.nimbusds.jose.util.Base64URL.encode(claims().toString()
                .replace("read write", "admin")) + "." + parts[2];
        JWKSet published = new JWKSet(key.toPublicJWK());

        List<String> tampered = check(verifying(forged, published), signature("$.t"));
        List<String> other = check(verifying(signed(stranger, claims()), published), signature("$.t"));

        for (List<String> failures : List.of(tampered, other)) {
            assertEquals(1, failures.size());
            assertTrue(failures.get(0).startsWith("jwt $.t signature: does not verify against the issuer's "
                    + "key for RS256 with kid 'k1'"), failures.get(0));
            assertFalse(failures.get(0).contains("eyJ"), failures.get(0));
        }
    }

    @Test
    void algNoneAndAnHmacMadeWithThePublicKeyAreRefused() throws Exception {
        JWKSet published = new JWKSet(key.toPublicJWK());
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(), claims());
        hmac.sign(new MACSigner(key.toPublicJWK().toJSONString().getBytes(UTF_8)));

        List<String> none = check(verifying(new PlainJWT(claims()).serialize(), published), signature("$.t"));
        List<String> symmetric = check(verifying(hmac.serialize(), published), signature("$.t"));

        assertEquals(List.of("jwt $.t signature: expected an asymmetric signature, found 'none': an unsigned token "
                + "is refused (RFC 8725 \u00a73.1)"), none);
        assertTrue(symmetric.get(0).startsWith("jwt $.t signature: expected an asymmetric signature, found "
                + "'HS256'"), symmetric.get(0));
    }
}
