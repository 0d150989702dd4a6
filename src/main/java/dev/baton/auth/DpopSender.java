package dev.baton.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.http.Header;
import dev.baton.http.HttpResult;
import dev.baton.http.HttpSender;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.TransportException;
import dev.baton.oidc.DpopProofs;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Sends a DPoP proof (RFC 9449) with every request to the token endpoint and with every request that sends a
 * DPoP-bound token ({@code Authorization: DPoP ...}, the proof then carrying {@code ath}); keeps the last
 * {@code DPoP-Nonce} of each server (its origin: an authorization server's nonce, §8, is not a resource server's,
 * §9), and sends a request once more with a fresh proof when it was refused for {@code use_dpop_nonce}. It sits
 * inside the redirect follower, so that each hop gets a proof of its own. A proof is a JSON Web Token, which
 * every output masks by its shape; proofs are not registered one by one (each would grow the masking's index).
 */
public final class DpopSender implements HttpSender {

    private static final String SCHEME = "DPoP ";

    private final HttpSender next;
    private final DpopProofs proofs;
    private final Predicate<OutgoingRequest> tokenRequest;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, String> nonces = new ConcurrentHashMap<>();

    /** @param tokenRequest whether a request goes to the token endpoint */
    public DpopSender(HttpSender next, DpopProofs proofs, Predicate<OutgoingRequest> tokenRequest) {
        this.next = next;
        this.proofs = proofs;
        this.tokenRequest = tokenRequest;
    }

    @Override
    public HttpResult send(OutgoingRequest request) throws TransportException {
        String bound = request.headers().stream().filter(h -> h.name().equalsIgnoreCase("Authorization"))
                .map(Header::value).filter(v -> v.regionMatches(true, 0, SCHEME, 0, SCHEME.length()))
                .map(v -> v.substring(SCHEME.length()).trim()).findFirst().orElse(null);
        boolean token = tokenRequest.test(request);
        if (bound == null && !token) {
            return next.send(request);
        }
        HttpResult result = next.send(proven(request, bound));
        String fresh = result.header("DPoP-Nonce").orElse(null);
        if (fresh == null) {
            return result;
        }
        nonces.put(origin(request.uri()), fresh);
        return asksForNonce(result, token) ? next.send(proven(request, bound)) : result;
    }

    private OutgoingRequest proven(OutgoingRequest request, String accessToken) {
        String proof = proofs.proof(request.method(), request.uri(), accessToken, nonces.get(origin(request.uri())),
                clock.instant());
        List<Header> headers = new ArrayList<>(request.headers().stream()
                .filter(h -> !h.name().equalsIgnoreCase("DPoP")).toList());
        headers.add(new Header("DPoP", proof));
        return request.withHeaders(headers);
    }

    /** The server a nonce belongs to: scheme, host and port, as {@code htu} writes them. */
    private static String origin(URI uri) {
        String htu = DpopProofs.htu(uri);
        return htu.substring(0, htu.indexOf('/', htu.indexOf("//") + 2));
    }

    /** A token endpoint's 400 {@code use_dpop_nonce} (§8), or a resource server's 401 saying so (§9). */
    private static boolean asksForNonce(HttpResult result, boolean token) {
        if (token) {
            JsonNode body = result.status() == 400 ? TokenEndpointCall.json(result.bodyText()) : null;
            return body != null && "use_dpop_nonce".equals(TokenEndpointCall.text(body, "error"));
        }
        return result.status() == 401 && result.headers("WWW-Authenticate").stream()
                .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("use_dpop_nonce"));
    }
}
