package dev.baton.audit.probes;

import dev.baton.audit.Citation;
import dev.baton.audit.Inconclusive;
import dev.baton.audit.ProbeContext;
import dev.baton.audit.Verdict;
import dev.baton.http.Header;
import dev.baton.http.HttpResult;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.TransportException;
import dev.baton.http.Urls;

import java.net.URI;
import java.util.List;

/**
 * RFC 9700 §2.6: "CORS MUST NOT be supported at the Authorization Endpoint, as the client does not access this
 * endpoint directly". Sends the authorization request with an {@code Origin} of another site; fails when the answer
 * has {@code Access-Control-Allow-Origin}.
 */
public final class NoCorsAtAuthorization extends Described {

    static final String ORIGIN = "https://baton-audit.invalid";

    public NoCorsAtAuthorization() {
        super("no-cors-authorization", "no CORS at the authorization endpoint", Citation.must("RFC 9700", "2.6"));
    }

    @Override
    public Verdict run(ProbeContext context) throws Inconclusive {
        String endpoint = context.server().text("authorization_endpoint")
                .orElseThrow(() -> new Inconclusive("no authorization_endpoint"));
        try {
            Flow flow = new Flow(context);
            URI uri = URI.create(endpoint + (endpoint.contains("?") ? "&" : "?") + Urls.formEncode(flow.query()));
            HttpResult answer = context.send(new OutgoingRequest("GET", uri, List.of(new Header("Origin", ORIGIN)),
                    null, null, null));
            List<String> allowed = answer.headers("Access-Control-Allow-Origin");
            return allowed.isEmpty()
                    ? Verdict.passed("Origin: " + ORIGIN, "no Access-Control-Allow-Origin (HTTP " + answer.status() + ")")
                    : Verdict.failed("Origin: " + ORIGIN, "answered Access-Control-Allow-Origin: "
                    + String.join(", ", allowed));
        } catch (TransportException e) {
            throw new Inconclusive(e.getMessage());
        }
    }
}
