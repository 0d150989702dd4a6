package dev.baton.http;

/** No response could be read: the host is unreachable, TLS failed, or the request timed out. */
public class TransportException extends Exception {

    private final transient java.util.List<Header> sentHeaders;

    public TransportException(String message, Throwable cause) {
        this(message, cause, java.util.List.of());
    }

    /** A failure after the request went (at least in part) on the wire with these headers. */
    public TransportException(String message, Throwable cause, java.util.List<Header> sentHeaders) {
        super(message, cause);
        this.sentHeaders = java.util.List.copyOf(sentHeaders);
    }

    /** The headers sent, when the request got as far as the wire; else empty. */
    public java.util.List<Header> sentHeaders() {
        return sentHeaders;
    }
}
