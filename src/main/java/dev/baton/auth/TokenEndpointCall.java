package dev.baton.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.http.Header;
import dev.baton.http.HttpResult;
import dev.baton.http.HttpSender;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.TransportException;
import dev.baton.http.Urls;
import dev.baton.json.Jackson;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.message.BasicNameValuePair;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** One POST to a token endpoint with a client's authentication, read as a token response or an OAuth error. */
final class TokenEndpointCall {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final int MAX_DESCRIPTION = 300;

    private TokenEndpointCall() {
    }

    /** Checks that a token URL is an absolute http(s) URL. */
    static URI checkedUrl(URI tokenUrl) {
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        String scheme = String.valueOf(tokenUrl.getScheme()).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || tokenUrl.getHost() == null) {
            throw new IllegalArgumentException("the token URL must be an absolute http(s) URL, was "
                    + Urls.withoutQuery(tokenUrl));
        }
        return tokenUrl;
    }

    /**
     * Posts {@code form} (and {@code query}, appended to the URL) with the client's authentication: HTTP Basic for a
     * confidential client (RFC 6749 §2.3.1, id and secret form-encoded first), {@code client_id} in the body for a
     * public one.
     */
    static TokenResponse post(HttpSender sender, URI tokenUrl, OAuthClient client, Map<String, String> query,
                              Map<String, String> form) throws TokenRequestException, TransportException {
        return read(send(sender, tokenUrl, client, query, form));
    }

    /** Posts {@code form} to an endpoint that authenticates the client as the token endpoint does, unread. */
    static HttpResult send(HttpSender sender, URI tokenUrl, OAuthClient client, Map<String, String> query,
                           Map<String, String> form) throws TransportException {
        List<NameValuePair> fields = new ArrayList<>();
        form.forEach((name, value) -> fields.add(new BasicNameValuePair(name, value)));
        URI target = query.isEmpty() ? tokenUrl : withQuery(tokenUrl, Urls.formEncode(query));
        return send(sender, target, client.authentication(), fields);
    }

    /**
     * Posts {@code fields} (repeated names kept) with {@code authentication}'s headers and fields, which replace
     * fields of the same name, unread.
     */
    static HttpResult send(HttpSender sender, URI url, ClientAuthentication authentication,
                           List<? extends NameValuePair> fields) throws TransportException {
        List<Header> headers = new ArrayList<>();
        headers.add(new Header("Accept", "application/json"));
        headers.addAll(authentication.headers());
        List<NameValuePair> body = new ArrayList<>();
        fields.stream().filter(f -> !authentication.form().containsKey(f.getName())).forEach(body::add);
        authentication.form().forEach((name, value) -> body.add(new BasicNameValuePair(name, value)));
        OutgoingRequest request = new OutgoingRequest("POST", url, headers,
                Urls.formEncode(body).getBytes(StandardCharsets.UTF_8), FORM, null);
        return sender.send(request);
    }

    static TokenResponse read(HttpResult response) throws TokenRequestException {
        if (response.status() == 200) {
            try {
                return TokenResponse.parse(response.bodyText());
            } catch (IllegalArgumentException e) {
                throw new TokenRequestException(e.getMessage() + " (HTTP 200 from "
                        + Urls.withoutQuery(response.request().uri()) + ")", 200, null, null);
            }
        }
        throw refusal(response, "the token endpoint");
    }

    /** The OAuth error (RFC 6749 §5.2) of an answer that is not a 200, as {@code endpoint} gave it. */
    static TokenRequestException refusal(HttpResult response, String endpoint) {
        String where = Urls.withoutQuery(response.request().uri());
        JsonNode json = json(response.bodyText());
        String error = json == null ? null : text(json, "error");
        String description = json == null ? null : text(json, "error_description");
        if (description == null && json != null) {
            description = text(json, "reason");
        }
        StringBuilder message = new StringBuilder(endpoint).append(' ').append(where).append(" answered HTTP ")
                .append(response.status());
        if (error != null) {
            message.append(' ').append(error);
        } else if (json == null) {
            String type = response.mediaType().isEmpty() ? "no content type" : response.mediaType();
            message.append(" with ").append(type).append(", not an OAuth error");
        }
        if (description != null) {
            message.append(": ").append(shorten(description));
        }
        return new TokenRequestException(message.toString(), response.status(), error, description);
    }

    static JsonNode json(String text) {
        try {
            JsonNode node = Jackson.mapper().readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    static String text(JsonNode json, String name) {
        JsonNode value = json.get(name);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= MAX_DESCRIPTION ? oneLine : oneLine.substring(0, MAX_DESCRIPTION) + "...";
    }

    private static URI withQuery(URI uri, String extra) {
        String query = uri.getRawQuery();
        return Urls.withQuery(uri, query == null || query.isEmpty() ? extra : query + "&" + extra);
    }

}
