package dev.baton.auth;

import dev.baton.http.TransportException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Holds one token in memory for a run: fetches it from its {@link TokenSource} on first use and again once it has
 * expired, or is about to ({@link #DEFAULT_MARGIN} early by default, at most half its lifetime). A token without
 * {@code expires_in} is kept until {@link #invalidate()}. Thread-safe: concurrent callers share one fetch.
 */
public final class TokenCache {

    /** How long before its expiry a token is fetched again, by default. */
    public static final Duration DEFAULT_MARGIN = Duration.ofSeconds(60);

    private final TokenSource source;
    private final Clock clock;
    private final Duration margin;
    private TokenResponse token;
    private Instant refetchAt;

    public TokenCache(TokenSource source, Clock clock) {
        this(source, clock, DEFAULT_MARGIN);
    }

    public TokenCache(TokenSource source, Clock clock, Duration margin) {
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.margin = Objects.requireNonNull(margin, "margin");
        if (margin.isNegative()) {
            throw new IllegalArgumentException("margin must not be negative, was " + margin);
        }
    }

    /** The cached token, fetched first when there is none yet or it has expired. */
    public synchronized TokenResponse get() throws TokenRequestException, TransportException {
        Instant now = clock.instant();
        if (token == null || refetchAt != null && !now.isBefore(refetchAt)) {
            TokenResponse fresh = source.fetch();
            token = fresh;
            refetchAt = fresh.lifetime().map(lifetime -> now.plus(lifetime).minus(earlyBy(lifetime))).orElse(null);
        }
        return token;
    }

    /** The access token of {@link #get()}. */
    public String accessToken() throws TokenRequestException, TransportException {
        return get().accessToken();
    }

    /** Forgets the token, as after the API refused it, so that the next {@link #get()} fetches a new one. */
    public synchronized void invalidate() {
        token = null;
        refetchAt = null;
    }

    private Duration earlyBy(Duration lifetime) {
        Duration half = lifetime.dividedBy(2);
        return margin.compareTo(half) > 0 ? half : margin;
    }
}
