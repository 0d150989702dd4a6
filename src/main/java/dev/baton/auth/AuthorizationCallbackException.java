package dev.baton.auth;

/**
 * No usable authorization response came back: the wait timed out, the server sent an error, the redirect had no
 * code, or its state did not match. The message never holds the code or the state.
 */
public final class AuthorizationCallbackException extends Exception {

    public AuthorizationCallbackException(String message) {
        super(message);
    }
}
