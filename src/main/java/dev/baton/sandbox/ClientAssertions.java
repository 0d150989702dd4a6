package dev.baton.sandbox;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code client_secret_jwt} and {@code private_key_jwt} (RFC 7523 §2.2, §3; OpenID Connect Core §9): the assertion
 * names the client as {@code iss} and {@code sub}, the issuer, the token endpoint or the pushed authorization request
 * endpoint as {@code aud} (RFC 9126 §2: any of the three, at either endpoint), has not
 * expired and was not seen before ({@code jti}), and verifies with the client secret (HS256) or the client's
 * registered public key (ES256).
 */
final class ClientAssertions {
    private static final String TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

    private ClientAssertions() {
    }

    static RegisteredClient authenticate(Params params, SandboxState state, boolean pushedRequest) {
        if (!TYPE.equals(params.get("client_assertion_type"))) {
            throw OAuthProblem.invalidClient("client_assertion_type must be " + TYPE);
        }
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(params.require("client_assertion"));
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw OAuthProblem.invalidClient("client_assertion is not a signed JWT");
        }
        String clientId = claims.getIssuer();
        if (clientId == null || !clientId.equals(claims.getSubject())) {
            throw OAuthProblem.invalidClient("client_assertion: iss and sub must both be the client_id");
        }
        if (params.get("client_id") != null && !params.get("client_id").equals(clientId)) {
            throw OAuthProblem.invalidClient("client_assertion names another client than client_id");
        }
        RegisteredClient client = RegisteredClient.find(clientId).filter(c -> c.id().equals(
                SandboxAccounts.JWT_CLIENT_ID)).orElseThrow(() -> OAuthProblem.invalidClient(
                "client_assertion: " + clientId + " does not authenticate with an assertion"));
        List<String> accepted = pushedRequest
                ? List.of(state.issuer(), state.issuer() + TokenEndpoint.PATH,
                        state.issuer() + PushedAuthorizationEndpoint.PATH)
                : List.of(state.issuer(), state.issuer() + TokenEndpoint.PATH);
        if (claims.getAudience().stream().noneMatch(accepted::contains)) {
            throw OAuthProblem.invalidClient(pushedRequest
                    ? "client_assertion: aud must be the issuer, the token endpoint or the pushed authorization "
                    + "request endpoint (RFC 9126 \u00a72)"
                    : "client_assertion: aud must be the issuer or the token endpoint (RFC 7523 \u00a73)");
        }
        Date exp = claims.getExpirationTime();
        if (exp == null || !exp.toInstant().isAfter(state.now())) {
            throw OAuthProblem.invalidClient("client_assertion has expired");
        }
        if (claims.getJWTID() == null || !SEEN.add(claims.getJWTID())) {
            throw OAuthProblem.invalidClient("client_assertion: jti missing or already used");
        }
        if (!verifies(jwt)) {
            throw OAuthProblem.invalidClient("client_assertion: the signature does not verify");
        }
        return client;
    }

    private static boolean verifies(SignedJWT jwt) {
        try {
            JWSAlgorithm alg = jwt.getHeader().getAlgorithm();
            JWSVerifier verifier = JWSAlgorithm.HS256.equals(alg)
                    ? new MACVerifier(SandboxAccounts.JWT_CLIENT_SECRET)
                    : JWSAlgorithm.ES256.equals(alg)
                    ? new ECDSAVerifier(publicKey())
                    : null;
            return verifier != null && jwt.verify(verifier);
        } catch (JOSEException | GeneralSecurityException e) {
            return false;
        }
    }

    private static ECPublicKey publicKey() throws GeneralSecurityException {
        String base64 = SandboxAccounts.JWT_CLIENT_PUBLIC_KEY.replaceAll("-----[A-Z ]+-----|\\s", "");
        return (ECPublicKey) KeyFactory.getInstance("EC")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
