package dev.baton.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;

/**
 * A thread-safe map of values that expire. Expired values stay visible for a retention period (so callers can
 * say "expired" rather than "unknown", and spot replays), then go at the next {@link #put}.
 */
final class TimedStore<V extends TimedStore.Expiring> {

    /** A value with an expiry time. */
    interface Expiring {
        Instant expiresAt();

        default boolean isExpiredAt(Instant now) {
            return !now.isBefore(expiresAt());
        }
    }

    private final ConcurrentMap<String, V> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration retention;

    TimedStore(Clock clock, Duration retention) {
        this.clock = clock;
        this.retention = retention;
    }

    void put(String key, V value) {
        Instant cutoff = clock.instant().minus(retention);
        entries.values().removeIf(v -> v.expiresAt().isBefore(cutoff));
        entries.put(key, value);
    }

    /** The value for {@code key}, expired or not, or {@code null}. */
    V get(String key) {
        return key == null ? null : entries.get(key);
    }

    /** Removes {@code key} only while it still maps to {@code value}; true when this call removed it. */
    boolean remove(String key, V value) {
        return entries.remove(key, value);
    }

    /** A value that meets {@code condition}, or {@code null}. */
    V find(Predicate<V> condition) {
        return entries.values().stream().filter(condition).findFirst().orElse(null);
    }

    void removeIf(Predicate<V> condition) {
        entries.values().removeIf(condition);
    }

    int size() {
        return entries.size();
    }
}
