package dev.baton.auth;

import dev.baton.http.Urls;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/** The redirect URI at which the flow stops: a URI matches it on scheme, host, port and path. */
public final class RedirectTarget {

    /** No redirect URI: a sign-in that ends on a page of the server's own (the device grant's verification). */
    static final RedirectTarget NONE = new RedirectTarget(null);

    private final URI target;

    private RedirectTarget(URI target) {
        this.target = target;
    }

    /** The target for a redirect URI, refusing one that is not absolute. */
    public static RedirectTarget of(String redirectUri) throws SignInException {
        URI uri = Urls.parse(redirectUri).orElse(null);
        if (uri == null || uri.getScheme() == null) {
            throw new SignInException("redirect URI '" + redirectUri + "' is not an absolute URI");
        }
        return new RedirectTarget(uri);
    }

    /** Whether the URI points at the redirect URI: same scheme, host, port and path. */
    public boolean matches(URI uri) {
        if (target == null) {
            return false;
        }
        if (!target.getScheme().equalsIgnoreCase(String.valueOf(uri.getScheme()))) {
            return false;
        }
        if (target.isOpaque() || uri.isOpaque()) {
            return Urls.withoutQuery(target).equalsIgnoreCase(Urls.withoutQuery(uri));
        }
        return Objects.equals(host(target), host(uri))
                && port(target) == port(uri)
                && path(target).equals(path(uri));
    }

    private static String host(URI uri) {
        String host = uri.getHost() != null ? uri.getHost() : uri.getRawAuthority();
        return host == null ? null : host.toLowerCase(Locale.ROOT);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return switch (uri.getScheme().toLowerCase(Locale.ROOT)) {
            case "http" -> 80;
            case "https" -> 443;
            default -> -1;
        };
    }

    private static String path(URI uri) {
        String path = uri.getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }
}
