package dev.baton.auth.types;

import dev.baton.auth.AuthBlock;
import dev.baton.auth.AuthContext;
import dev.baton.auth.AuthFailure;
import dev.baton.auth.AuthSession;
import dev.baton.auth.Discovery;
import dev.baton.auth.Pkce;
import dev.baton.auth.PushedAuthorization;
import dev.baton.auth.ServerMetadata;
import dev.baton.http.UrlCheck;
import dev.baton.http.Urls;
import dev.baton.model.Position;
import dev.baton.model.Text;
import dev.baton.oidc.DpopProofs;
import dev.baton.oidc.KeySet;
import dev.baton.template.TemplateException;
import dev.baton.template.Variables;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * {@code auth: {type: openid-connect}}: an OpenID Provider named by its issuer (written here, or the {@code issuer}
 * variable). Its metadata is read once per run (RFC 8414, then OpenID Connect Discovery §4), and its endpoints
 * become the {@code <<oidc.*>>} variables; each iteration gets PKCE values and a {@code nonce} (OpenID Connect Core
 * §3.1.2.1), and every ID token a token response carries is validated.
 *
 * @param pkce     the PKCE values and the redirect URI, read as {@code oauth2-pkce} reads them
 * @param clientId the client the ID token's {@code aud} must name, or {@code null} to take the authorization
 *                 request's {@code client_id}
 * @param nonce      a pinned nonce, or {@code null} to make one per iteration
 * @param clientAuth how the client authenticates its token, revocation, introspection and pushed authorization
 *                   requests: {@code client_secret_basic}, {@code client_secret_post} (RFC 6749 §2.3.1),
 *                   {@code client_secret_jwt} or {@code private_key_jwt} (a client assertion, RFC 7523 §2.2); or
 *                   {@code null} to send what the steps write (and push as a public client)
 * @param credential the client secret or the private key (PEM or JWK) of {@code clientAuth}
 * @param par        whether to push the authorization requests (RFC 9126) even when the provider does not
 *                   require it
 * @param dpop       whether to send DPoP proofs (RFC 9449) with the token requests and the DPoP-bound tokens
 * @param position   where the block is written
 */
public record OpenIdAuth(PkceAuth pkce, Text clientId, Text nonce, String clientAuth, Text credential, boolean par,
                         boolean dpop, Position position) implements AuthBlock {

    /** The metadata members that become {@code <<oidc.NAME>>} variables when the provider publishes them. */
    static final List<String> ENDPOINTS = List.of("issuer", "authorization_endpoint", "token_endpoint",
            "userinfo_endpoint", "jwks_uri", "registration_endpoint", "end_session_endpoint", "revocation_endpoint",
            "introspection_endpoint", "device_authorization_endpoint", "pushed_authorization_request_endpoint");
    static final String NONCE = "oidc.nonce";
    private static final String NO_ISSUER = "an openid-connect block needs the issuer: write 'issuer:' in it, or "
            + "set the 'issuer' variable in the environment";
    static final String ID_TOKEN = "oidc.id_token";
    static final String SUBJECT = "oidc.sub";

    @Override
    public String type() {
        return OpenIdType.NAME;
    }

    @Override
    public List<Text> texts() {
        return Stream.concat(pkce.texts().stream(), Stream.of(clientId, nonce, credential).filter(Objects::nonNull)).toList();
    }

    @Override
    public List<String> defines() {
        List<String> names = new ArrayList<>(pkce.defines());
        ENDPOINTS.forEach(name -> names.add("oidc." + name));
        names.addAll(List.of(NONCE, ID_TOKEN, SUBJECT));
        return names;
    }

    @Override
    public Optional<String> unmet(Predicate<String> defined) {
        return pkce.issuer() == null && !defined.test("issuer") ? Optional.of(NO_ISSUER) : Optional.empty();
    }

    @Override
    public AuthSession start(AuthContext context) {
        Variables variables = context.variables();
        String issuer;
        String pinnedNonce;
        String client;
        ClientAuthMethod authentication;
        try {
            issuer = issuer(variables);
            pinnedNonce = PkceAuth.pinned(variables, NONCE, nonce);
            client = clientId == null ? null : variables.resolve(clientId);
            authentication = clientAuthentication(client, variables, context);
        } catch (TemplateException e) {
            throw new AuthFailure(e.getMessage(), e.position());
        }
        Discovery.Result found = context.shared(List.of("oidc-discovery", issuer), Discovery.Result.class,
                () -> new Discovery(context.sender()).attempt(issuer));
        if (found.failure() != null) {
            throw new AuthFailure(found.failure(), position);
        }
        ServerMetadata server = found.metadata();
        ENDPOINTS.forEach(name -> server.text(name).ifPresent(url -> context.define("oidc." + name, url, false)));
        KeySet keys = server.text("jwks_uri").map(uri -> sendable(uri, "jwks_uri")).map(uri -> context.shared(
                List.of("oidc-jwks", uri.toString()), KeySet.class, () -> new KeySet(context.sender(), uri)))
                .orElse(null);
        if (pinnedNonce != null && pinnedNonce.isEmpty()) {
            throw new AuthFailure("nonce must not be empty", position);
        }
        String made = pinnedNonce != null ? pinnedNonce : Pkce.newState();
        context.define(NONCE, made, true);
        PushedAuthorization pushed = !par && !server.flag("require_pushed_authorization_requests") ? null
                : new PushedAuthorization(context.sender(), sendable(server.text(
                "pushed_authorization_request_endpoint").orElseThrow(() -> new AuthFailure("pushed authorization "
                + "requests need the pushed_authorization_request_endpoint of the provider's metadata, which "
                + server.issuer() + " does not publish (RFC 9126 \u00a75)", position)),
                "pushed_authorization_request_endpoint"), context.secrets());
        DpopProofs proofs = dpop ? context.shared(List.of("dpop-key"), DpopProofs.class, DpopProofs::new) : null;
        return new OpenIdFlow(pkce.start(context), server, keys, made, client, authentication, pushed, proofs,
                variables, context.secrets());
    }

    /** An endpoint of the provider's metadata, refused (at the auth block) when it cannot be sent to. */
    private URI sendable(String url, String name) {
        Optional<String> problem = UrlCheck.problem(url);
        if (problem.isPresent()) {
            throw new AuthFailure("the provider's metadata gives " + name + " that cannot be used: " + problem.get(),
                    position);
        }
        return Urls.parse(url).orElseThrow();
    }

    private ClientAuthMethod clientAuthentication(String client, Variables variables, AuthContext context)
            throws TemplateException {
        if (clientAuth == null) {
            return null;
        }
        try {
            return ClientAuthMethod.of(clientAuth, client, variables.resolve(credential), context.secrets());
        } catch (IllegalArgumentException e) {
            throw new AuthFailure(e.getMessage(), credential.position());
        }
    }

    private String issuer(Variables variables) throws TemplateException {
        if (pkce.issuer() != null) {
            return variables.resolve(pkce.issuer());
        }
        if (variables.isDefined("issuer")) {
            return variables.valueOf("issuer", position);
        }
        throw new AuthFailure(NO_ISSUER, position);
    }
}
