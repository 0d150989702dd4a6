package dev.baton.oidc;

/**
 * One rule an ID token breaks.
 *
 * @param claim   the claim or header member, such as {@code aud}, {@code alg} or {@code signature}
 * @param message what was expected and what was found, masked where secret, with the section that says so
 */
public record ClaimFailure(String claim, String message) {

    @Override
    public String toString() {
        return "id_token " + claim + ": " + message;
    }
}
