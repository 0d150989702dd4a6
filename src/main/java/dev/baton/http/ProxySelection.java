package dev.baton.http;

import dev.baton.model.InvalidInputException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Picks the proxy for a target from the HTTP and HTTPS proxies and the no-proxy list; parses proxy URLs. */
final class ProxySelection {

    private final URI httpProxy;
    private final URI httpsProxy;
    private final List<String> noProxy;

    ProxySelection(HttpSettings settings) {
        this.httpProxy = settings.httpProxy().orElse(null);
        this.httpsProxy = settings.httpsProxy().orElse(null);
        this.noProxy = settings.noProxy();
    }

    /** The proxy a request to this scheme, host and port (-1 for the scheme's default) goes through. */
    Optional<URI> proxyFor(String scheme, String host, int port) {
        URI proxy = "https".equalsIgnoreCase(scheme) ? httpsProxy : "http".equalsIgnoreCase(scheme) ? httpProxy : null;
        if (proxy == null || bypasses(noProxy, host, port < 0 ? defaultPort(scheme) : port)) {
            return Optional.empty();
        }
        return Optional.of(proxy);
    }

    Optional<URI> proxyFor(URI target) {
        return target.getHost() == null ? Optional.empty()
                : proxyFor(target.getScheme(), target.getHost(), target.getPort());
    }

    /** Whether a no-proxy list lets this host and port go direct. */
    static boolean bypasses(List<String> noProxy, String host, int port) {
        String name = normalize(host);
        return noProxy.stream().anyMatch(entry -> matches(entry.trim().toLowerCase(Locale.ROOT), name, port));
    }

    private static boolean matches(String entry, String host, int port) {
        if (entry.equals("*")) {
            return true;
        }
        String pattern = entry.startsWith("*.") ? entry.substring(1) : entry;
        int colon = pattern.lastIndexOf(':');
        boolean hasPort = colon > 0 && (pattern.startsWith("[") ? pattern.charAt(colon - 1) == ']'
                : pattern.indexOf(':') == colon);
        if (hasPort) {
            String digits = pattern.substring(colon + 1);
            if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(Character::isDigit)
                    || Integer.parseInt(digits) != port) {
                return false;
            }
            pattern = pattern.substring(0, colon);
        }
        boolean subdomainsOnly = pattern.startsWith(".");
        String suffix = normalize(subdomainsOnly ? pattern.substring(1) : pattern);
        if (suffix.isEmpty()) {
            return false;
        }
        if (isIpLiteral(host) || isIpLiteral(suffix)) {
            return !subdomainsOnly && host.equals(suffix);
        }
        return host.endsWith("." + suffix) || !subdomainsOnly && host.equals(suffix);
    }

    private static boolean isIpLiteral(String host) {
        return host.contains(":") || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
    }

    /** The entries of a comma-separated no-proxy value. */
    static List<String> splitNoProxy(String value) {
        return Arrays.stream(value.split("[,\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * An {@code http://[user:pass@]host[:port]} proxy URL; a missing scheme means {@code http://}.
     *
     * @param label how the value is named in an error: {@code --proxy}, {@code HTTPS_PROXY}
     */
    static URI parseProxy(String value, String label) {
        String text = value.trim();
        String shown = label + " " + show(text);
        if (!text.contains("://")) {
            text = "http://" + text;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidInputException(shown + ": not a URL; expected http://host:port");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme())) {
            throw new InvalidInputException(shown + ": only http:// proxies are supported, not "
                    + uri.getScheme() + "://");
        }
        if (uri.getHost() == null) {
            throw new InvalidInputException(shown + ": no host; expected http://host:port");
        }
        String path = uri.getRawPath();
        if (path != null && !path.isEmpty() && !path.equals("/") || uri.getRawQuery() != null) {
            throw new InvalidInputException(shown + ": a proxy URL has no path or query; expected http://host:port");
        }
        return URI.create("http://" + (uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@")
                + uri.getRawAuthority().substring(uri.getRawAuthority().lastIndexOf('@') + 1));
    }

    /** A proxy URL without its credentials, safe to show. */
    static String show(URI proxy) {
        return proxy == null ? "none" : show(proxy.toString());
    }

    static String show(String proxy) {
        int at = proxy.lastIndexOf('@');
        if (at < 0) {
            return proxy;
        }
        int scheme = proxy.indexOf("://");
        return (scheme >= 0 && scheme < at ? proxy.substring(0, scheme + 3) : "") + "***@" + proxy.substring(at + 1);
    }

    static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }

    private static String normalize(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h;
    }
}
