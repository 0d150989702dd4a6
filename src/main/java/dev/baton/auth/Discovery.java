package dev.baton.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.http.Header;
import dev.baton.http.HttpResult;
import dev.baton.http.HttpSender;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.TransportException;
import dev.baton.json.Jackson;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an issuer's metadata: RFC 8414's {@code /.well-known/oauth-authorization-server} (inserted between the host
 * and the issuer's path, §3.1), then OpenID Connect Discovery's {@code /.well-known/openid-configuration} (appended to
 * the issuer, §4.1). A document whose {@code issuer} is not the one asked for is refused, as RFC 8414 §3.3 and
 * OpenID Connect Discovery §4.3 require: its endpoints could be anyone's.
 */
public final class Discovery {

    private final HttpSender sender;

    public Discovery(HttpSender sender) {
        this.sender = sender;
    }

    /**
     * The issuer's metadata.
     *
     * @throws DiscoveryException when neither document is there, is JSON, or names this issuer
     * @throws TransportException when the server does not answer
     */
    public ServerMetadata discover(String issuer) throws DiscoveryException, TransportException {
        URI base = issuerUri(issuer);
        List<String> tried = new ArrayList<>();
        for (URI location : locations(base)) {
            HttpResult response = sender.send(new OutgoingRequest("GET", location,
                    List.of(new Header("Accept", "application/json")), null, null, null));
            tried.add(location + " (HTTP " + response.status() + ")");
            if (response.status() != 200) {
                continue;
            }
            JsonNode document = parse(response, location);
            JsonNode named = document.get("issuer");
            String published = named == null || !named.isTextual() ? null : named.asText();
            if (!issuer.equals(published)) {
                throw new DiscoveryException("the metadata at " + location + " names the issuer '" + published
                        + "', not '" + issuer + "' (RFC 8414 \u00a73.3, OpenID Connect Discovery \u00a74.3): its "
                        + "endpoints are not used");
            }
            return new ServerMetadata(issuer, document, true);
        }
        throw new DiscoveryException("no metadata for the issuer " + issuer + ": tried " + String.join(", ", tried));
    }

    /**
     * What discovery found, failure included, to be remembered once per run for every collection and iteration.
     *
     * @param metadata the metadata, or {@code null} when it failed
     * @param failure  why it failed, or {@code null}
     */
    public record Result(ServerMetadata metadata, String failure) {
    }

    /** The issuer's metadata or why there is none, never an exception. */
    public Result attempt(String issuer) {
        try {
            return new Result(discover(issuer), null);
        } catch (DiscoveryException e) {
            return new Result(null, e.getMessage());
        } catch (TransportException e) {
            return new Result(null, "the issuer's metadata could not be read: " + e.getMessage());
        }
    }

    /** RFC 8414 §3.1's location first, then OpenID Connect Discovery §4.1's. */
    static List<URI> locations(URI issuer) {
        String path = issuer.getRawPath() == null || issuer.getRawPath().equals("/") ? "" : issuer.getRawPath();
        String origin = issuer.getScheme() + "://" + issuer.getRawAuthority();
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return List.of(URI.create(origin + "/.well-known/oauth-authorization-server" + trimmed),
                URI.create(origin + trimmed + "/.well-known/openid-configuration"));
    }

    private static URI issuerUri(String issuer) throws DiscoveryException {
        try {
            URI uri = new URI(issuer);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new DiscoveryException("the issuer '" + issuer + "' is not an http(s) URL without query or "
                        + "fragment (RFC 8414 \u00a72)");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new DiscoveryException("the issuer '" + issuer + "' is not a URL");
        }
    }

    private static JsonNode parse(HttpResult response, URI location) throws DiscoveryException {
        try {
            JsonNode document = Jackson.mapper().readTree(response.bodyText());
            if (document == null || !document.isObject()) {
                throw new DiscoveryException("the metadata at " + location + " is not a JSON object");
            }
            return document;
        } catch (IOException e) {
            throw new DiscoveryException("the metadata at " + location + " is not JSON");
        }
    }

    /** Discovery did not give usable metadata; the message says why. */
    public static final class DiscoveryException extends Exception {
        public DiscoveryException(String message) {
            super(message, null, false, false);
        }
    }
}
