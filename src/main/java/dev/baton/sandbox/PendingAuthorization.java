package dev.baton.sandbox;

import java.time.Instant;

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
    private volatile boolean signedIn;

    PendingAuthorization(AuthorizationRequest request, Instant expiresAt) {
        this.id = Randoms.token();
        this.request = request;
        this.sessionId = Randoms.token();
        this.csrf = Randoms.token();
        this.expiresAt = expiresAt;
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
