package dev.baton.engine;

import dev.baton.auth.PkceSession;
import dev.baton.template.Variables;

import java.util.List;

/** The {@code <<pkce.*>>} variables of a run. */
final class PkceVariables {

    static final String VERIFIER = "pkce.code_verifier";
    static final String CHALLENGE = "pkce.code_challenge";
    static final String METHOD = "pkce.code_challenge_method";
    static final String STATE = "pkce.state";
    static final List<String> ALL = List.of(VERIFIER, CHALLENGE, METHOD, STATE);

    private PkceVariables() {
    }

    static void define(Variables variables, PkceSession session) {
        variables.capture(VERIFIER, session.codeVerifier(), true);
        variables.capture(CHALLENGE, session.codeChallenge(), false);
        variables.capture(METHOD, session.method().wireName(), false);
        variables.capture(STATE, session.state(), true);
    }
}
