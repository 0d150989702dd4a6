package dev.baton.model;

/** The part a step plays in an authorization-code flow, if any. */
public enum OAuthRole {
    /** An ordinary request. */
    NONE,
    /** The authorization request: gets {@code code_challenge}, {@code code_challenge_method} and {@code state}. */
    AUTHORIZE,
    /** The token request: gets {@code code_verifier}. */
    TOKEN
}
