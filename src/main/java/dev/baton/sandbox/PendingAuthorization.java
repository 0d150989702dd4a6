package dev.baton.sandbox;

import java.time.Instant;
import java.util.List;

/**
 * An authorization request waiting for the user to sign in and decide; bound to one browser session and one
 * CSRF token.
 */
final class PendingAuthorization implements TimedStore.Expiring {
    private final String id;
    private final AuthorizationRequest request;
    private final String sessionId;
    private final String csrf;
    private final Instant expiresAt;
    private final boolean formPost;
    private volatile boolean signedIn;

    PendingAuthorization(AuthorizationRequest request, Instant expiresAt, boolean formPost) {
        this.formPost = formPost;
        this.id = Randoms.token();
        this.request = request;
        this.sessionId = Randoms.token();
        this.csrf = Randoms.token();
        this.expiresAt = expiresAt;
    }

    /** The scopes the client asked for. */
    List<String> scopes() {
        return request.scopes();
    }

    /** Whether the client asked for {@code response_mode=form_post} and the sandbox honours it. */
    boolean formPost() {
        return formPost;
    }

    String id() {
        return id;
    }

    AuthorizationRequest request() {
        return request;
    }

    String sessionId() {
        return sessionId;
    }

    String csrf() {
        return csrf;
    }

    @Override
    public Instant expiresAt() {
        return expiresAt;
    }

    boolean isSignedIn() {
        return signedIn;
    }

    void markSignedIn() {
        signedIn = true;
    }
}
