package dev.baton.auth;

import dev.baton.model.AuthSpec;

/** An {@code auth:} block read by its {@link AuthType}: what it defines, and a session for each iteration. */
public interface AuthBlock extends AuthSpec {

    /**
     * The block's state for one iteration (or a plain collection's only pass), made when it starts.
     *
     * @throws AuthFailure when its values do not resolve or are not usable, such as a pinned verifier that breaks
     *                     RFC 7636
     */
    AuthSession start(AuthContext context);
}
