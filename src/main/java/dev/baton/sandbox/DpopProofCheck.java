package dev.baton.sandbox;

import com.github.tomakehurst.wiremock.http.Request;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.baton.oidc.DpopProofs;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks the DPoP proof of a request as RFC 9449 §4.3 says: one {@code DPoP} header, a JWS of {@code typ dpop+jwt}
 * with an asymmetric {@code alg} and a public {@code jwk} that verifies it, a {@code jti} not seen before,
 * {@code htm} and {@code htu} those of the request (the URLs compared normalised), an {@code iat} within a minute,
 * {@code ath} the access token's hash when one is sent, and, with {@code dpop-nonce}, the sandbox's nonce (§8).
 * Answers the key's thumbprint.
 */
final class DpopProofCheck {
    private static final Duration WINDOW = Duration.ofSeconds(60);
    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

    private DpopProofCheck() {
    }

    /**
     * The {@code jkt} of the request's valid proof, or {@code null} when it sends none.
     *
     * @param url         the URL the sandbox serves the request at, which {@code htu} must be
     * @param accessToken the access token the request sends, or {@code null}
     * @throws OAuthProblem {@code invalid_dpop_proof}, or {@code use_dpop_nonce}
     */
    static String check(Request request, String url, String accessToken, SandboxState state) {
        var headers = request.getHeaders().getHeader("DPoP");
        if (!headers.isPresent()) {
            return null;
        }
        if (headers.values().size() != 1) {
            throw invalid("more than one DPoP header");
        }
        SignedJWT proof;
        JWTClaimsSet claims;
        JWK jwk;
        try {
            proof = SignedJWT.parse(headers.firstValue());
            claims = proof.getJWTClaimsSet();
            jwk = proof.getHeader().getJWK();
        } catch (ParseException e) {
            throw invalid("not a signed JWT");
        }
        JWSAlgorithm alg = proof.getHeader().getAlgorithm();
        if (!new JOSEObjectType(DpopProofs.TYPE).equals(proof.getHeader().getType())) {
            throw invalid("typ must be dpop+jwt");
        }
        if (JWSAlgorithm.Family.HMAC_SHA.contains(alg) || jwk == null || jwk.isPrivate()
                || !(jwk instanceof AsymmetricJWK key)) {
            throw invalid("an asymmetric alg and a public jwk are required");
        }
        try {
            var verifier = new DefaultJWSVerifierFactory().createJWSVerifier(proof.getHeader(), key.toPublicKey());
            if (!proof.verify(verifier)) {
                throw invalid("the signature does not verify with its jwk");
            }
        } catch (JOSEException e) {
            throw invalid("the signature cannot be checked: " + e.getMessage());
        }
        if (!request.getMethod().getName().equals(claims.getClaim("htm"))) {
            throw invalid("htm is not the request's method " + request.getMethod().getName());
        }
        if (!(claims.getClaim("htu") instanceof String htu) || !sameUrl(url, htu)) {
            throw invalid("htu is not the URL the request was sent to");
        }
        Date issued = claims.getIssueTime();
        Instant now = state.now();
        if (issued == null || issued.toInstant().isBefore(now.minus(WINDOW))
                || issued.toInstant().isAfter(now.plus(WINDOW))) {
            throw invalid("iat is missing or not within a minute of now");
        }
        if (accessToken != null && !DpopProofs.ath(accessToken).equals(claims.getClaim("ath"))) {
            throw invalid("ath is not the hash of the access token");
        }
        if (state.has(SandboxSwitch.DPOP_NONCE) && !Objects.equals(state.dpopNonce(), claims.getClaim("nonce"))) {
            throw OAuthProblem.named(400, "use_dpop_nonce", "Send the DPoP-Nonce in the proof");
        }
        if (claims.getJWTID() == null || !SEEN.add(claims.getJWTID())) {
            throw invalid("jti is missing or was used before");
        }
        try {
            return jwk.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw invalid("its jwk has no thumbprint");
        }
    }

    /** Compared after RFC 3986 §6.2.2 and §6.2.3 normalisation, as §4.3 says a server should. */
    private static boolean sameUrl(String url, String htu) {
        try {
            URI claimed = new URI(htu);
            return claimed.isAbsolute() && claimed.getHost() != null
                    && DpopProofs.htu(new URI(url)).equals(DpopProofs.htu(claimed));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static OAuthProblem invalid(String why) {
        return OAuthProblem.named(400, "invalid_dpop_proof", "DPoP proof: " + why);
    }
}
