package dev.baton.http;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Follows redirects as a browser does ({@link Redirects}), each hop sent through the next link of the chain, up to
 * a limit: a redirect past it fails with "too many redirects" and the chain of hops, saying when the chain loops.
 */
public final class RedirectFollowing implements HttpSender {

    /** Redirects followed when no limit is configured. */
    public static final int DEFAULT_LIMIT = 10;

    private final HttpSender next;
    private final int limit;

    public RedirectFollowing(HttpSender next, int limit) {
        this.next = next;
        this.limit = limit;
    }

    @Override
    public HttpResult send(OutgoingRequest request) throws TransportException {
        HttpResult result = next.send(request);
        List<String> chain = new ArrayList<>(List.of(request.method() + " " + request.uri()));
        Set<String> seen = new HashSet<>(chain);
        boolean loops = false;
        int followed = 0;
        for (; Redirects.isFollowed(result); followed++) {
            Optional<URI> location = result.location();
            if (location.isEmpty()) {
                break;
            }
            OutgoingRequest hop = Redirects.next(result, location.get());
            String step = hop.method() + " " + hop.uri();
            chain.add(result.status() + " -> " + step);
            loops |= !seen.add(step);
            if (followed == limit) {
                throw new TransportException("too many redirects (more than " + limit + ")"
                        + (loops ? ", in a loop" : "") + ": " + String.join(" ", chain), null);
            }
            result = next.send(hop);
        }
        return followed == 0 ? result : result.afterRedirects(followed);
    }
}
