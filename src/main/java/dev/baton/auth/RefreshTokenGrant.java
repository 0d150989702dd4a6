package dev.baton.auth;

import dev.baton.http.HttpSender;
import dev.baton.http.TransportException;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The refresh token grant (RFC 6749 §6): a new access token, and often a new refresh token, for a refresh token. */
public final class RefreshTokenGrant {

    private final HttpSender sender;
    private final URI tokenUrl;
    private final OAuthClient client;

    public RefreshTokenGrant(HttpSender sender, URI tokenUrl, OAuthClient client) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.tokenUrl = TokenEndpointCall.checkedUrl(tokenUrl);
        this.client = Objects.requireNonNull(client, "client");
    }

    /** Redeems {@code refreshToken}. A server that rotates refresh tokens answers with a new one. */
    public TokenResponse refresh(String refreshToken) throws TokenRequestException, TransportException {
        Objects.requireNonNull(refreshToken, "refreshToken");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        return TokenEndpointCall.post(sender, tokenUrl, client, Map.of(), form);
    }
}
