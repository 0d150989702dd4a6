package dev.baton.auth;

import dev.baton.http.BatonVersion;
import dev.baton.http.Header;
import dev.baton.http.OutgoingRequest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The headers a browser sends on a top-level navigation, put on every request of a sign-in: {@code Accept} preferring
 * HTML, {@code Accept-Language} and {@code User-Agent} (each unless the step sets its own), and, from the page a
 * request comes from, {@code Referer} by the default {@code strict-origin-when-cross-origin} policy and
 * {@code Origin} on a POST (Fetch §3.1).
 *
 * @param accept         the {@code Accept} value
 * @param acceptLanguage the {@code Accept-Language} value
 * @param userAgent      the {@code User-Agent} value
 */
public record BrowserHeaders(String accept, String acceptLanguage, String userAgent) {

    /** What Chromium sends on a navigation. */
    public static final String ACCEPT =
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
    /** Baton's default language preference. */
    public static final String ACCEPT_LANGUAGE = "en-US,en;q=0.9";
    /** A browser-like agent that still says it is Baton. */
    public static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Baton/" + BatonVersion.current() + " (headless sign-in)";

    /** The defaults. */
    public static final BrowserHeaders DEFAULT = new BrowserHeaders(ACCEPT, ACCEPT_LANGUAGE, USER_AGENT);

    public BrowserHeaders {
        Objects.requireNonNull(accept, "accept");
        Objects.requireNonNull(acceptLanguage, "acceptLanguage");
        Objects.requireNonNull(userAgent, "userAgent");
    }

    /** The defaults, with whichever of the three headers the step's own request sets instead. */
    public static BrowserHeaders overriddenBy(List<Header> stepHeaders, String userAgent) {
        return new BrowserHeaders(find(stepHeaders, "Accept").orElse(ACCEPT),
                find(stepHeaders, "Accept-Language").orElse(ACCEPT_LANGUAGE),
                find(stepHeaders, "User-Agent").orElse(userAgent == null ? USER_AGENT : userAgent));
    }

    /** The request with the navigation headers added where it has none of that name, and Referer and Origin. */
    public OutgoingRequest apply(OutgoingRequest request) {
        List<Header> headers = new ArrayList<>();
        request.headers().stream().filter(h -> !isComputed(h.name())).forEach(headers::add);
        addUnlessPresent(headers, "Accept", accept);
        addUnlessPresent(headers, "Accept-Language", acceptLanguage);
        addUnlessPresent(headers, "User-Agent", userAgent);
        URI from = request.navigation().initiator();
        if (from != null) {
            referrer(from, request.uri()).ifPresent(r -> headers.add(new Header("Referer", r)));
            if (request.method().equalsIgnoreCase("POST")) {
                headers.add(new Header("Origin", origin(from)));
            }
        }
        return request.withHeaders(headers);
    }

    /** Referrer Policy's {@code strict-origin-when-cross-origin}: the URL same-origin, the origin otherwise. */
    static Optional<String> referrer(URI from, URI to) {
        boolean downgrade = "https".equalsIgnoreCase(from.getScheme()) && !"https".equalsIgnoreCase(to.getScheme());
        if (downgrade) {
            return Optional.empty();
        }
        if (origin(from).equals(origin(to))) {
            String whole = from.toString();
            int hash = whole.indexOf('#');
            return Optional.of(hash < 0 ? whole : whole.substring(0, hash));
        }
        return Optional.of(origin(from) + "/");
    }

    /** The ASCII serialization of a URI's origin: scheme, host and port when it is not the default. */
    static String origin(URI uri) {
        String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        return scheme + "://" + String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static boolean isComputed(String name) {
        return name.equalsIgnoreCase("Referer") || name.equalsIgnoreCase("Origin");
    }

    private static void addUnlessPresent(List<Header> headers, String name, String value) {
        if (headers.stream().noneMatch(h -> h.name().equalsIgnoreCase(name))) {
            headers.add(new Header(name, value));
        }
    }

    private static Optional<String> find(List<Header> headers, String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
    }
}
