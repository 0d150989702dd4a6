package dev.baton.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a duration with a unit, such as {@code 90s}, {@code 5m}, {@code 1h} or {@code 500ms} (or ISO-8601,
 * {@code PT5M}). A bare number is refused, since {@code baton run --timeout} counts milliseconds and a sign-in is
 * counted in minutes: the unit says which.
 */
final class AuthDurationConverter implements ITypeConverter<Duration> {

    private static final Pattern WITH_UNIT = Pattern.compile("(\\d{1,9})(ms|s|m|h)");
    private static final Duration LONGEST = Duration.ofHours(24);

    @Override
    public Duration convert(String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        Duration duration = parse(text);
        if (duration.isZero() || duration.isNegative() || duration.compareTo(LONGEST) > 0) {
            throw new TypeConversionException("'" + value + "' must be more than 0 and at most 24h");
        }
        return duration;
    }

    private static Duration parse(String text) {
        Matcher matcher = WITH_UNIT.matcher(text);
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            return switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
        }
        if (text.startsWith("pt")) {
            try {
                return Duration.parse(text);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        throw new TypeConversionException("'" + text + "' is not a duration; write it with a unit: 90s, 5m, 1h");
    }
}
