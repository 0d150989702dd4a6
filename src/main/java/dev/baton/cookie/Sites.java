package dev.baton.cookie;

import org.apache.hc.client5.http.psl.PublicSuffixMatcher;
import org.apache.hc.client5.http.psl.PublicSuffixMatcherLoader;

import java.net.IDN;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Hosts, secure contexts and sites as browsers define them. The public suffix list is HttpClient's copy of
 * Mozilla's ({@link PublicSuffixMatcherLoader}).
 */
public final class Sites {

    private static final PublicSuffixMatcher PUBLIC_SUFFIXES = PublicSuffixMatcherLoader.getDefault();

    private Sites() {
    }

    /**
     * Whether a request to {@code uri} is from a secure context in the sense of RFC 6265bis' "secure protocol":
     * {@code https}, or a loopback host ({@code localhost}, {@code *.localhost}, {@code 127.0.0.0/8},
     * {@code [::1]}), which the Secure Contexts specification counts as potentially trustworthy.
     */
    public static boolean isSecure(URI uri) {
        String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
        return scheme.equals("https") || scheme.equals("wss") || isLoopback(host(uri));
    }

    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.endsWith(".localhost") || host.equals("[::1]")
                || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    /** The canonical host of a URI (RFC 6265bis §5.1.2): lower case, IDNA A-labels; brackets kept for IPv6. */
    static String host(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return "";
        }
        if (host.startsWith("[")) {
            return host.toLowerCase(Locale.ROOT);
        }
        try {
            return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notIdn) {
            return host.toLowerCase(Locale.ROOT);
        }
    }

    static boolean isIpAddress(String host) {
        return host.startsWith("[") || host.matches("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    /** §5.1.3: the host equals the domain, or ends with "." + domain and is not an IP address. */
    static boolean domainMatches(String host, String domain) {
        return host.equals(domain) || !isIpAddress(host) && host.endsWith("." + domain);
    }

    /** Whether the domain is a public suffix such as {@code com} or {@code co.uk}. */
    static boolean isPublicSuffix(String domain) {
        return !isIpAddress(domain) && PUBLIC_SUFFIXES.matches(domain);
    }

    /**
     * The site of a URI (HTML's "obtain a site", schemeful): the scheme and the registrable domain, or the host
     * itself for IP addresses, {@code localhost} and hosts that are public suffixes.
     */
    static String site(URI uri) {
        String host = host(uri);
        String root = isIpAddress(host) ? null : PUBLIC_SUFFIXES.getDomainRoot(host);
        String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
        return scheme + "://" + (root == null ? host : root);
    }

    /** Whether two URIs are same-site (schemeful). */
    public static boolean sameSite(URI a, URI b) {
        return Objects.equals(site(a), site(b));
    }
}
