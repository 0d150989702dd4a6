package dev.baton.http;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.MessageConstraintException;
import org.apache.hc.core5.http.NoHttpResponseException;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns what HttpClient and JSSE throw into one line that says what went wrong and what to try. */
final class TransportErrors {

    private static final String ALERT = "Received fatal alert: ";
    private static final String CERTIFICATE_REQUIRED = "the server requires a client certificate; use --cert FILE "
            + "(and --key FILE)";
    private static final String CERTIFICATE_REFUSED = "the server did not accept the client certificate";

    private final ProxySelection proxies;
    private final boolean clientCertificate;
    private final java.time.Duration defaultTimeout;
    private final java.time.Duration connectTimeout;

    TransportErrors(ProxySelection proxies, boolean clientCertificate, java.time.Duration defaultTimeout,
                    java.time.Duration connectTimeout) {
        this.proxies = proxies;
        this.clientCertificate = clientCertificate;
        this.defaultTimeout = defaultTimeout;
        this.connectTimeout = connectTimeout;
    }

    private static final String TIMEOUT_HINT = " (--timeout MS or a step's timeout: sets how long to wait)";

    private String timeout(OutgoingRequest request) {
        return (request.timeout() == null ? defaultTimeout : request.timeout()).toMillis() + " ms";
    }

    /** The exchange did not end within its timeout. */
    String timedOut(OutgoingRequest request) {
        URI uri = request.uri();
        String target = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        return "timed out after " + timeout(request) + " waiting for " + target + TIMEOUT_HINT;
    }

    String describe(OutgoingRequest request, IOException e) {
        URI uri = request.uri();
        String target = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        Optional<URI> proxy = proxies.proxyFor(uri);
        String via = proxy.map(p -> "proxy " + ProxySelection.show(p) + " (for " + target + ")").orElse(target);
        List<Throwable> chain = chain(e);
        if (e instanceof ApacheHttpSender.BodyTooLargeException) {
            return e.getMessage() + " from " + target;
        }
        if (e instanceof ApacheHttpSender.UndecodableBodyException) {
            return "the body from " + target + " does not decode as its Content-Encoding (" + e.getMessage()
                    + ") says";
        }
        if (e instanceof ApacheHttpSender.TunnelRefusedException) {
            String status = e.getMessage();
            return "the proxy " + proxy.map(ProxySelection::show).orElse("") + " refused to open a tunnel to "
                    + target + ": " + status + (status.contains("407") ? "; check the proxy's user and password" : "");
        }
        Optional<MessageConstraintException> limit = find(chain, MessageConstraintException.class);
        if (limit.isPresent() && String.valueOf(limit.get().getMessage()).contains("header count")) {
            return "the response from " + target + " has more than " + ApacheHttpSender.MAX_HEADER_FIELDS
                    + " header fields, more than Baton reads";
        }
        if (isTls(chain)) {
            return "TLS failure with " + target + ": " + tlsReason(chain, uri.getHost());
        }
        Optional<String> closedAfterHandshake = closedAfterClientCertificateRequest();
        if (closedAfterHandshake.isPresent() && (find(chain, SocketException.class).isPresent()
                || find(chain, NoHttpResponseException.class).isPresent())) {
            return "TLS failure with " + target + ": " + closedAfterHandshake.get();
        }
        if (find(chain, ConnectTimeoutException.class).isPresent()) {
            return "timed out after " + connectTimeout.toMillis() + " ms connecting to " + via
                    + " (--connect-timeout MS sets how long to wait for a connection)";
        }
        if (find(chain, SocketTimeoutException.class).isPresent()) {
            return "timed out after " + timeout(request) + " waiting for " + target + TIMEOUT_HINT;
        }
        if (find(chain, ConnectException.class).isPresent()) {
            return "cannot connect to " + via + ": " + rootMessage(chain);
        }
        Optional<UnknownHostException> unknown = find(chain, UnknownHostException.class);
        if (unknown.isPresent()) {
            return proxy.isPresent() ? "unknown host " + proxy.get().getHost() + " of the proxy (for " + target + ")"
                    : "unknown host " + uri.getHost();
        }
        if (find(chain, NoHttpResponseException.class).isPresent()) {
            return "no response from " + target + ": the server closed the connection";
        }
        return "request to " + target + " failed: " + rootMessage(chain);
    }

    /** Whether the failure is a timeout: no connection, or no answer, in time. */
    static boolean isTimeout(IOException e) {
        List<Throwable> chain = chain(e);
        return find(chain, ConnectTimeoutException.class).isPresent()
                || find(chain, SocketTimeoutException.class).isPresent();
    }

    private static boolean isTls(List<Throwable> chain) {
        return chain.stream().anyMatch(t -> t instanceof SSLException || t instanceof CertificateException
                || t instanceof CertPathValidatorException || t instanceof CertPathBuilderException);
    }

    private String tlsReason(List<Throwable> chain, String host) {
        for (Throwable t : chain) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof SSLPeerUnverifiedException && message.contains("match")
                    || t instanceof CertificateException && (message.startsWith("No subject alternative")
                    || message.startsWith("No name matching"))) {
                return "the server's certificate is not valid for " + host + " (hostname mismatch); use a host "
                        + "name the certificate was issued for, or --insecure";
            }
            if (t instanceof CertificateExpiredException || t instanceof CertificateNotYetValidException
                    || t instanceof CertPathValidatorException v
                    && (v.getReason() == CertPathValidatorException.BasicReason.EXPIRED
                    || v.getReason() == CertPathValidatorException.BasicReason.NOT_YET_VALID)) {
                return "the server's certificate has expired or is not yet valid; use --insecure to skip the check";
            }
        }
        for (Throwable t : chain) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof CertPathBuilderException || t instanceof CertPathValidatorException) {
                return "the server's certificate is not trusted (self-signed or unknown CA); use --cacert FILE "
                        + "to trust its CA, or --insecure";
            }
            int alert = message.indexOf(ALERT);
            if (alert >= 0) {
                return alertReason(message.substring(alert + ALERT.length()).trim());
            }
            if (message.contains("nrecognized SSL message") || message.contains("plaintext connection")) {
                return "the server did not answer with TLS; is the URL meant to be http://?";
            }
            if (message.contains("Remote host terminated the handshake")) {
                return closedAfterClientCertificateRequest().orElse("the server closed the connection during the "
                        + "TLS handshake");
            }
        }
        return closedAfterClientCertificateRequest().orElseGet(() -> rootMessage(chain));
    }

    /** Why a server that asked for a client certificate may have dropped the connection after it. */
    private static Optional<String> closedAfterClientCertificateRequest() {
        return switch (HandshakeNotes.last()) {
            case ASKED_NONE_OFFERED -> Optional.of(CERTIFICATE_REQUIRED);
            case ASKED_AND_OFFERED -> Optional.of(CERTIFICATE_REFUSED);
            case NONE -> Optional.empty();
        };
    }

    private String alertReason(String alert) {
        boolean offered = switch (HandshakeNotes.last()) {
            case ASKED_AND_OFFERED -> true;
            case ASKED_NONE_OFFERED -> false;
            case NONE -> clientCertificate;
        };
        return switch (alert) {
            case "certificate_required", "bad_certificate", "unknown_ca", "certificate_unknown", "access_denied",
                 "certificate_expired", "certificate_revoked", "unsupported_certificate" ->
                    offered ? CERTIFICATE_REFUSED : CERTIFICATE_REQUIRED;
            case "handshake_failure" -> "the server refused the handshake (handshake_failure): "
                    + (offered ? "" : "it may require a client certificate (--cert FILE), or ")
                    + "it shares no TLS version or cipher suite with Baton";
            case "protocol_version" -> "the server shares no TLS version with Baton (protocol_version)";
            default -> "the server ended the handshake (" + alert + ")";
        };
    }

    private static List<Throwable> chain(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static <T extends Throwable> Optional<T> find(List<Throwable> chain, Class<T> type) {
        return chain.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    private static String rootMessage(List<Throwable> chain) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            String message = chain.get(i).getMessage();
            if (message != null && !message.isBlank()) {
                int failed = message.lastIndexOf("failed: ");
                return failed >= 0 ? message.substring(failed + "failed: ".length()) : message;
            }
        }
        return chain.get(0).getClass().getSimpleName();
    }
}
