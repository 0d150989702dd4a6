package dev.baton.auth;

/**
 * The sign-in flow could not reach the redirect URI. The message is one or two lines a user can act on; it never
 * holds the values of submitted fields.
 */
public final class SignInException extends Exception {

    public SignInException(String message) {
        super(message);
    }
}
