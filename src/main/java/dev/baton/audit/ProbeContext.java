package dev.baton.audit;

import dev.baton.auth.ServerMetadata;
import dev.baton.http.HttpResult;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.TransportException;

import java.util.Map;
import java.util.Optional;

/**
 * What a probe acts through: the server's metadata, the client it plays, a browser that signs in, and the token
 * endpoint. Every request goes through the run's chain, so it is recorded and its secrets are masked in reports.
 */
public interface ProbeContext {

    /** The server's metadata: discovered from the issuer, and the endpoints the audit wrote over it. */
    ServerMetadata server();

    /** The client the audit acts as. */
    AuditClient client();

    /** A second client of the same server, when the audit names one. */
    Optional<AuditClient> otherClient();

    /** The user the audit signs in as, when its sign-in fields name a user and a password. */
    Optional<UserCredentials> user();

    /**
     * Navigates to the authorization endpoint with {@code query}, signs in and consents as the audit says, and
     * follows the server until it sends the browser to {@code redirectUri} or to another URI of the client, or
     * stops. The browser never requests a client URI.
     *
     * @throws TransportException when the server does not answer
     */
    AuthorizationAttempt authorize(Map<String, String> query, String redirectUri) throws TransportException;

    /**
     * Posts {@code form} to the token endpoint as {@code client}: HTTP Basic for a confidential client (RFC 6749
     * §2.3.1), {@code client_id} in the body for a public one.
     *
     * @throws TransportException when the server does not answer
     */
    TokenReply token(AuditClient client, Map<String, String> form) throws TransportException;

    /** Sends a request as it is, without following redirects. */
    HttpResult send(OutgoingRequest request) throws TransportException;

    /** Registers a value the probe made or learned as secret, so that no report shows it. */
    void secret(String value);
}
