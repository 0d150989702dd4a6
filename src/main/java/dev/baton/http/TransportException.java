package dev.baton.http;

import java.util.List;

/** No response could be read: the host is unreachable, TLS failed, or the request timed out. */
public class TransportException extends Exception {

    private final transient List<Header> sentHeaders;
    private final boolean timedOut;

    public TransportException(String message, Throwable cause) {
        this(message, cause, List.of());
    }

    /** A failure after the request went (at least in part) on the wire with these headers. */
    public TransportException(String message, Throwable cause, List<Header> sentHeaders) {
        this(message, cause, sentHeaders, false);
    }

    /**
     * @param timedOut whether no connection or no answer came in time (a connection timeout, RFC 8628 §3.5), rather
     *                 than a failure the server or the network reported
     */
    public TransportException(String message, Throwable cause, List<Header> sentHeaders, boolean timedOut) {
        super(message, cause);
        this.sentHeaders = List.copyOf(sentHeaders);
        this.timedOut = timedOut;
    }

    /** The headers sent, when the request got as far as the wire; else empty. */
    public List<Header> sentHeaders() {
        return sentHeaders;
    }

    /** Whether the request timed out: connecting, or waiting for the answer. */
    public boolean timedOut() {
        return timedOut;
    }
}
