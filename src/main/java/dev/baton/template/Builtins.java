package dev.baton.template;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Values made fresh at each use: {@code <<$uuid>>}, {@code <<$timestamp>>}, {@code <<$isoTimestamp>>}, {@code <<$randomInt>>}. */
public final class Builtins {

    /** Every built-in name. */
    public static final Set<String> NAMES = Set.of("$uuid", "$timestamp", "$isoTimestamp", "$randomInt");

    private Builtins() {
    }

    /** The value of a built-in, or empty for any other name. */
    public static Optional<String> valueOf(String name) {
        return Optional.ofNullable(switch (name) {
            case "$uuid" -> UUID.randomUUID().toString();
            case "$timestamp" -> Long.toString(Instant.now().getEpochSecond());
            case "$isoTimestamp" -> Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
            case "$randomInt" -> Integer.toString(ThreadLocalRandom.current().nextInt(0, 1000));
            default -> null;
        });
    }
}
