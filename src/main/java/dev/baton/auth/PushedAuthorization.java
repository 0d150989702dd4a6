package dev.baton.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.http.HttpResult;
import dev.baton.http.HttpSender;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.TransportException;
import dev.baton.http.Urls;
import dev.baton.secret.Redactor;
import org.apache.hc.core5.http.NameValuePair;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
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
     * Pushes the parameters of {@code written} (its query, every value of a repeated name) and returns the request
     * that replaces it.
     *
     * @param authentication how the client authenticates, as at the token endpoint (§2.1), or {@code null} for a
     *                       public client, which sends the request's {@code client_id}
     * @throws TokenRequestException when the endpoint refuses, or answers with no {@code request_uri}
     */
    public OutgoingRequest push(OutgoingRequest written, ClientAuthentication authentication)
            throws TokenRequestException, TransportException {
        List<NameValuePair> parameters = Urls.pairs(written.uri().getRawQuery());
        String clientId = parameters.stream().filter(p -> p.getName().equals("client_id"))
                .map(NameValuePair::getValue).findFirst().orElse(null);
        if (clientId == null || clientId.isEmpty()) {
            throw new TokenRequestException("a pushed authorization request needs the client_id of the "
                    + "authorization request (RFC 9126 \u00a72.1)", 0, null, null);
        }
        HttpResult answer = TokenEndpointCall.send(sender, endpoint, authentication == null
                ? ClientAuthentication.publicClient(clientId) : authentication, parameters);
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
