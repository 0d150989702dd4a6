package dev.baton.cookie;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The cookies of one browser session, stored and sent by RFC 6265bis: §5.7 decides which {@code Set-Cookie} headers
 * are kept (domain and public-suffix checks, {@code Secure} only from secure contexts, {@code SameSite=None} only with
 * {@code Secure}, the {@code __Secure-} and {@code __Host-} prefixes, secure cookies left alone by insecure
 * origins), §5.8 which cookies a request carries and in which order. Loopback hosts count as secure, as in browsers.
 * Thread-safe.
 */
public final class CookieJar {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Comparator<StoredCookie> SEND_ORDER = Comparator
            .comparingInt((StoredCookie c) -> -c.path().length()).thenComparing(StoredCookie::created);

    private final Clock clock;
    private final List<StoredCookie> cookies = new ArrayList<>();

    /** An empty jar on the system clock. */
    public CookieJar() {
        this(Clock.systemUTC());
    }

    /** An empty jar on this clock, for tests of expiry. */
    public CookieJar(Clock clock) {
        this.clock = clock;
    }

    /** Stores the cookie that {@code setCookie}, received in the response to a request to {@code uri}, sets. */
    public synchronized void store(URI uri, String setCookie) {
        Instant now = clock.instant();
        SetCookieParser.parse(setCookie, now).flatMap(parsed -> admit(parsed, uri, now)).ifPresent(cookie -> {
            Optional<StoredCookie> old = cookies.stream().filter(cookie::sameIdentity).findFirst();
            old.ifPresent(cookies::remove);
            StoredCookie kept = old.map(o -> withCreated(cookie, o.created())).orElse(cookie);
            if (!kept.isExpired(now)) {
                cookies.add(kept);
            }
        });
    }

    /**
     * The {@code Cookie} header for a request, or empty when no cookie applies.
     *
     * @param method     the request method, for {@code SameSite=Lax}
     * @param navigation how the request came about, for {@code SameSite}
     */
    public synchronized Optional<String> header(URI uri, String method, Navigation navigation) {
        Instant now = clock.instant();
        cookies.removeIf(c -> c.isExpired(now));
        String host = Sites.host(uri);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        boolean secure = Sites.isSecure(uri);
        boolean sameSite = navigation.isSameSite(uri);
        boolean safe = SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT));
        String header = cookies.stream()
                .filter(c -> c.hostOnly() ? host.equals(c.domain()) : Sites.domainMatches(host, c.domain()))
                .filter(c -> pathMatches(path, c.path()))
                .filter(c -> !c.secureOnly() || secure)
                .filter(c -> sameSite || c.sameSite() == SameSite.NONE || c.sameSite() == SameSite.DEFAULT
                        || c.sameSite() == SameSite.LAX && safe)
                .sorted(SEND_ORDER)
                .map(StoredCookie::serialized)
                .collect(Collectors.joining("; "));
        return header.isEmpty() ? Optional.empty() : Optional.of(header);
    }

    /** The live cookies by name (the first stored wins a name), for captures and reports. */
    public synchronized Map<String, String> byName() {
        Instant now = clock.instant();
        Map<String, String> map = new LinkedHashMap<>();
        cookies.stream().filter(c -> !c.isExpired(now)).forEach(c -> map.putIfAbsent(c.name(), c.value()));
        return map;
    }

    /** Every live cookie, in the order stored. */
    public synchronized List<StoredCookie> all() {
        Instant now = clock.instant();
        return cookies.stream().filter(c -> !c.isExpired(now)).toList();
    }

    /** §5.7 steps 4 to 22: the cookie to store, or empty when the user agent ignores it. */
    private Optional<StoredCookie> admit(ParsedCookie parsed, URI uri, Instant now) {
        String host = Sites.host(uri);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        String domain = parsed.domain();
        boolean hostOnly;
        if (domain != null && Sites.isPublicSuffix(domain)) {
            if (!domain.equals(host)) {
                return Optional.empty();
            }
            domain = null;
        }
        if (domain != null) {
            if (!Sites.domainMatches(host, domain)) {
                return Optional.empty();
            }
            hostOnly = false;
        } else {
            hostOnly = true;
            domain = host;
        }
        String path = parsed.path() != null ? parsed.path() : defaultPath(uri);
        boolean secureOrigin = Sites.isSecure(uri);
        if (parsed.secure() && !secureOrigin
                || parsed.sameSite() == SameSite.NONE && !parsed.secure()
                || !prefixAllows(parsed, hostOnly, path)) {
            return Optional.empty();
        }
        StoredCookie cookie = new StoredCookie(parsed.name(), parsed.value(), domain, hostOnly, path,
                parsed.secure(), parsed.httpOnly(), parsed.sameSite(), parsed.expiry(), now);
        if (!parsed.secure() && !secureOrigin && overwritesSecure(cookie)) {
            return Optional.empty();
        }
        return Optional.of(cookie);
    }

    /** §5.7 steps 19 and 20, matched without regard to case as the draft now says. */
    private static boolean prefixAllows(ParsedCookie parsed, boolean hostOnly, String path) {
        String name = parsed.name().toLowerCase(Locale.ROOT);
        if (name.startsWith("__secure-")) {
            return parsed.secure();
        }
        if (name.startsWith("__host-")) {
            return parsed.secure() && hostOnly && parsed.domain() == null && "/".equals(parsed.path())
                    && path.equals("/");
        }
        return true;
    }

    /** §5.7 step 16: an insecure origin may not shadow a secure cookie of the same name and scope. */
    private boolean overwritesSecure(StoredCookie cookie) {
        return cookies.stream().anyMatch(old -> old.secureOnly() && old.name().equals(cookie.name())
                && (Sites.domainMatches(old.domain(), cookie.domain())
                || Sites.domainMatches(cookie.domain(), old.domain()))
                && pathMatches(cookie.path(), old.path()));
    }

    /** §5.1.4: the request path up to, not including, its last slash; "/" when there is none to cut. */
    static String defaultPath(URI uri) {
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/")) {
            return "/";
        }
        int last = path.lastIndexOf('/');
        return last == 0 ? "/" : path.substring(0, last);
    }

    /** §5.1.4: the paths are equal, or the cookie path is a prefix ending at a slash of the request path. */
    static boolean pathMatches(String requestPath, String cookiePath) {
        return requestPath.equals(cookiePath) || requestPath.startsWith(cookiePath)
                && (cookiePath.endsWith("/") || requestPath.charAt(cookiePath.length()) == '/');
    }

    private static StoredCookie withCreated(StoredCookie c, Instant created) {
        return new StoredCookie(c.name(), c.value(), c.domain(), c.hostOnly(), c.path(), c.secureOnly(),
                c.httpOnly(), c.sameSite(), c.expiry(), created);
    }
}
