package dev.baton.sandbox;

import java.time.Instant;

/** The parameters of an authorization request pushed by a client (RFC 9126), under their one-time request URI. */
record PushedRequest(String requestUri, String clientId, Params params, Instant expiresAt)
        implements TimedStore.Expiring {

    /** The URN prefix RFC 9126 §2.2 gives as an example of request URIs. */
    static final String PREFIX = "urn:ietf:params:oauth:request_uri:";
}
