package dev.baton.cookie;

import org.apache.hc.client5.http.cookie.MalformedCookieException;
import org.apache.hc.client5.http.impl.cookie.BasicClientCookie;
import org.apache.hc.client5.http.impl.cookie.LaxExpiresHandler;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Parses a {@code Set-Cookie} header value by RFC 6265bis §5.6. The cookie-date algorithm (§5.1.1) is HttpClient's
 * {@link LaxExpiresHandler}; everything else follows the draft, which HttpClient's own parser does not (it strips
 * quotes from values, keeps a {@code Path} that does not start with {@code /}, drops nameless cookies).
 */
final class SetCookieParser {

    /** §5.6: longest name plus value, and longest attribute value, that a user agent keeps. */
    static final int MAX_NAME_VALUE = 4096;
    private static final int MAX_ATTRIBUTE_VALUE = 1024;
    /** §5.6.1 step 3: expiry dates are capped at 400 days from now. */
    static final Duration MAX_AGE_CAP = Duration.ofDays(400);

    private static final LaxExpiresHandler COOKIE_DATE = new LaxExpiresHandler();

    private SetCookieParser() {
    }

    /** The cookie the header sets, or empty when the header is to be ignored entirely. */
    static Optional<ParsedCookie> parse(String header, Instant now) {
        if (hasControlCharacter(header)) {
            return Optional.empty();
        }
        int semicolon = header.indexOf(';');
        String pair = semicolon < 0 ? header : header.substring(0, semicolon);
        int equals = pair.indexOf('=');
        String name = equals < 0 ? "" : trim(pair.substring(0, equals));
        String value = trim(equals < 0 ? pair : pair.substring(equals + 1));
        if (name.isEmpty() && value.isEmpty()
                || utf8Length(name) + utf8Length(value) > MAX_NAME_VALUE) {
            return Optional.empty();
        }
        Attributes attributes = new Attributes(now);
        if (semicolon >= 0) {
            for (String av : header.substring(semicolon + 1).split(";", -1)) {
                int eq = av.indexOf('=');
                String attributeName = trim(eq < 0 ? av : av.substring(0, eq));
                String attributeValue = eq < 0 ? "" : trim(av.substring(eq + 1));
                if (utf8Length(attributeValue) <= MAX_ATTRIBUTE_VALUE) {
                    attributes.read(attributeName.toLowerCase(Locale.ROOT), attributeValue);
                }
            }
        }
        return Optional.of(new ParsedCookie(name, value, attributes.expiry(), attributes.domain, attributes.path,
                attributes.secure, attributes.httpOnly, attributes.sameSite));
    }

    /**
     * The name of the cookie {@code header} sets and its attributes as written (§5.6 steps 5 to 8): names in lower
     * case, the last of a name winning; a flag such as {@code Secure} has an empty value. Empty when the header is
     * to be ignored.
     */
    static Optional<Map.Entry<String, Map<String, String>>> attributes(String header) {
        if (hasControlCharacter(header)) {
            return Optional.empty();
        }
        String[] parts = header.split(";", -1);
        int equals = parts[0].indexOf('=');
        String name = equals < 0 ? "" : trim(parts[0].substring(0, equals));
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            String attribute = trim(eq < 0 ? parts[i] : parts[i].substring(0, eq)).toLowerCase(Locale.ROOT);
            if (!attribute.isEmpty()) {
                attributes.remove(attribute);
                attributes.put(attribute, eq < 0 ? "" : trim(parts[i].substring(eq + 1)));
            }
        }
        return Optional.of(Map.entry(name, attributes));
    }

    /** The attributes in order: a later one of the same name wins, except that {@code Max-Age} beats Expires. */
    private static final class Attributes {
        private final Instant now;
        private Instant expires;
        private Instant maxAge;
        private String domain;
        private String path;
        private boolean secure;
        private boolean httpOnly;
        private SameSite sameSite = SameSite.DEFAULT;

        Attributes(Instant now) {
            this.now = now;
        }

        void read(String name, String value) {
            switch (name) {
                case "expires" -> cookieDate(value).ifPresent(date -> expires = date);
                case "max-age" -> deltaSeconds(value).ifPresent(delta -> maxAge = delta <= 0 ? Instant.EPOCH
                        : now.plusSeconds(Math.min(delta, MAX_AGE_CAP.toSeconds())));
                case "domain" -> {
                    if (!value.isEmpty()) {
                        domain = (value.startsWith(".") ? value.substring(1) : value).toLowerCase(Locale.ROOT);
                    }
                }
                case "path" -> path = value.startsWith("/") ? value : null;
                case "secure" -> secure = true;
                case "httponly" -> httpOnly = true;
                case "samesite" -> sameSite = SameSite.of(value);
                default -> {
                    // unknown attributes are ignored (§5.6 step 8)
                }
            }
        }

        Instant expiry() {
            Instant expiry = maxAge != null ? maxAge : expires;
            Instant cap = now.plus(MAX_AGE_CAP);
            return expiry != null && expiry.isAfter(cap) ? cap : expiry;
        }
    }

    private static Optional<Instant> cookieDate(String value) {
        BasicClientCookie carrier = new BasicClientCookie("date", "");
        try {
            COOKIE_DATE.parse(carrier, value);
            return Optional.ofNullable(carrier.getExpiryInstant());
        } catch (MalformedCookieException e) {
            return Optional.empty();
        }
    }

    /** §5.6.2: an optional minus sign, then digits only. */
    private static Optional<Long> deltaSeconds(String value) {
        if (!value.matches("-?[0-9]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException huge) {
            return Optional.of(value.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE);
        }
    }

    /** §5.6 step 1: a control character other than tab makes the whole header ignored. */
    private static boolean hasControlCharacter(String header) {
        return header.chars().anyMatch(c -> c <= 0x08 || c >= 0x0A && c <= 0x1F || c == 0x7F);
    }

    /** Leading and trailing spaces and tabs removed, nothing else. */
    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return s.substring(start, end);
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
