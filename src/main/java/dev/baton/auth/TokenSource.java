package dev.baton.auth;

import dev.baton.http.TransportException;

/** Something that gets a fresh token from a token endpoint each time it is asked, such as a grant. */
@FunctionalInterface
public interface TokenSource {

    /**
     * Requests a new token.
     *
     * @throws TokenRequestException when the server refuses or answers something that is not a token
     * @throws TransportException    when no answer could be read
     */
    TokenResponse fetch() throws TokenRequestException, TransportException;
}
