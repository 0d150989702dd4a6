package dev.baton.audit;

/**
 * The client an audit acts as.
 *
 * @param clientId     its id
 * @param clientSecret its secret, or {@code null} for a public client
 * @param redirectUri  a redirect URI registered for it
 * @param scope        the scope to ask for, or {@code null}
 */
public record AuditClient(String clientId, String clientSecret, String redirectUri, String scope) {

    /** Whether the client has no secret. */
    public boolean isPublic() {
        return clientSecret == null || clientSecret.isEmpty();
    }

    @Override
    public String toString() {
        return "AuditClient[" + clientId + (isPublic() ? ", public" : ", confidential") + "]";
    }
}
