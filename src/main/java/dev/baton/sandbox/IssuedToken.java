package dev.baton.sandbox;

import java.time.Instant;

/** An access or refresh token: the client it was issued to, the grant it descends from, and its expiry. */
record IssuedToken(String value, String clientId, String grantId, Instant expiresAt) implements TimedStore.Expiring {
}
