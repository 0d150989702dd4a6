package dev.baton.auth;

import dev.baton.http.OutgoingRequest;
import dev.baton.http.Urls;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The requests of one sign-in, in order, as a failure lists them: {@code GET <url> 302 -> GET <url> 200 -> POST ...},
 * each with the status that led to the next, as a plain request's "too many redirects" lists its chain. The server
 * builds these URLs and puts its codes, state and session handles in their queries, so a query shows its parameter
 * names only, each value elided ({@code ?code=…&state=…}); fragments are dropped.
 */
final class SignInHops {

    private final List<String> hops = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private boolean loops;

    SignInHops(OutgoingRequest first) {
        add(first);
    }

    /** The request sent after a response with {@code status}. */
    void next(int status, OutgoingRequest request) {
        hops.add(status + " ->");
        add(request);
    }

    /** Whether a request was sent twice to the same URL with the same method. */
    boolean loops() {
        return loops;
    }

    @Override
    public String toString() {
        return String.join(" ", hops);
    }

    private void add(OutgoingRequest request) {
        loops |= !seen.add(request.method() + " " + request.uri());
        hops.add(request.method() + " " + shown(request.uri()));
    }

    /** The URL without its fragment, its query's values elided. */
    static String shown(URI uri) {
        String query = uri.getRawQuery();
        if (query == null || query.isEmpty()) {
            return Urls.withoutQuery(uri);
        }
        List<String> names = new ArrayList<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            names.add(eq < 0 ? "\u2026" : pair.substring(0, eq) + "=\u2026");
        }
        return Urls.withoutQuery(uri) + "?" + String.join("&", names);
    }
}
