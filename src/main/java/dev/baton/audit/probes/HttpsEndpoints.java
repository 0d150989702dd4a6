package dev.baton.audit.probes;

import dev.baton.audit.Citation;
import dev.baton.audit.ProbeContext;
import dev.baton.audit.Verdict;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * RFC 6749 §3.1 and §3.2: the server "MUST require the use of TLS" for requests to the authorization and token
 * endpoints; the same holds for every endpoint that carries credentials or tokens. Every endpoint of the metadata
 * (and the issuer) must be {@code https}, unless it is on the loopback interface, where a test server lives.
 */
public final class HttpsEndpoints extends Described {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "[::1]", "localhost");

    public HttpsEndpoints() {
        super("https-endpoints", "HTTPS on every endpoint that is not loopback", Citation.must("RFC 6749", "3.1"));
    }

    @Override
    public Verdict run(ProbeContext context) {
        List<Verdict.Check> checks = new ArrayList<>();
        Map<String, String> endpoints = new java.util.LinkedHashMap<>();
        if (context.server().issuer() != null) {
            endpoints.put("issuer", context.server().issuer());
        }
        endpoints.putAll(context.server().endpoints());
        for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
            URI uri = URI.create(endpoint.getValue());
            boolean loopback = uri.getHost() != null && LOOPBACK.contains(uri.getHost());
            boolean https = "https".equalsIgnoreCase(uri.getScheme());
            if (!https && !loopback) {
                checks.add(new Verdict.Check(endpoint.getKey(), false, endpoint.getValue() + " is not https"));
            }
        }
        if (checks.isEmpty()) {
            return Verdict.passed("every endpoint", endpoints.size() + " endpoints, each https or on loopback");
        }
        return Verdict.of(checks);
    }
}
