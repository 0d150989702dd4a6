package dev.baton.http;

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
 */
public record OutgoingRequest(String method, URI uri, List<Header> headers, byte[] body, String contentType,
                              Duration timeout) {
    public OutgoingRequest {
        headers = List.copyOf(headers);
    }

    /** A body-less GET. */
    public static OutgoingRequest get(URI uri) {
        return new OutgoingRequest("GET", uri, List.of(), null, null, null);
    }
}
