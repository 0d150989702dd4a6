package dev.baton.engine;

import dev.baton.auth.Discovery;
import dev.baton.auth.ServerMetadata;
import dev.baton.check.SignatureCheck;
import dev.baton.http.UrlCheck;
import dev.baton.http.Urls;
import dev.baton.model.Text;
import dev.baton.oidc.KeySet;
import dev.baton.oidc.TokenSignature;
import dev.baton.template.TemplateException;

import java.util.List;
import java.util.Optional;

/**
 * Verifies {@code jwt} signatures for an iteration: against the JWKS ({@code jwks_uri}) of the issuer written beside
 * {@code signature:}, or of the collection's {@code openid-connect} issuer, each discovered and read once per run
 * and shared with ID token validation.
 */
final class IssuerSignatures implements SignatureCheck {

    private static final String RULE = "RFC 8725 \u00a73.1";

    private final IterationRun iteration;

    IssuerSignatures(IterationRun iteration) {
        this.iteration = iteration;
    }

    @Override
    public Optional<String> problem(String token, Text written) {
        String issuer;
        try {
            issuer = written != null ? iteration.variables().resolve(written) : iteration.auth().issuer().orElse(null);
        } catch (TemplateException e) {
            throw new Resolving.Failed(e);
        }
        if (issuer == null) {
            return Optional.of("cannot be checked: the collection's auth names no issuer; write 'issuer:' beside "
                    + "'signature'");
        }
        Discovery.Result found = iteration.shared(List.of("oidc-discovery", issuer), Discovery.Result.class,
                () -> new Discovery(iteration.sender()).attempt(issuer));
        if (found.failure() != null) {
            return Optional.of("cannot be checked: " + found.failure());
        }
        ServerMetadata server = found.metadata();
        Optional<String> jwks = server.text("jwks_uri");
        if (jwks.isEmpty()) {
            return Optional.of("cannot be checked: the metadata of " + issuer + " names no jwks_uri");
        }
        Optional<String> unusable = UrlCheck.problem(jwks.get());
        if (unusable.isPresent()) {
            return Optional.of("cannot be checked: the jwks_uri of " + issuer + " cannot be used: " + unusable.get());
        }
        KeySet keys = iteration.shared(List.of("oidc-jwks", jwks.get()), KeySet.class,
                () -> new KeySet(iteration.sender(), Urls.parse(jwks.get()).orElseThrow()));
        return new TokenSignature(keys, RULE).problem(token);
    }
}
