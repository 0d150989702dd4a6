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

    private final List<OutgoingRequest> requests = new ArrayList<>();
    private final List<Integer> statuses = new ArrayList<>();

    SignInHops(OutgoingRequest first) {
        requests.add(first);
    }

    /** The request sent after a response with {@code status}; nothing is written out until a failure asks. */
    void next(int status, OutgoingRequest request) {
        statuses.add(status);
        requests.add(request);
    }

    /** Whether a request was sent twice to the same URL with the same method. */
    boolean loops() {
        Set<String> seen = new HashSet<>();
        return !requests.stream().allMatch(r -> seen.add(r.method() + " " + r.uri()));
    }

    @Override
    public String toString() {
        StringBuilder hops = new StringBuilder(shown(requests.get(0)));
        for (int i = 0; i < statuses.size(); i++) {
            hops.append(' ').append(statuses.get(i)).append(" -> ").append(shown(requests.get(i + 1)));
        }
        return hops.toString();
    }

    private static String shown(OutgoingRequest request) {
        return request.method() + " " + shown(request.uri());
    }

    /**
     * The URL without its fragment, its user info, its query's values and its path parameters ({@code ;jsessionid=})
     * elided: a server puts session handles and codes there, which no one registered as secrets.
     */
    static String shown(URI uri) {
        String base = Urls.withoutQuery(uri).replaceFirst("//[^/]*@", "//(user info)@").replaceAll(";[^/]*", ";\u2026");
        String query = uri.getRawQuery();
        if (query == null || query.isEmpty()) {
            return base;
        }
        List<String> names = new ArrayList<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            names.add(eq < 0 ? "\u2026" : pair.substring(0, eq) + "=\u2026");
        }
        return base + "?" + String.join("&", names);
    }
}
