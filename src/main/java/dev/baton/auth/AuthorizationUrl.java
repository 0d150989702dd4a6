package dev.baton.auth;

import dev.baton.http.Urls;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The authorization request URL of an authorization-code flow with PKCE (RFC 6749 §4.1.1, RFC 7636 §4.3):
 * {@code response_type=code}, {@code client_id}, {@code redirect_uri}, {@code scope} when given,
 * {@code code_challenge}, {@code code_challenge_method} and {@code state}, added to the query the URL already has.
 */
public final class AuthorizationUrl {

    private AuthorizationUrl() {
    }

    /**
     * @param authorizeUrl the authorization endpoint, such as {@code https://zoom.us/oauth/authorize}
     * @param scope        the scope to ask for, or {@code null}
     * @param extra        further parameters, such as {@code prompt}; they do not replace the ones above
     */
    public static URI build(URI authorizeUrl, String clientId, String redirectUri, String scope, PkceSession pkce,
                            Map<String, String> extra) {
        TokenEndpointCall.checkedUrl(authorizeUrl);
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(pkce, "pkce");
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", clientId);
        query.put("redirect_uri", redirectUri);
        if (scope != null && !scope.isBlank()) {
            query.put("scope", scope.trim());
        }
        query.put("code_challenge", pkce.codeChallenge());
        query.put("code_challenge_method", pkce.method().wireName());
        query.put("state", pkce.state());
        extra.forEach(query::putIfAbsent);
        String existing = authorizeUrl.getRawQuery();
        String encoded = Urls.formEncode(query);
        boolean none = existing == null || existing.isEmpty();
        return Urls.withQuery(authorizeUrl, none ? encoded : existing + "&" + encoded);
    }
}
