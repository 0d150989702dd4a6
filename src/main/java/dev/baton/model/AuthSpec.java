package dev.baton.model;

/** The {@code auth:} block of a collection: the PKCE helper, or a helper that fetches an access token. */
public sealed interface AuthSpec permits PkceAuth, TokenAuth {

    /** Where the block is written. */
    Position position();
}
