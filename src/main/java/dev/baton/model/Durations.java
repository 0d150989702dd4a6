package dev.baton.model;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as files write them: {@code 500ms}, {@code 10s}, {@code 2m}, or a number of milliseconds. */
public final class Durations {

    /** What an error about a duration says it should look like. */
    public static final String EXAMPLES = "a positive duration such as 500ms, 10s or 2m";

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m)?");

    private Durations() {
    }

    /** The positive duration written, or empty when it is not one. */
    public static Optional<Duration> parse(String written) {
        Matcher m = DURATION.matcher(written.trim());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            return Optional.empty();
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "ms" : m.group(2);
        return Optional.of(switch (unit) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofMillis(amount);
        });
    }
}
