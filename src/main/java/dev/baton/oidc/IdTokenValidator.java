package dev.baton.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks an ID token as OpenID Connect Core §3.1.3.7 says: signed with an asymmetric algorithm by a key of the
 * issuer's JWKS ({@code alg: none} and HMAC refused: an HMAC "verified" with a public key proves nothing, since
 * anyone holding the public key can make one), then {@code iss}, {@code aud}, {@code azp}, {@code exp} and
 * {@code iat} with a clock skew, {@code nonce}, and {@code at_hash}/{@code c_hash} when present.
 */
public final class IdTokenValidator {

    private static final String CORE = "OpenID Connect Core \u00a73.1.3.7";
    private final TokenSignature signatures;

    public IdTokenValidator(KeySet keys) {
        this.signatures = new TokenSignature(keys, CORE);
    }

    /**
     * What the token's check found.
     *
     * @param failures the rules it breaks; empty when it is valid
     * @param claims   its claims when it could be read, whether or not it is valid
     */
    public record Result(List<ClaimFailure> failures, Optional<JWTClaimsSet> claims) {

        /** The {@code sub} claim, when the token could be read and has one. */
        public Optional<String> subject() {
            return claims.map(JWTClaimsSet::getSubject);
        }
    }

    /** Checks {@code idToken} against what {@code expected} says it must be. */
    public Result validate(String idToken, IdTokenExpectations expected) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(idToken);
        } catch (ParseException e) {
            return new Result(List.of(new ClaimFailure("format", "is not a JWT (RFC 7519 \u00a77.2)")),
                    Optional.empty());
        }
        if (jwt instanceof EncryptedJWT) {
            return new Result(List.of(new ClaimFailure("alg", "is encrypted (JWE); Baton checks signed ID tokens "
                    + "only")), Optional.empty());
        }
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            return new Result(List.of(new ClaimFailure("format", "its payload is not a JSON claims set")),
                    Optional.empty());
        }
        List<ClaimFailure> failures = new ArrayList<>();
        if (jwt instanceof PlainJWT) {
            failures.add(new ClaimFailure("alg", "expected an asymmetric signature, found 'none': an unsigned "
                    + "ID token is refused (" + CORE + ")"));
        } else if (jwt instanceof SignedJWT signed) {
            signatures.check(signed).ifPresent(failures::add);
            hashes(signed.getHeader().getAlgorithm(), claims, expected, failures);
        }
        claims(claims, expected, failures);
        return new Result(List.copyOf(failures), Optional.of(claims));
    }

    private static void claims(JWTClaimsSet claims, IdTokenExpectations expected, List<ClaimFailure> failures) {
        if (!Objects.equals(expected.issuer(), claims.getIssuer())) {
            failures.add(new ClaimFailure("iss", "expected '" + expected.issuer() + "', found " + quoted(
                    claims.getIssuer()) + " (" + CORE + ")"));
        }
        if (claims.getSubject() == null || claims.getSubject().isEmpty()) {
            failures.add(new ClaimFailure("sub", "expected a subject, found none (OpenID Connect Core \u00a72)"));
        }
        List<String> audience = claims.getAudience();
        String client = expected.clientId();
        if (client == null) {
            failures.add(new ClaimFailure("aud", "cannot be checked: the client id is not known; send client_id "
                    + "in the authorization request or write clientId in the auth block"));
        } else {
            if (!audience.contains(client)) {
                failures.add(new ClaimFailure("aud", "expected to contain '" + client + "', found " + audience
                        + " (" + CORE + ")"));
            }
            Object azp = claims.getClaim("azp");
            if (azp != null && !client.equals(azp)) {
                failures.add(new ClaimFailure("azp", "expected '" + client + "', found '" + azp + "' (" + CORE
                        + ")"));
            } else if (azp == null && audience.size() > 1) {
                failures.add(new ClaimFailure("azp", "expected for a token with " + audience.size()
                        + " audiences, found none (" + CORE + ")"));
            }
        }
        times(claims, expected, failures);
        String nonce = text(claims, "nonce");
        if (expected.nonce() != null && !expected.nonce().equals(nonce)) {
            failures.add(new ClaimFailure("nonce", "expected the nonce the authorization request sent, found "
                    + (nonce == null ? "none" : "another value") + " (" + CORE + ")"));
        }
    }

    private static void times(JWTClaimsSet claims, IdTokenExpectations expected, List<ClaimFailure> failures) {
        Instant now = expected.now();
        long skew = expected.skew().toSeconds();
        Date exp = claims.getExpirationTime();
        if (exp == null) {
            failures.add(new ClaimFailure("exp", "expected an expiry time, found none (" + CORE + ")"));
        } else if (!exp.toInstant().isAfter(now.minus(expected.skew()))) {
            failures.add(new ClaimFailure("exp", "expected after " + now + " (less " + skew + "s of clock skew), "
                    + "found " + exp.toInstant() + ": the token has expired (" + CORE + ")"));
        }
        Date iat = claims.getIssueTime();
        if (iat == null) {
            failures.add(new ClaimFailure("iat", "expected the time of issue, found none (" + CORE + ")"));
        } else if (iat.toInstant().isAfter(now.plus(expected.skew()))) {
            failures.add(new ClaimFailure("iat", "expected no later than " + now + " (plus " + skew + "s of clock "
                    + "skew), found " + iat.toInstant() + ": issued in the future (" + CORE + ")"));
        }
    }

    private static void hashes(JWSAlgorithm alg, JWTClaimsSet claims, IdTokenExpectations expected,
                               List<ClaimFailure> failures) {
        hash("at_hash", alg, text(claims, "at_hash"), expected.accessToken(), "the access token of the same "
                + "response", "OpenID Connect Core \u00a73.1.3.8", failures);
        hash("c_hash", alg, text(claims, "c_hash"), expected.code(), "the authorization code redeemed",
                "OpenID Connect Core \u00a73.3.2.11", failures);
    }

    private static void hash(String claim, JWSAlgorithm alg, String found, String value, String what,
                             String section, List<ClaimFailure> failures) {
        if (found == null || value == null) {
            return;
        }
        Optional<String> computed = TokenHash.of(alg, value);
        if (computed.isEmpty()) {
            failures.add(new ClaimFailure(claim, "cannot be checked: " + alg + " names no hash (" + section + ")"));
        } else if (!computed.get().equals(found)) {
            failures.add(new ClaimFailure(claim, "does not match " + what + " (" + section + ")"));
        }
    }

    private static String text(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String s ? s : null;
    }

    private static String quoted(String value) {
        return value == null ? "none" : "'" + value + "'";
    }
}
