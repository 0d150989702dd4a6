package dev.baton.http;

import java.net.URI;
import java.util.Optional;

/**
 * Whether a URL can be sent as it is: absolute {@code http} or {@code https} (RFC 9110 §4.2), a host, a port from 1
 * to 65535, and no user info ({@code name:password@host}, deprecated by RFC 9110 §4.2.4 because it shows a password
 * in every log; {@code basicAuth:} sends it properly).
 */
public final class UrlCheck {

    private UrlCheck() {
    }

    /** Why {@code url} cannot be sent, or empty when it can; the message quotes the URL without its user info. */
    public static Optional<String> problem(String url) {
        Optional<URI> parsed = Urls.parse(url);
        String shown = withoutUserInfo(url);
        if (parsed.isEmpty()) {
            return Optional.of("invalid URL '" + shown + "'");
        }
        URI uri = parsed.get();
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return Optional.of("invalid URL '" + shown + "': it must start with http:// or https://");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("invalid URL '" + shown + "': user info (name:password@) is not sent in a URL; "
                    + "use basicAuth: {username: ..., password: ...}");
        }
        if (uri.getHost() == null) {
            return Optional.of("invalid URL '" + shown + "': no valid host name");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            return Optional.of("invalid URL '" + shown + "': port " + uri.getPort() + " is not from 1 to 65535");
        }
        if (uri.getPort() < 0 && uri.getRawAuthority() != null && uri.getRawAuthority().endsWith(":")) {
            return Optional.of("invalid URL '" + shown + "': a ':' after the host needs a port");
        }
        return Optional.empty();
    }

    /** {@code http://u:p@host/} as {@code http://(user info)@host/}, so that no password is quoted. */
    static String withoutUserInfo(String url) {
        return url.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#@]*@", "$1(user info)@");
    }
}
