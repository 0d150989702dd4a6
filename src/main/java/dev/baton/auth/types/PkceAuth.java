package dev.baton.auth.types;

import dev.baton.auth.AuthBlock;
import dev.baton.auth.AuthContext;
import dev.baton.auth.AuthFailure;
import dev.baton.auth.AuthSession;
import dev.baton.auth.PkceSession;
import dev.baton.model.PkceMethod;
import dev.baton.model.Position;
import dev.baton.model.Text;
import dev.baton.template.TemplateException;
import dev.baton.template.Variables;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * {@code auth: {type: oauth2-pkce}}: the PKCE helper and any values pinned for a reproducible run. Each iteration
 * gets a fresh verifier and state (RFC 7636 §4.1), set as the {@code <<pkce.*>>} variables, so that a step can pin
 * or tamper with them; {@code --var pkce.code_verifier=...} pins them too.
 *
 * @param method       the challenge method
 * @param codeVerifier a pinned verifier, or {@code null} to make one per iteration
 * @param state        a pinned state, or {@code null} to make one per iteration
 * @param redirectUri  the redirect URI at which the flow stops, or {@code null} to take it from the authorization
 *                     request's {@code redirect_uri} parameter
 * @param issuer       the issuer the authorization response must name in {@code iss} (RFC 9207), or {@code null}
 *                     to take the {@code issuer} variable when there is one
 * @param position     where the block is written
 */
public record PkceAuth(PkceMethod method, Text codeVerifier, Text state, Text redirectUri, Text issuer,
                       Position position) implements AuthBlock {

    static final String VERIFIER = "pkce.code_verifier";
    static final String CHALLENGE = "pkce.code_challenge";
    static final String METHOD = "pkce.code_challenge_method";
    static final String STATE = "pkce.state";

    @Override
    public String type() {
        return PkceType.NAME;
    }

    @Override
    public List<Text> texts() {
        return Stream.of(codeVerifier, state, redirectUri, issuer).filter(Objects::nonNull).toList();
    }

    @Override
    public List<String> defines() {
        return List.of(VERIFIER, CHALLENGE, METHOD, STATE);
    }

    @Override
    public AuthSession start(AuthContext context) {
        Variables variables = context.variables();
        PkceSession session;
        try {
            session = PkceSession.create(method, pinned(variables, VERIFIER, codeVerifier),
                    pinned(variables, STATE, state));
        } catch (TemplateException e) {
            throw new AuthFailure(e.getMessage(), e.position());
        } catch (IllegalArgumentException e) {
            throw new AuthFailure(e.getMessage(), position);
        }
        context.define(VERIFIER, session.codeVerifier(), true);
        context.define(CHALLENGE, session.codeChallenge(), false);
        context.define(METHOD, session.method().wireName(), false);
        context.define(STATE, session.state(), true);
        return new PkceFlow(this, session, variables);
    }

    /** A value set with {@code --var} (or earlier in the run) wins over the one written in the block. */
    static String pinned(Variables variables, String name, Text written) throws TemplateException {
        if (variables.binding(name).isPresent()) {
            return variables.valueOf(name, Position.of("--var " + name));
        }
        return written == null ? null : variables.resolve(written);
    }
}
