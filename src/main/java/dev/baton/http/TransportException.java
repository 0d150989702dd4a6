package dev.baton.http;

/** No response could be read: the host is unreachable, TLS failed, or the request timed out. */
public class TransportException extends Exception {

    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
