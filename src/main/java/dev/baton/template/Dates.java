package dev.baton.template;

import dev.baton.template.TemplateFunction.FunctionException;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * Date arithmetic and formatting on a value that is an instant: ISO 8601 ({@code 2026-01-31T10:00:00Z}, an offset
 * allowed) or Unix seconds. {@code plus:PT5M} and {@code minus:P1D} take ISO 8601 durations; {@code format} takes
 * {@code ISO}, {@code epoch} (seconds), {@code epochMillis}, {@code RFC1123} (the HTTP date) or a
 * {@link DateTimeFormatter} pattern, in UTC.
 */
final class Dates {

    private Dates() {
    }

    static Optional<String> durationProblem(String duration) {
        return amount(duration).isPresent() ? Optional.empty()
                : Optional.of("'" + duration + "' is not an ISO 8601 duration such as PT5M, PT1H30M or P1D");
    }

    static Optional<String> formatProblem(String format) {
        if (named(format).isPresent()) {
            return Optional.empty();
        }
        try {
            DateTimeFormatter.ofPattern(format, Locale.ROOT).withZone(ZoneOffset.UTC).format(Instant.EPOCH);
            return Optional.empty();
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.of("'" + format + "' is not a date format: use ISO, epoch, epochMillis, RFC1123 or a "
                    + "pattern such as yyyy-MM-dd");
        }
    }

    static Functions.Value plus(Functions.Value value, String duration, int sign) throws FunctionException {
        Instant instant = instant(value.text());
        Duration amount = amount(duration).orElseThrow(() -> new FunctionException("not a duration: " + duration));
        return new Functions.Value(instant.plus(sign > 0 ? amount : amount.negated()).toString(), false);
    }

    static Functions.Value format(Functions.Value value, String format) throws FunctionException {
        Instant instant = instant(value.text());
        Optional<String> named = named(format).map(f -> switch (f) {
            case "epoch" -> Long.toString(instant.getEpochSecond());
            case "epochMillis" -> Long.toString(instant.toEpochMilli());
            case "RFC1123" -> DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
            default -> instant.toString();
        });
        return new Functions.Value(named.orElseGet(() -> DateTimeFormatter.ofPattern(format, Locale.ROOT)
                .withZone(ZoneOffset.UTC).format(instant)), false);
    }

    private static Optional<String> named(String format) {
        return java.util.List.of("ISO", "epoch", "epochMillis", "RFC1123").contains(format) ? Optional.of(format)
                : Optional.empty();
    }

    /** A duration of time, or of days ({@code P1D}, {@code P2W}) as 24-hour days. */
    private static Optional<Duration> amount(String text) {
        try {
            return Optional.of(Duration.parse(text));
        } catch (DateTimeParseException notTime) {
            try {
                Period period = Period.parse(text);
                if (period.getYears() != 0 || period.getMonths() != 0) {
                    return Optional.empty();
                }
                return Optional.of(Duration.ofDays(period.getDays()));
            } catch (DateTimeParseException notDays) {
                return Optional.empty();
            }
        }
    }

    private static Instant instant(String text) throws FunctionException {
        String value = text.strip();
        if (value.matches("-?\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(value));
        }
        try {
            return OffsetDateTime.parse(value).toInstant().truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException e) {
            throw new FunctionException("the value is not a date: an ISO 8601 instant such as "
                    + "2026-01-31T10:00:00Z or Unix seconds");
        }
    }
}
