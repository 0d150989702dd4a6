package dev.baton.template;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Values made fresh at each use: {@code <<$uuid>>}, {@code <<$timestamp>>}, {@code <<$isoTimestamp>>} and
 * {@code <<$now>>} (the same ISO instant, the usual start of date functions), {@code <<$randomInt>>}, and
 * {@code <<$random>>} (16 random letters and digits; {@code | chars:N:ALPHABET} chooses others).
 */
public final class Builtins {

    /** Every built-in name. */
    public static final Set<String> NAMES = Set.of("$uuid", "$timestamp", "$isoTimestamp", "$now", "$randomInt",
            "$random");

    private Builtins() {
    }

    /** The value of a built-in, or empty for any other name. */
    public static Optional<String> valueOf(String name) {
        return Optional.ofNullable(switch (name) {
            case "$uuid" -> UUID.randomUUID().toString();
            case "$timestamp" -> Long.toString(Instant.now().getEpochSecond());
            case "$isoTimestamp", "$now" -> Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
            case "$random" -> RandomText.of("16").text();
            case "$randomInt" -> Integer.toString(ThreadLocalRandom.current().nextInt(0, 1000));
            default -> null;
        });
    }
}
