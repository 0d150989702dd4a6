package dev.baton.cookie;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The attributes a response's {@code Set-Cookie} headers give a cookie, as the server wrote them (RFC 6265bis §5.6),
 * for checks such as "the session cookie is {@code HttpOnly}".
 */
public final class SetCookies {

    /** The attributes a check may name, as RFC 6265bis spells them. */
    public static final List<String> ATTRIBUTES = List.of("Secure", "HttpOnly", "SameSite", "Path", "Domain",
            "Max-Age", "Expires");

    private SetCookies() {
    }

    /**
     * The attributes of the last of {@code setCookieHeaders} that sets {@code name}, by lower-case attribute name
     * (a flag has an empty value); empty when none sets it.
     */
    public static Optional<Map<String, String>> of(List<String> setCookieHeaders, String name) {
        Optional<Map<String, String>> found = Optional.empty();
        for (String header : setCookieHeaders) {
            var parsed = SetCookieParser.attributes(header);
            if (parsed.isPresent() && parsed.get().getKey().equals(name)) {
                found = Optional.of(parsed.get().getValue());
            }
        }
        return found;
    }

    /** The values {@code setCookieHeaders} set, as RFC 6265bis §5.6 parses them; headers it ignores give none. */
    public static List<String> values(List<String> setCookieHeaders) {
        return setCookieHeaders.stream().map(h -> SetCookieParser.parse(h, java.time.Instant.now()))
                .flatMap(Optional::stream).map(ParsedCookie::value).toList();
    }

    /** The spelling in {@link #ATTRIBUTES} of an attribute named in any case, or empty for an unknown one. */
    public static Optional<String> attribute(String name) {
        return ATTRIBUTES.stream().filter(a -> a.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
