package dev.baton.auth;

/**
 * The token endpoint refused a request or gave an answer that is not a token response. The message holds the
 * status, the OAuth {@code error} and {@code error_description} the server sent, never a token or a secret.
 */
public final class TokenRequestException extends Exception {

    private final int status;
    private final String error;
    private final String errorDescription;

    public TokenRequestException(String message, int status, String error, String errorDescription) {
        super(message);
        this.status = status;
        this.error = error;
        this.errorDescription = errorDescription;
    }

    /** The HTTP status of the answer. */
    public int status() {
        return status;
    }

    /** The OAuth {@code error} code, such as {@code invalid_grant}, or {@code null} when the server sent none. */
    public String error() {
        return error;
    }

    /** The server's {@code error_description}, or {@code null}. */
    public String errorDescription() {
        return errorDescription;
    }
}
