package dev.baton.cli;

import dev.baton.auth.StoredToken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Says in words when a stored access token expires and whether it can be renewed; never shows a token. */
final class AuthExpiry {

    private AuthExpiry() {
    }

    /** Such as {@code access token expires 2025-05-01T10:00:00Z (in 59 min); a refresh token is kept}. */
    static String describe(StoredToken token, Clock clock) {
        return expiry(token.expiresAt(), clock.instant()) + "; " + (token.canRefresh()
                ? "a refresh token is kept, so it is renewed when it expires"
                : "no refresh token: sign in again when it expires");
    }

    private static String expiry(Instant expiresAt, Instant now) {
        if (expiresAt == null) {
            return "the server did not say when the access token expires";
        }
        String at = expiresAt.truncatedTo(ChronoUnit.SECONDS).toString();
        Duration left = Duration.between(now, expiresAt);
        if (left.isNegative() || left.isZero()) {
            return "access token expired " + at + " (" + words(left.negated()) + " ago)";
        }
        return "access token expires " + at + " (in " + words(left) + ")";
    }

    private static String words(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes < 1) {
            return duration.toSeconds() + " s";
        }
        if (minutes < 120) {
            return minutes + " min";
        }
        long hours = duration.toHours();
        return hours < 48 ? hours + " h" : duration.toDays() + " days";
    }
}
