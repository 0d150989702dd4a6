package dev.baton.sandbox;

import com.github.tomakehurst.wiremock.http.Request;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Client authentication at the token endpoint (RFC 6749 §2.3), and at the endpoints that authenticate as it does
 * (PAR, device authorization, revocation, introspection): HTTP Basic for the confidential client (id and secret
 * form-encoded, §2.3.1) or its {@code client_id} and {@code client_secret} in the body ({@code client_secret_post},
 * §2.3.1), a client assertion for the JWT client ({@link ClientAssertions}), {@code client_id} in the body, without
 * a secret, for the public one. One method per request (§2.3); nothing else is accepted.
 */
final class ClientAuthenticator {
    private ClientAuthenticator() {
    }

    static RegisteredClient authenticate(Request request, Params params, SandboxState state) {
        String header = request.getHeader("Authorization");
        String bodyClientId = params.get("client_id");
        if (params.get("client_assertion") != null || params.get("client_assertion_type") != null) {
            if (header != null) {
                throw OAuthProblem.invalidRequest("More than one client authentication method was used");
            }
            boolean pushed = request.getUrl().split("\\?", 2)[0].endsWith(PushedAuthorizationEndpoint.PATH);
            return ClientAssertions.authenticate(params, state, pushed);
        }
        if (params.get("client_secret") != null) {
            if (header != null) {
                throw OAuthProblem.invalidRequest("More than one client authentication method was used");
            }
            return posted(bodyClientId, params.get("client_secret"));
        }
        if (header != null) {
            return basic(header, bodyClientId);
        }
        if (bodyClientId == null) {
            throw OAuthProblem.invalidClient("Client authentication required: HTTP Basic or client_secret for a "
                    + "confidential client, client_id in the body for a public client");
        }
        RegisteredClient client = RegisteredClient.find(bodyClientId)
                .orElseThrow(() -> OAuthProblem.invalidClient("Unknown client_id"));
        if (!client.isPublic()) {
            throw OAuthProblem.invalidClient("A confidential client must authenticate with HTTP Basic");
        }
        return client;
    }

    private static RegisteredClient posted(String clientId, String secret) {
        RegisteredClient client = RegisteredClient.find(clientId)
                .orElseThrow(() -> OAuthProblem.invalidClient("Unknown client_id"));
        if (client.isPublic() || !client.secretMatches(secret)) {
            throw OAuthProblem.invalidClient(client.isPublic() ? client.id() + " is a public client: send no secret"
                    : "Wrong client_secret");
        }
        return client;
    }

    private static RegisteredClient basic(String header, String bodyClientId) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw OAuthProblem.invalidClient("Unsupported Authorization scheme: use HTTP Basic");
        }
        String credentials;
        try {
            credentials = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthProblem.invalidClient("Malformed HTTP Basic credentials");
        }
        int colon = credentials.indexOf(':');
        if (colon < 0) {
            throw OAuthProblem.invalidClient("Malformed HTTP Basic credentials");
        }
        String clientId = formDecoded(credentials.substring(0, colon));
        if (bodyClientId != null && !bodyClientId.equals(clientId)) {
            throw OAuthProblem.invalidRequest("client_id in the body differs from the HTTP Basic client");
        }
        RegisteredClient client = RegisteredClient.find(clientId)
                .orElseThrow(() -> OAuthProblem.invalidClient("Unknown client_id"));
        if (client.isPublic()) {
            throw OAuthProblem.invalidClient(client.id() + " is a public client: send client_id in the body, "
                    + "without a secret");
        }
        if (!client.secretMatches(formDecoded(credentials.substring(colon + 1)))) {
            throw OAuthProblem.invalidClient("Wrong client_secret");
        }
        return client;
    }

    /** RFC 6749 §2.3.1: the id and the secret are form-encoded before Base64. */
    private static String formDecoded(String text) {
        try {
            return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthProblem.invalidClient("Malformed HTTP Basic credentials: not form-encoded");
        }
    }
}
