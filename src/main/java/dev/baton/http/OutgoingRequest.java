package dev.baton.http;

import dev.baton.cookie.Navigation;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * A fully resolved request, ready to send.
 *
 * @param method      HTTP method
 * @param uri         absolute URI, query included
 * @param headers     headers in order
 * @param body        body bytes, or {@code null} for none
 * @param contentType content type of the body, or {@code null}
 * @param timeout     response timeout, or {@code null} for the default
 * @param navigation  how the request came about, for the cookies it carries ({@link Navigation#DIRECT} for a
 *                    request a step sends)
 */
public record OutgoingRequest(String method, URI uri, List<Header> headers, byte[] body, String contentType,
                              Duration timeout, Navigation navigation) {
    public OutgoingRequest {
        headers = List.copyOf(headers);
        navigation = navigation == null ? Navigation.DIRECT : navigation;
    }

    /** A request sent directly, not from a page. */
    public OutgoingRequest(String method, URI uri, List<Header> headers, byte[] body, String contentType,
                           Duration timeout) {
        this(method, uri, headers, body, contentType, timeout, Navigation.DIRECT);
    }

    /** This request with these headers instead. */
    public OutgoingRequest withHeaders(List<Header> replaced) {
        return new OutgoingRequest(method, uri, replaced, body, contentType, timeout, navigation);
    }

    /** A body-less GET. */
    public static OutgoingRequest get(URI uri) {
        return new OutgoingRequest("GET", uri, List.of(), null, null, null);
    }
}
