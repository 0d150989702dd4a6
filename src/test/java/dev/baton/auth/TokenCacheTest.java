package dev.baton.auth;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TokenCacheTest {

    private final TestClock clock = new TestClock();
    private final AtomicInteger fetches = new AtomicInteger();

    private TokenSource source(Long expiresIn) {
        return () -> new TokenResponse("token-" + fetches.incrementAndGet(), "bearer", expiresIn, null, null, null);
    }

    @Test
    void fetchesOnceWhileTheTokenIsValid() throws Exception {
        TokenCache cache = new TokenCache(source(3600L), clock);

        assertEquals("token-1", cache.accessToken());
        clock.advance(Duration.ofMinutes(58));
        assertEquals("token-1", cache.accessToken());
        assertEquals(1, fetches.get());
    }

    @Test
    void fetchesAgainOnceTheTokenIsWithinTheMarginOfItsExpiry() throws Exception {
        TokenCache cache = new TokenCache(source(3600L), clock, Duration.ofSeconds(60));
        cache.get();

        clock.advance(Duration.ofSeconds(3539));
        assertEquals("token-1", cache.accessToken());
        clock.advance(Duration.ofSeconds(1));
        assertEquals("token-2", cache.accessToken());
        assertEquals("token-2", cache.accessToken());
    }

    @Test
    void theMarginIsAtMostHalfAShortLifetime() throws Exception {
        TokenCache cache = new TokenCache(source(30L), clock, Duration.ofSeconds(60));
        cache.get();

        clock.advance(Duration.ofSeconds(14));
        assertEquals("token-1", cache.accessToken());
        clock.advance(Duration.ofSeconds(1));
        assertEquals("token-2", cache.accessToken());
    }

    @Test
    void aTokenWithoutExpiryIsKeptUntilInvalidated() throws Exception {
        TokenCache cache = new TokenCache(source(null), clock);
        cache.get();
        clock.advance(Duration.ofDays(30));

        assertEquals("token-1", cache.accessToken());
        cache.invalidate();
        assertEquals("token-2", cache.accessToken());
    }

    @Test
    void aFailedFetchIsNotCachedAndIsTriedAgain() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        TokenCache cache = new TokenCache(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new TokenRequestException("refused", 401, "invalid_client", null);
            }
            return new TokenResponse("token-ok", "bearer", 3600L, null, null, null);
        }, clock);

        assertThrows(TokenRequestException.class, cache::get);
        assertEquals("token-ok", cache.accessToken());
    }
}
