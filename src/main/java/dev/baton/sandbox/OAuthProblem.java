package dev.baton.sandbox;

/**
 * An OAuth error answer (RFC 6749 §4.1.2.1, §5.2) on its way out of an endpoint. Carries no stack trace: it is a
 * reply, not a fault.
 */
final class OAuthProblem extends RuntimeException {
    private final int status;
    private final String error;
    private final String reason;

    private OAuthProblem(int status, String error, String reason, String description) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
        this.reason = reason;
    }

    static OAuthProblem invalidRequest(String description) {
        return new OAuthProblem(400, "invalid_request", "Invalid request", description);
    }

    static OAuthProblem invalidClient(String description) {
        return new OAuthProblem(401, "invalid_client", "Invalid client_id or client_secret", description);
    }

    static OAuthProblem invalidGrant(String reason, String description) {
        return new OAuthProblem(400, "invalid_grant", reason, description);
    }

    static OAuthProblem unsupportedGrantType(String description) {
        return new OAuthProblem(400, "unsupported_grant_type", "Unsupported grant type", description);
    }

    static OAuthProblem unauthorizedClient(String description) {
        return new OAuthProblem(400, "unauthorized_client", "Unauthorized client", description);
    }

    static OAuthProblem invalidScope(String description) {
        return new OAuthProblem(400, "invalid_scope", "Invalid scope", description);
    }

    static OAuthProblem unsupportedResponseType(String description) {
        return new OAuthProblem(400, "unsupported_response_type", "Unsupported response type", description);
    }

    static OAuthProblem accessDenied(String description) {
        return new OAuthProblem(400, "access_denied", "Access denied", description);
    }

    /** An error of a later RFC: a device grant's {@code slow_down} (RFC 8628 §3.5), DPoP's {@code use_dpop_nonce}. */
    static OAuthProblem named(int status, String error, String description) {
        return new OAuthProblem(status, error, error, description);
    }

    int status() {
        return status;
    }

    String error() {
        return error;
    }

    String reason() {
        return reason;
    }

    String description() {
        return getMessage();
    }
}
