package dev.baton.auth;

import dev.baton.http.HttpSender;
import dev.baton.http.TransportException;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The client credentials grant (RFC 6749 §4.4): {@code POST grant_type=client_credentials}, with an optional
 * {@code scope}, authenticated with HTTP Basic.
 */
public final class ClientCredentialsGrant implements TokenSource {

    private final HttpSender sender;
    private final URI tokenUrl;
    private final OAuthClient client;
    private final String scope;

    /**
     * @param tokenUrl the token endpoint
     * @param scope    the scope to ask for, or {@code null} for the client's default
     */
    public ClientCredentialsGrant(HttpSender sender, URI tokenUrl, String clientId, String clientSecret,
                                  String scope) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.tokenUrl = TokenEndpointCall.checkedUrl(tokenUrl);
        this.client = OAuthClient.confidential(clientId, clientSecret);
        this.scope = scope == null || scope.isBlank() ? null : scope.trim();
    }

    @Override
    public TokenResponse fetch() throws TokenRequestException, TransportException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        if (scope != null) {
            form.put("scope", scope);
        }
        return TokenEndpointCall.post(sender, tokenUrl, client, Map.of(), form);
    }
}
