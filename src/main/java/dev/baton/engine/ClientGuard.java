package dev.baton.engine;

import dev.baton.http.HttpResult;
import dev.baton.http.HttpSender;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.TransportException;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The browser of an audit probe: it keeps every response, and never sends a request to an origin of the client's
 * redirect URIs. A probe asks for redirect URIs that are not the client's (another host, another port): the server
 * must not send the browser there, and when it does the probe sees where, without Baton requesting it.
 */
final class ClientGuard implements HttpSender {

    private final HttpSender next;
    private final List<URI> client;
    private final List<HttpResult> responses = new ArrayList<>();

    ClientGuard(HttpSender next, List<String> clientUris) {
        this.next = next;
        this.client = clientUris.stream().filter(Objects::nonNull).map(URI::create).toList();
    }

    @Override
    public HttpResult send(OutgoingRequest request) throws TransportException {
        URI target = request.uri();
        if (client.stream().anyMatch(uri -> sameOrigin(uri, target))) {
            throw new ClientReached(target);
        }
        HttpResult result = next.send(request);
        responses.add(result);
        return result;
    }

    /** Every response so far, in order. */
    List<HttpResult> responses() {
        return List.copyOf(responses);
    }

    private static boolean sameOrigin(URI a, URI b) {
        return String.valueOf(a.getScheme()).equalsIgnoreCase(String.valueOf(b.getScheme()))
                && String.valueOf(a.getHost()).toLowerCase(Locale.ROOT).equals(String.valueOf(b.getHost())
                .toLowerCase(Locale.ROOT)) && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** The browser was sent to a URI of the client; it was not requested. */
    static final class ClientReached extends TransportException {
        private final transient URI location;

        ClientReached(URI location) {
            super("sent to the client at " + location, null);
            this.location = location;
        }

        URI location() {
            return location;
        }
    }
}
