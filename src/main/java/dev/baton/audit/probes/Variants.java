package dev.baton.audit.probes;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Redirect URIs that differ from a registered one in one part, each of which exact matching (RFC 3986 §6.2.1 simple
 * string comparison, as RFC 9700 §4.1.3 requires) refuses. A loopback URI's port is left alone: RFC 9700 §4.1.3 and
 * RFC 8252 §7.3 let a native app's loopback redirect use any port.
 */
final class Variants {

    static final String PROBE_PARAMETER = "baton_probe";
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "[::1]", "::1", "localhost");

    private Variants() {
    }

    /** The variants of {@code registered} by what they change. */
    static Map<String, String> of(String registered) {
        URI uri = URI.create(registered);
        Map<String, String> variants = new LinkedHashMap<>();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        variants.put("another path (" + path + "-baton)", build(uri, uri.getHost(), uri.getPort(), path + "-baton",
                uri.getRawQuery()));
        String query = uri.getRawQuery() == null ? PROBE_PARAMETER + "=1" : uri.getRawQuery() + "&" + PROBE_PARAMETER
                + "=1";
        variants.put("a query added (" + PROBE_PARAMETER + "=1)", build(uri, uri.getHost(), uri.getPort(), path, query));
        if (!LOOPBACK.contains(uri.getHost())) {
            int port = uri.getPort() == -1 ? ("https".equals(uri.getScheme()) ? 8443 : 8080) : uri.getPort() + 1;
            variants.put("another port (" + port + ")", build(uri, uri.getHost(), port, path, uri.getRawQuery()));
            if (!uri.getHost().matches("[0-9.]+|\\[.*]")) {
                variants.put("a subdomain (baton-probe." + uri.getHost() + ")", build(uri, "baton-probe."
                        + uri.getHost(), uri.getPort(), path, uri.getRawQuery()));
            }
        }
        return variants;
    }

    /** Whether the browser was sent to {@code variant} itself: same URI up to the query, and its query kept. */
    static boolean sentTo(URI location, String variant) {
        String sent = location.toString();
        URI wanted = URI.create(variant);
        String withoutQuery = variant.contains("?") ? variant.substring(0, variant.indexOf('?')) : variant;
        boolean samePlace = sent.equals(withoutQuery) || sent.startsWith(withoutQuery + "?")
                || sent.startsWith(withoutQuery + "#");
        return samePlace && (wanted.getRawQuery() == null || location.getRawQuery() != null
                && location.getRawQuery().contains(wanted.getRawQuery()));
    }

    private static String build(URI base, String host, int port, String path, String query) {
        try {
            return new URI(base.getScheme(), base.getRawUserInfo(), host, port, null, null, null) + path
                    + (query == null ? "" : "?" + query);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot vary the redirect URI " + base, e);
        }
    }
}
