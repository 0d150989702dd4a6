package dev.baton.auth;

import dev.baton.http.HttpSender;
import dev.baton.http.TransportException;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Exchanges an authorization code for tokens (RFC 6749 §4.1.3) with the PKCE {@code code_verifier} (RFC 7636 §4.5).
 */
public final class AuthorizationCodeGrant {

    private final HttpSender sender;
    private final URI tokenUrl;
    private final OAuthClient client;

    public AuthorizationCodeGrant(HttpSender sender, URI tokenUrl, OAuthClient client) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.tokenUrl = TokenEndpointCall.checkedUrl(tokenUrl);
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * Redeems {@code code}.
     *
     * @param redirectUri  the redirect URI of the authorization request
     * @param codeVerifier the verifier whose challenge the authorization request sent, or {@code null} to send none
     */
    public TokenResponse exchange(String code, String redirectUri, String codeVerifier)
            throws TokenRequestException, TransportException {
        Objects.requireNonNull(code, "code");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        if (redirectUri != null) {
            form.put("redirect_uri", redirectUri);
        }
        if (codeVerifier != null) {
            form.put("code_verifier", codeVerifier);
        }
        return TokenEndpointCall.post(sender, tokenUrl, client, Map.of(), form);
    }
}
