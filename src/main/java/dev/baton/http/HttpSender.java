package dev.baton.http;

/**
 * Sends one request and reads the whole response. Redirects are never followed; cookies are kept for the run.
 */
@FunctionalInterface
public interface HttpSender {

    /**
     * Sends the request.
     *
     * @throws TransportException when no response could be read: connection refused, TLS failure, timeout
     */
    HttpResult send(OutgoingRequest request) throws TransportException;
}
