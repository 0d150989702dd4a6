package dev.baton.auth;

import dev.baton.model.PkceMethod;

import java.util.Objects;

/**
 * The verifier, challenge, method and state of one run. {@link #toString()} masks the verifier and the state.
 *
 * @param codeVerifier  the {@code code_verifier} sent with the token request
 * @param codeChallenge the {@code code_challenge} sent with the authorization request
 * @param method        the {@code code_challenge_method}
 * @param state         the {@code state} sent with the authorization request and expected back
 */
public record PkceSession(String codeVerifier, String codeChallenge, PkceMethod method, String state) {

    public PkceSession {
        Objects.requireNonNull(codeVerifier, "codeVerifier");
        Objects.requireNonNull(codeChallenge, "codeChallenge");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(state, "state");
    }

    /**
     * A session for one run: the pinned verifier and state when given, fresh random ones otherwise, and the
     * challenge computed from the verifier.
     *
     * @param pinnedVerifier a verifier to use, or {@code null} to make one
     * @param pinnedState    a state to use, or {@code null} to make one
     * @throws IllegalArgumentException when the pinned verifier breaks RFC 7636 §4.1 or the pinned state is empty
     */
    public static PkceSession create(PkceMethod method, String pinnedVerifier, String pinnedState) {
        Objects.requireNonNull(method, "method");
        if (pinnedVerifier != null) {
            Pkce.verifierProblem(pinnedVerifier).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
        }
        if (pinnedState != null && pinnedState.isEmpty()) {
            throw new IllegalArgumentException("state must not be empty");
        }
        String verifier = pinnedVerifier != null ? pinnedVerifier : Pkce.newVerifier();
        String state = pinnedState != null ? pinnedState : Pkce.newState();
        return new PkceSession(verifier, Pkce.challenge(verifier, method), method, state);
    }

    @Override
    public String toString() {
        return "PkceSession[codeVerifier=***, codeChallenge=" + codeChallenge + ", method=" + method.wireName()
                + ", state=***]";
    }
}
