package dev.baton.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Adds {@code Authorization: Bearer <token>} from a token helper to a request that carries no credentials of its
 * own. It sits outside {@link RedirectFollowing}, so a redirect to another origin drops the token as it drops any
 * other credentials.
 */
public final class BearerAuthorization implements HttpSender {

    private final HttpSender next;
    private final Supplier<Optional<String>> token;

    /** @param token the helper's current access token; it may fetch one, and throw when it cannot */
    public BearerAuthorization(HttpSender next, Supplier<Optional<String>> token) {
        this.next = next;
        this.token = token;
    }

    @Override
    public HttpResult send(OutgoingRequest request) throws TransportException {
        if (request.headers().stream().anyMatch(h -> h.name().equalsIgnoreCase("Authorization"))) {
            return next.send(request);
        }
        Optional<String> bearer = token.get();
        if (bearer.isEmpty()) {
            return next.send(request);
        }
        List<Header> headers = new ArrayList<>(request.headers());
        headers.add(new Header("Authorization", "Bearer " + bearer.get()));
        return next.send(new OutgoingRequest(request.method(), request.uri(), headers, request.body(),
                request.contentType(), request.timeout()));
    }
}
