package dev.baton.auth;

import dev.baton.http.HttpSender;
import dev.baton.http.TransportException;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Zoom's Server-to-Server OAuth grant, as Zoom documents it:
 * {@code POST /oauth/token?grant_type=account_credentials&account_id=...} with HTTP Basic client authentication and
 * an empty form body. Zoom answers with an access token and no refresh token.
 */
public final class AccountCredentialsGrant implements TokenSource {

    private final HttpSender sender;
    private final URI tokenUrl;
    private final OAuthClient client;
    private final String accountId;

    /**
     * @param tokenUrl  the token endpoint, {@code https://zoom.us/oauth/token} for Zoom
     * @param accountId the Zoom account id shown with the app's credentials
     */
    public AccountCredentialsGrant(HttpSender sender, URI tokenUrl, String clientId, String clientSecret,
                                   String accountId) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.tokenUrl = TokenEndpointCall.checkedUrl(tokenUrl);
        this.client = OAuthClient.confidential(clientId, clientSecret);
        Objects.requireNonNull(accountId, "accountId");
        if (accountId.isBlank()) {
            throw new IllegalArgumentException("accountId must not be empty");
        }
        this.accountId = accountId.trim();
    }

    @Override
    public TokenResponse fetch() throws TokenRequestException, TransportException {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("grant_type", "account_credentials");
        query.put("account_id", accountId);
        return TokenEndpointCall.post(sender, tokenUrl, client, query, Map.of());
    }
}
