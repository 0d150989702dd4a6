package dev.baton.auth;

import dev.baton.model.Position;

/**
 * An {@code auth:} block could not provide what it adds: its values do not resolve, the token endpoint refused, no
 * stored sign-in. The step (or the iteration, when it starts) ends with an error at {@link #position()}.
 */
public final class AuthFailure extends RuntimeException {

    private final transient Position position;

    public AuthFailure(String message, Position position) {
        super(message, null, false, false);
        this.position = position;
    }

    /** Where the value that failed is written. */
    public Position position() {
        return position;
    }
}
