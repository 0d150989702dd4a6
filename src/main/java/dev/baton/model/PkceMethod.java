package dev.baton.model;

/** The {@code code_challenge_method} of RFC 7636. */
public enum PkceMethod {
    S256, PLAIN;

    /** The value sent in {@code code_challenge_method}. */
    public String wireName() {
        return this == S256 ? "S256" : "plain";
    }
}
