package dev.baton.sandbox;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/** An issued authorization code: what it was issued for, and whether a token request has presented it yet. */
final class AuthorizationCode implements TimedStore.Expiring {
    private final AuthorizationRequest request;
    private final String grantId;
    private final Instant expiresAt;
    private final AtomicBoolean presented = new AtomicBoolean();

    AuthorizationCode(AuthorizationRequest request, String grantId, Instant expiresAt) {
        this.request = request;
        this.grantId = grantId;
        this.expiresAt = expiresAt;
    }

    AuthorizationRequest request() {
        return request;
    }

    /** Identifies every token issued, directly or by refresh, from this code. */
    String grantId() {
        return grantId;
    }

    @Override
    public Instant expiresAt() {
        return expiresAt;
    }

    /** True for the first caller only: a code admits one token request. */
    boolean markPresented() {
        return presented.compareAndSet(false, true);
    }
}
