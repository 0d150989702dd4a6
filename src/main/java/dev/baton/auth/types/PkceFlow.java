package dev.baton.auth.types;

import dev.baton.auth.AuthSession;
import dev.baton.auth.PkceSession;
import dev.baton.auth.RequestAdditions;
import dev.baton.model.OAuthRole;
import dev.baton.model.Text;
import dev.baton.template.TemplateException;
import dev.baton.template.Variables;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The PKCE helper in one iteration: {@code code_challenge}, {@code code_challenge_method} and {@code state} added to
 * the authorization request, {@code code_verifier} to the token request of the code exchange
 * ({@code grant_type=authorization_code}, RFC 7636 §4.5: no other grant has one), each unless the step writes it.
 */
final class PkceFlow implements AuthSession {

    private final PkceAuth auth;
    private final PkceSession session;
    private final Variables variables;

    PkceFlow(PkceAuth auth, PkceSession session, Variables variables) {
        this.auth = auth;
        this.session = session;
        this.variables = variables;
    }

    @Override
    public RequestAdditions additions(OAuthRole role) {
        return switch (role) {
            case AUTHORIZE -> {
                Map<String, String> query = new LinkedHashMap<>();
                query.put("code_challenge", session.codeChallenge());
                query.put("code_challenge_method", session.method().wireName());
                query.put("state", session.state());
                yield RequestAdditions.query(query);
            }
            case TOKEN -> new RequestAdditions(Map.of(), Map.of(), Map.of(),
                    Map.of("code_verifier", session.codeVerifier()));
            case NONE, REVOKE, INTROSPECT -> RequestAdditions.NONE;
        };
    }

    @Override
    public Optional<String> state() {
        return Optional.of(session.state());
    }

    @Override
    public Optional<String> redirectUri() throws TemplateException {
        return resolved(auth.redirectUri());
    }

    @Override
    public Optional<String> issuer() throws TemplateException {
        return resolved(auth.issuer());
    }

    private Optional<String> resolved(Text text) throws TemplateException {
        return text == null ? Optional.empty() : Optional.of(variables.resolve(text));
    }
}
