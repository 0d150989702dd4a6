package dev.baton.audit.probes;

import dev.baton.audit.Citation;
import dev.baton.audit.Inconclusive;
import dev.baton.audit.ProbeContext;
import dev.baton.audit.TokenReply;
import dev.baton.audit.Verdict;
import dev.baton.http.TransportException;
import dev.baton.oidc.ClaimFailure;
import dev.baton.oidc.IdTokenExpectations;
import dev.baton.oidc.IdTokenValidator;
import dev.baton.oidc.KeySet;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * OpenID Connect Core §3.1.3.7: the ID token of a correct code flow, asked for with {@code openid}, is signed with an
 * asymmetric algorithm by a key of the issuer's JWKS and its claims hold ({@code iss}, {@code aud}, {@code azp},
 * {@code exp}/{@code iat}, {@code nonce}, {@code at_hash}, {@code c_hash}), as Baton checks them in every run. Not
 * applicable when the audit does not ask for {@code openid}.
 */
public final class IdTokenSigned extends Described {

    public IdTokenSigned() {
        super("id-token-signed", "ID tokens signed asymmetrically and valid",
                Citation.must("OpenID Connect Core", "3.1.3.7"));
    }

    @Override
    public Verdict run(ProbeContext context) throws Inconclusive {
        String scope = context.client().scope();
        if (scope == null || !Arrays.asList(scope.trim().split("\\s+")).contains("openid")) {
            return Verdict.notApplicable("the audit's scope does not ask for openid");
        }
        if (context.server().issuer() == null) {
            throw new Inconclusive("the audit names no issuer for the ID token's iss to be checked against");
        }
        String jwks = context.server().text("jwks_uri").orElseThrow(() -> new Inconclusive("the metadata names "
                + "no jwks_uri to check ID tokens with"));
        try {
            Flow flow = new Flow(context);
            Map<String, String> query = flow.query();
            String code = flow.code(query, "authorization request with openid");
            TokenReply reply = flow.redeem(code, flow.pkce().codeVerifier());
            if (!reply.issued()) {
                throw new Inconclusive("the token request was refused: " + reply.summary());
            }
            var idToken = reply.body().get("id_token");
            if (idToken == null || !idToken.isTextual()) {
                return Verdict.failed("ID token", "the token response to an openid request carries none (OpenID "
                        + "Connect Core \u00a73.1.3.3)");
            }
            context.secret(idToken.asText());
            var expected = new IdTokenExpectations(context.server().issuer(), context.client().clientId(),
                    query.get("nonce"), reply.accessToken(), code, Instant.now(), IdTokenExpectations.DEFAULT_SKEW);
            var result = new IdTokenValidator(new KeySet(context::send, URI.create(jwks)))
                    .validate(idToken.asText(), expected);
            return result.failures().isEmpty() ? Verdict.passed("ID token", "signature and claims valid")
                    : Verdict.failed("ID token", result.failures().stream().map(ClaimFailure::toString)
                    .collect(Collectors.joining("; ")));
        } catch (TransportException e) {
            throw new Inconclusive(e.getMessage());
        }
    }
}
