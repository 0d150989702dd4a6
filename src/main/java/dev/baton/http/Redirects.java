package dev.baton.http;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How a browser follows a redirect: 303, and 301 or 302 after a POST, become a GET without a body; 307 and 308
 * keep the method and body. Credentials are not carried to another origin, and a DPoP proof, made for one method and
 * URL (RFC 9449 §4.2), to no other request.
 */
public final class Redirects {

    private static final Set<Integer> FOLLOWED = Set.of(301, 302, 303, 307, 308);
    private static final Set<String> CREDENTIALS = Set.of("authorization", "cookie", "proxy-authorization");
    private static final String PROOF = "dpop";

    private Redirects() {
    }

    /** Whether the response is a redirect a browser follows: 301, 302, 303, 307 or 308 with a Location. */
    public static boolean isFollowed(HttpResult response) {
        return FOLLOWED.contains(response.status()) && response.header("Location").isPresent();
    }

    /** The request a browser sends to {@code location} after {@code response}. */
    public static OutgoingRequest next(HttpResult response, URI location) {
        OutgoingRequest previous = response.request();
        String method = previous.method().toUpperCase(Locale.ROOT);
        boolean toGet = response.status() == 303 && !method.equals("GET") && !method.equals("HEAD")
                || (response.status() == 301 || response.status() == 302) && method.equals("POST");
        URI target = Urls.withoutFragment(location);
        boolean sameOrigin = sameOrigin(previous.uri(), target);
        List<Header> headers = previous.headers().stream()
                .filter(h -> sameOrigin || !CREDENTIALS.contains(h.name().toLowerCase(Locale.ROOT)))
                .filter(h -> !h.name().equalsIgnoreCase(PROOF))
                .filter(h -> !toGet || !h.name().equalsIgnoreCase("Content-Type"))
                .toList();
        var navigation = previous.navigation().redirectedFrom(previous.uri());
        return toGet
                ? new OutgoingRequest("GET", target, headers, null, null, previous.timeout(), navigation)
                : new OutgoingRequest(method, target, headers, previous.body(), previous.contentType(),
                previous.timeout(), navigation);
    }

    private static boolean sameOrigin(URI a, URI b) {
        return Objects.equals(lower(a.getScheme()), lower(b.getScheme())) && Objects.equals(lower(a.getHost()),
                lower(b.getHost())) && a.getPort() == b.getPort();
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
