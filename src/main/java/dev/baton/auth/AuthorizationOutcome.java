package dev.baton.auth;

import dev.baton.secret.OwnWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether an authorization response passes, whatever else the step expects: the {@code state} must come
 * back unchanged (RFC 6749 §10.12) unless the step expects Baton to catch a tampered one; an {@code iss} must name
 * the expected issuer when one is known (RFC 9207 §2.4, mix-up defence); an {@code error} fails the step unless the
 * step expects that error through its {@code oauth} expectation (RFC 6749 §4.1.2.1), so that a denied consent never
 * passes by accident; a response with neither code nor error fails.
 */
public final class AuthorizationOutcome {

    private static final String TAMPERED = OwnWords.phrase("expected Baton to catch a tampered state, but the server "
            + "returned the state Baton made");

    /**
     * One check of the response.
     *
     * @param label   what was checked
     * @param failure why it failed, or {@code null} when it held
     */
    public record Check(String label, String failure) {
        /** Whether the check held. */
        public boolean passed() {
            return failure == null;
        }
    }

    /**
     * What the step says about the response it expects.
     *
     * @param expectsError     whether the step has an {@code oauth} expectation on {@code error}
     * @param expectsOAuth     whether the step has any {@code oauth} expectation
     * @param expectsForgery   whether the step expects Baton to catch a tampered {@code state}
     * @param expectedState    the state Baton sent, or {@code null} when none was sent
     * @param expectedIssuer   the issuer the step trusts ({@code issuer} variable or {@code auth: {issuer:}}), or
     *                         {@code null}
     */
    public record Expected(boolean expectsError, boolean expectsOAuth, boolean expectsForgery, String expectedState,
                           String expectedIssuer) {
    }

    private AuthorizationOutcome() {
    }

    /** The checks of a response, in order; messages never hold the code or the state. */
    public static List<Check> checks(AuthorizationResponse response, Expected expected) {
        List<Check> checks = new ArrayList<>();
        checks.add(state(response.state(), expected));
        if (response.issuer() != null && expected.expectedIssuer() != null) {
            checks.add(new Check("iss", response.issuer().equals(expected.expectedIssuer()) ? null
                    : "iss: the authorization response names the issuer '" + response.issuer() + "', not '"
                    + expected.expectedIssuer() + "' (RFC 9207): it may come from another server (mix-up attack)"));
        }
        if (response.isError() && !expected.expectsError()) {
            checks.add(new Check("oauth error", denial(response).orElseThrow()
                    + "; to test for this error, expect it: expect: {oauth: {error: " + response.error() + "}}"));
        } else if (!response.isError() && response.code() == null && !expected.expectsOAuth()) {
            checks.add(new Check("oauth code", "the redirect to the redirect URI carried no code and no error"));
        }
        return checks.stream().filter(Objects::nonNull).toList();
    }

    /**
     * What the server said when it refused: {@code the authorization server denied the authorization:
     * access_denied (The user said no)}, for the step's failure and for the steps skipped after it.
     */
    public static Optional<String> denial(AuthorizationResponse response) {
        if (!response.isError()) {
            return Optional.empty();
        }
        String verb = response.error().equals("access_denied") ? "denied" : "refused";
        return Optional.of("the authorization server " + verb + " the authorization: error=" + response.error()
                + (response.errorDescription() == null ? "" : " (" + response.errorDescription() + ")"));
    }

    private static Check state(String returned, Expected expected) {
        String sent = expected.expectedState();
        if (expected.expectsForgery()) {
            return new Check("state mismatch", Objects.equals(returned, sent)
                    ? "state: " + TAMPERED : null);
        }
        if (sent == null) {
            return null;
        }
        return new Check("state", sent.equals(returned) ? null : "state: the authorization server returned "
                + (returned == null ? "no state, where Baton sent one" : "a different state than Baton sent")
                + "; " + AuthorizationResponse.FORGED);
    }
}
