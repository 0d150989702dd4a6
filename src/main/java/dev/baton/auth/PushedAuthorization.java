package dev.baton.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.http.HttpResult;
import dev.baton.http.HttpSender;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.TransportException;
import dev.baton.http.Urls;
import dev.baton.secret.Redactor;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Pushed authorization requests (RFC 9126): the parameters of an authorization request posted to the pushed
 * authorization request endpoint with the client's authentication (§2.1), and the request the browser then makes:
 * the authorization endpoint with {@code client_id} and the {@code request_uri} the endpoint answered (§4). The
 * request URI is registered as a secret before it is sent anywhere.
 */
public final class PushedAuthorization {

    /**
     * The prefix RFC 9126 §2.2 gives request URIs: the same for every request, so not the secret part; masking it
     * would mask the parameter's name in every URL.
     */
    private static final String URN = "urn:ietf:params:oauth:request_uri:";

    private final HttpSender sender;
    private final URI endpoint;
    private final Redactor secrets;

    public PushedAuthorization(HttpSender sender, URI endpoint, Redactor secrets) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.endpoint = TokenEndpointCall.checkedUrl(endpoint);
        this.secrets = Objects.requireNonNull(secrets, "secrets");
    }

    /**
     * Pushes the parameters of {@code written} (its query) and returns the request that replaces it.
     *
     * @param clientAuthentication what authenticates the client besides its {@code client_id}, such as a client
     *                             assertion; empty for a public client
     * @throws TokenRequestException when the endpoint refuses, or answers with no {@code request_uri}
     */
    public OutgoingRequest push(OutgoingRequest written, Map<String, String> clientAuthentication)
            throws TokenRequestException, TransportException {
        Map<String, String> parameters = Urls.parameters(written.uri().getRawQuery());
        String clientId = parameters.get("client_id");
        if (clientId == null || clientId.isEmpty()) {
            throw new TokenRequestException("a pushed authorization request needs the client_id of the "
                    + "authorization request (RFC 9126 \u00a72.1)", 0, null, null);
        }
        Map<String, String> form = new LinkedHashMap<>(parameters);
        form.putAll(clientAuthentication);
        HttpResult answer = TokenEndpointCall.send(sender, endpoint, OAuthClient.publicClient(clientId), Map.of(),
                form);
        if (answer.status() != 201 && answer.status() != 200) {
            throw TokenEndpointCall.refusal(answer, "the pushed authorization request endpoint");
        }
        JsonNode json = TokenEndpointCall.json(answer.bodyText());
        String requestUri = json == null ? null : TokenEndpointCall.text(json, "request_uri");
        if (requestUri == null || requestUri.isEmpty()) {
            throw new TokenRequestException("the pushed authorization request endpoint " + endpoint + " answered "
                    + "HTTP " + answer.status() + " without a request_uri (RFC 9126 \u00a72.2)", answer.status(), null,
                    null);
        }
        secrets.add(requestUri.startsWith(URN) ? requestUri.substring(URN.length()) : requestUri);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", clientId);
        query.put("request_uri", requestUri);
        URI target = Urls.withQuery(written.uri(), Urls.formEncode(query));
        return new OutgoingRequest("GET", target, written.headers(), null, null, written.timeout(),
                written.navigation());
    }
}
