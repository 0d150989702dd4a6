package dev.baton.auth;

import java.util.Objects;

/**
 * A client as it authenticates at the token endpoint: a confidential client with HTTP Basic, or a public client
 * that sends its {@code client_id} in the body (RFC 6749 §2.3.1, §3.2.1). {@link #toString()} masks the secret.
 *
 * @param clientId     the client id
 * @param clientSecret the secret of a confidential client, or {@code null} for a public one
 */
public record OAuthClient(String clientId, String clientSecret) {

    public OAuthClient {
        Objects.requireNonNull(clientId, "clientId");
        if (clientId.isEmpty()) {
            throw new IllegalArgumentException("clientId must not be empty");
        }
        if (clientSecret != null && clientSecret.isEmpty()) {
            clientSecret = null;
        }
    }

    /** A client that authenticates with HTTP Basic. */
    public static OAuthClient confidential(String clientId, String clientSecret) {
        Objects.requireNonNull(clientSecret, "clientSecret");
        return new OAuthClient(clientId, clientSecret);
    }

    /** A client without a secret: {@code client_id} goes in the token request body. */
    public static OAuthClient publicClient(String clientId) {
        return new OAuthClient(clientId, null);
    }

    /** Whether the client has no secret. */
    public boolean isPublic() {
        return clientSecret == null;
    }

    /** What its requests carry: HTTP Basic for a confidential client, {@code client_id} in the body for a public. */
    public ClientAuthentication authentication() {
        return isPublic() ? ClientAuthentication.publicClient(clientId)
                : ClientAuthentication.basic(clientId, clientSecret);
    }

    @Override
    public String toString() {
        return "OAuthClient[clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "none" : "***") + "]";
    }
}
