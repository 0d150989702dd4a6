package dev.baton.auth.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.auth.AuthFailure;
import dev.baton.auth.AuthSession;
import dev.baton.auth.DpopSender;
import dev.baton.auth.PushedAuthorization;
import dev.baton.auth.TokenRequestException;
import dev.baton.auth.AuthorizationOutcome.Check;
import dev.baton.auth.RequestAdditions;
import dev.baton.auth.ServerMetadata;
import dev.baton.http.HttpResult;
import dev.baton.http.HttpSender;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.TransportException;
import dev.baton.http.Urls;
import dev.baton.json.Jackson;
import dev.baton.model.OAuthRole;
import dev.baton.oidc.ClaimFailure;
import dev.baton.oidc.DpopProofs;
import dev.baton.oidc.IdTokenExpectations;
import dev.baton.oidc.IdTokenValidator;
import dev.baton.oidc.KeySet;
import dev.baton.secret.Redactor;
import dev.baton.template.TemplateException;
import dev.baton.template.Variables;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An OpenID Connect flow in one iteration: the PKCE helper's additions with {@code nonce} (and {@code scope=openid}
 * when the step asks for none) on the authorization request; every ID token of a token response validated, its
 * {@code sub} kept as {@code <<oidc.sub>>}; a userinfo response's {@code sub} checked against it (OpenID Connect
 * Core §5.3.2).
 */
final class OpenIdFlow implements AuthSession {

    private static final String LABEL = "id_token";

    private final AuthSession pkce;
    private final ServerMetadata server;
    private final KeySet keys;
    private final String nonce;
    private final String clientId;
    private final ClientAuthMethod authentication;
    private final PushedAuthorization pushed;
    private final DpopProofs proofs;
    private final Variables variables;
    private final Redactor secrets;
    private final Clock clock = Clock.systemUTC();
    private Map<String, String> authorization = Map.of();
    private String subject;

    OpenIdFlow(AuthSession pkce, ServerMetadata server, KeySet keys, String nonce, String clientId,
               ClientAuthMethod authentication, PushedAuthorization pushed, DpopProofs proofs, Variables variables,
               Redactor secrets) {
        this.proofs = proofs;
        this.authentication = authentication;
        this.pushed = pushed;
        this.pkce = pkce;
        this.server = server;
        this.keys = keys;
        this.nonce = nonce;
        this.clientId = clientId;
        this.variables = variables;
        this.secrets = secrets;
    }

    @Override
    public void beforeStep() {
        pkce.beforeStep();
    }

    @Override
    public RequestAdditions additions(OAuthRole role) {
        RequestAdditions base = pkce.additions(role);
        if (role.authenticatesClient() && authentication != null) {
            return authentication.at(server.text("token_endpoint").orElse(server.issuer()), clock.instant())
                    .addedTo(base);
        }
        if (role != OAuthRole.AUTHORIZE) {
            return base;
        }
        Map<String, String> query = new LinkedHashMap<>(base.query());
        query.put("scope", "openid");
        query.put("nonce", nonce);
        return base.withQuery(query);
    }

    /** With PAR on (the block's {@code par: true}, or the provider requiring it), the parameters are pushed. */
    @Override
    public OutgoingRequest authorizationRequest(OutgoingRequest written) {
        if (pushed == null) {
            return written;
        }
        try {
            return pushed.push(written, authentication == null ? null
                    : authentication.at(server.issuer(), clock.instant()));
        } catch (TokenRequestException | TransportException e) {
            boolean unauthenticated = e instanceof TokenRequestException refused && authentication == null
                    && "invalid_client".equals(refused.error());
            throw new AuthFailure("pushed authorization request: " + e.getMessage() + (unauthenticated
                    ? "\n(the request was pushed as a public client's; a confidential client authenticates there as "
                    + "at the token endpoint (RFC 9126 \u00a72.1): write clientAuth, clientId and clientSecret or "
                    + "clientKey in the auth block)" : ""), null);
        }
    }

    /**
     * With DPoP on, a proof goes with each token request and each request that sends a DPoP-bound token: each hop of
     * a redirected one gets its own, for its method and URL (RFC 9449 §4.2).
     */
    @Override
    public HttpSender aroundEachHop(HttpSender next) {
        HttpSender chain = pkce.aroundEachHop(next);
        return proofs == null ? chain : new DpopSender(chain, proofs, request -> at(request, "token_endpoint"));
    }

    @Override
    public HttpSender around(HttpSender next) {
        return pkce.around(next);
    }

    @Override
    public Optional<String> state() {
        return pkce.state();
    }

    @Override
    public Optional<String> redirectUri() throws TemplateException {
        return pkce.redirectUri();
    }

    @Override
    public Optional<String> issuer() {
        return Optional.of(server.issuer());
    }

    @Override
    public List<Check> checks(OAuthRole role, OutgoingRequest sent, HttpResult received) {
        if (role == OAuthRole.AUTHORIZE) {
            authorization = Urls.parameters(sent.uri().getRawQuery());
            return List.of();
        }
        if (received.status() != 200) {
            return List.of();
        }
        if (role == OAuthRole.TOKEN || at(sent, "token_endpoint")) {
            Optional<JsonNode> body = json(received);
            JsonNode token = body.map(b -> b.get("id_token")).orElse(null);
            return token != null && token.isTextual() ? idToken(token.asText(), sent, body.get()) : List.of();
        }
        if (at(sent, "userinfo_endpoint") && subject != null) {
            return json(received).map(this::userinfo).orElse(List.of());
        }
        return List.of();
    }

    private List<Check> idToken(String token, OutgoingRequest sent, JsonNode body) {
        secrets.add(token);
        variables.capture(OpenIdAuth.ID_TOKEN, token, true);
        if (keys == null) {
            return List.of(new Check(LABEL, LABEL + " signature: cannot be checked: the issuer's metadata has no "
                    + "jwks_uri (OpenID Connect Discovery \u00a73)"));
        }
        Map<String, String> form = sent.body() == null ? Map.of()
                : Urls.parameters(new String(sent.body(), StandardCharsets.UTF_8));
        boolean code = "authorization_code".equals(form.get("grant_type"));
        String client = clientId != null ? clientId : authorization.getOrDefault("client_id", form.get("client_id"));
        JsonNode access = body.get("access_token");
        var expected = new IdTokenExpectations(server.issuer(), client,
                code ? authorization.getOrDefault("nonce", nonce) : null,
                access != null && access.isTextual() ? access.asText() : null, code ? form.get("code") : null,
                clock.instant(), IdTokenExpectations.DEFAULT_SKEW);
        IdTokenValidator.Result result = new IdTokenValidator(keys).validate(token, expected);
        result.subject().ifPresent(sub -> {
            subject = sub;
            variables.capture(OpenIdAuth.SUBJECT, sub, false);
        });
        if (result.failures().isEmpty()) {
            return List.of(new Check(LABEL, null));
        }
        return result.failures().stream().map(ClaimFailure::toString).map(f -> new Check(LABEL, f)).toList();
    }

    private List<Check> userinfo(JsonNode body) {
        JsonNode sub = body.get("sub");
        String found = sub != null && sub.isTextual() ? "'" + sub.asText() + "'" : "none";
        return List.of(subject.equals(sub == null ? null : sub.asText()) ? new Check("userinfo sub", null)
                : new Check("userinfo sub", "userinfo sub: expected '" + subject + "', the ID token's, found "
                + found + ": the userinfo response is about someone else (OpenID Connect Core \u00a75.3.2)"));
    }

    private boolean at(OutgoingRequest sent, String endpoint) {
        return server.text(endpoint).map(url -> url.equals(Urls.withoutQuery(sent.uri()))).orElse(false);
    }

    private static Optional<JsonNode> json(HttpResult received) {
        try {
            JsonNode body = Jackson.mapper().readTree(received.bodyText());
            return body != null && body.isObject() ? Optional.of(body) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
