package dev.baton.audit.probes;

import dev.baton.audit.AuditClient;
import dev.baton.audit.AuthorizationAttempt;
import dev.baton.audit.Inconclusive;
import dev.baton.audit.ProbeContext;
import dev.baton.audit.TokenReply;
import dev.baton.auth.PkceSession;
import dev.baton.http.TransportException;
import dev.baton.model.PkceMethod;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The steps probes share: an authorization request as a well-behaved client sends it (S256 PKCE, a fresh
 * {@code state}, a {@code nonce} when {@code openid} is asked for), the code it gets, and the token request that
 * redeems it. What a probe changes, it changes in the maps these return.
 */
final class Flow {

    private final ProbeContext context;
    private final PkceSession pkce = PkceSession.create(PkceMethod.S256, null, null);

    Flow(ProbeContext context) {
        this.context = context;
        context.secret(pkce.codeVerifier());
        context.secret(pkce.state());
    }

    PkceSession pkce() {
        return pkce;
    }

    /**
     * The authorization request of the audit's client, without PKCE; {@code prompt=consent} with
     * {@code offline_access}, as OpenID Connect Core §11 asks for a refresh token.
     */
    Map<String, String> plainQuery() {
        AuditClient client = context.client();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", client.clientId());
        query.put("redirect_uri", client.redirectUri());
        if (client.scope() != null && !client.scope().isBlank()) {
            query.put("scope", client.scope());
            List<String> scopes = Arrays.asList(client.scope().trim().split("\\s+"));
            if (scopes.contains("offline_access")) {
                query.put("prompt", "consent");
            }
            if (scopes.contains("openid")) {
                String nonce = PkceSession.create(PkceMethod.S256, null, null).state();
                context.secret(nonce);
                query.put("nonce", nonce);
            }
        }
        query.put("state", pkce.state());
        return query;
    }

    /** The authorization request with S256 PKCE. */
    Map<String, String> query() {
        Map<String, String> query = plainQuery();
        query.put("code_challenge", pkce.codeChallenge());
        query.put("code_challenge_method", "S256");
        return query;
    }

    AuthorizationAttempt authorize(Map<String, String> query) throws TransportException {
        return context.authorize(query, context.client().redirectUri());
    }

    /**
     * The code the server gives for {@code query}.
     *
     * @throws Inconclusive when it gives none: the sign-in failed or the request was refused
     */
    String code(Map<String, String> query, String what) throws TransportException, Inconclusive {
        AuthorizationAttempt attempt = authorize(query);
        if (attempt.ending() != AuthorizationAttempt.Ending.ARRIVED || attempt.response().code() == null) {
            throw new Inconclusive("the " + what + " got no code: " + attempt.summary());
        }
        context.secret(attempt.response().code());
        return attempt.response().code();
    }

    /** The token request for {@code code}, with {@code verifier} when it is not {@code null}. */
    Map<String, String> exchange(String code, String verifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", context.client().redirectUri());
        if (verifier != null) {
            form.put("code_verifier", verifier);
        }
        return form;
    }

    TokenReply redeem(String code, String verifier) throws TransportException {
        return context.token(context.client(), exchange(code, verifier));
    }

    /**
     * Tokens from a whole, correct flow.
     *
     * @throws Inconclusive when the flow does not give them
     */
    Grant tokens() throws TransportException, Inconclusive {
        String code = code(query(), "authorization request with S256 PKCE");
        TokenReply reply = redeem(code, pkce.codeVerifier());
        if (!reply.issued()) {
            throw new Inconclusive("the token request with the right code_verifier was refused: " + reply.summary());
        }
        return new Grant(code, reply);
    }

    /**
     * Whether a correct flow still gets a code: a probe whose request was stopped (no redirect to the client) can
     * only say the server refused it when the same sign-in works without what the probe changed.
     *
     * @throws Inconclusive when the correct flow gets no code either
     */
    void control() throws TransportException, Inconclusive {
        new Flow(context).code(new Flow(context).query(), "control authorization request (a correct one)");
    }

    /** A code and the tokens it was redeemed for. */
    record Grant(String code, TokenReply reply) {
    }
}
