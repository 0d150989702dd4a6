package dev.baton.http;

import java.net.IDN;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a URL can be sent as it is, and if not, why: absolute {@code http} or {@code https} (RFC 9110 §4.2), a host
 * (a name of letters, digits, {@code -} and {@code .}, RFC 1123 §2.1, an IPv4 address or an IPv6 one in brackets,
 * RFC 3986 §3.2.2), a port from 1 to 65535 (§3.2.3), and no user info ({@code name:password@host}, deprecated by
 * RFC 9110 §4.2.4 because it shows a password in every log; {@code basicAuth:} sends it properly). The URL is taken
 * apart with RFC 3986's own regular expression (Appendix B), so that each part is judged on its own.
 */
public final class UrlCheck {

    /** RFC 3986 Appendix B: scheme (2), authority (4), path (5), query (7), fragment (9). */
    private static final Pattern PARTS = Pattern.compile("^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\\?([^#]*))?(#(.*))?");
    /** Text that reads as a host, with a port and a path perhaps: what was meant to follow {@code http://}. */
    private static final Pattern HOST_FIRST = Pattern.compile(
            "(?:localhost|[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+|\\[[0-9A-Fa-f:.]+])(?::\\d*)?(?:[/?#].*)?");
    private static final String MUST_START = "it must start with http:// or https://";

    private UrlCheck() {
    }

    /** Why {@code url} cannot be sent, or empty when it can; the message quotes the URL without its user info. */
    public static Optional<String> problem(String url) {
        if (sendable(url)) {
            return Optional.empty();
        }
        String shown = withoutUserInfo(url.trim());
        String why = reason(shown).orElse("it cannot be read as a URL");
        return Optional.of("invalid URL '" + shown + "': " + why);
    }

    /** The check of every request, one parse: the parts are taken apart only to say why a URL is refused. */
    private static boolean sendable(String url) {
        URI uri = Urls.parse(url).orElse(null);
        if (uri == null || uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return false;
        }
        boolean http = uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https");
        return http && uri.getPort() != 0 && uri.getPort() <= 65535
                && !(uri.getPort() < 0 && uri.getRawAuthority().endsWith(":"));
    }

    private static Optional<String> reason(String url) {
        if (url.isEmpty()) {
            return Optional.of("it is empty");
        }
        Matcher parts = PARTS.matcher(url);
        parts.matches();
        String scheme = parts.group(2);
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            String meant = parts.group(3) == null && HOST_FIRST.matcher(url).matches() ? "http://" + url
                    : scheme == null && url.startsWith("//") ? "http:" + url : null;
            return Optional.of(MUST_START + (meant == null ? "" : "; did you mean '" + meant + "'?"));
        }
        String authority = parts.group(4);
        if (authority == null) {
            return Optional.of("no host: '" + scheme + ":' is followed by '//' and the host");
        }
        if (authority.contains("@")) {
            return Optional.of("user info (name:password@) is not sent in a URL; use basicAuth: {username: ..., "
                    + "password: ...}");
        }
        return authority(authority).or(() -> parsed(url));
    }

    /** The host and the port of an authority without user info. */
    private static Optional<String> authority(String authority) {
        String host;
        String port;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                return Optional.of("the IPv6 address '" + authority + "' is not closed with ']'");
            }
            host = authority.substring(0, close + 1);
            String rest = authority.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                return Optional.of("only ':' and a port may follow the IPv6 address " + host + ", not '" + rest + "'");
            }
            port = rest.isEmpty() ? null : rest.substring(1);
        } else {
            int colon = authority.indexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            port = colon < 0 ? null : authority.substring(colon + 1);
        }
        return host(host).or(() -> port(port));
    }

    private static Optional<String> host(String host) {
        if (host.isEmpty()) {
            return Optional.of("no host name");
        }
        if (host.startsWith("[")) {
            return Urls.parse("http://" + host + "/").map(URI::getHost).isPresent() ? Optional.empty()
                    : Optional.of("'" + host + "' is not an IPv6 address (RFC 4291 §2.2)");
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c > 0x7f) {
                return Optional.of("the host name '" + host + "' is not ASCII" + ascii(host)
                        .map(a -> "; write it as '" + a + "' (IDNA, RFC 5891)").orElse(""));
            }
            if (!Character.isLetterOrDigit(c) && c != '-' && c != '.') {
                String what = Character.isWhitespace(c) ? "a space" : "'" + c + "'";
                return Optional.of("the host name '" + host + "' holds " + what
                        + "; a host name is letters, digits, '-' and '.' (RFC 1123)");
            }
        }
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        for (String label : name.split("\\.", -1)) {
            if (label.isEmpty() || label.startsWith("-") || label.endsWith("-")) {
                return Optional.of("the host name '" + host + "' has a part that is empty or starts or ends with '-'");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> port(String port) {
        if (port == null) {
            return Optional.empty();
        }
        if (port.isEmpty()) {
            return Optional.of("a ':' after the host needs a port");
        }
        if (!port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("the port '" + port + "' is not a number");
        }
        String digits = port.replaceFirst("^0+(?=.)", "");
        if (digits.length() > 5 || Integer.parseInt(digits) == 0 || Integer.parseInt(digits) > 65535) {
            return Optional.of("port " + digits + " is not from 1 to 65535");
        }
        return Optional.empty();
    }

    /** The last word, once each part passed: what the URL parser that sends it says, in its own terms. */
    private static Optional<String> parsed(String url) {
        return Urls.syntaxProblem(url).or(() -> Urls.parse(url).filter(uri -> uri.getHost() == null)
                .map(uri -> "'" + uri.getRawAuthority() + "' is no valid host: an IPv4 address is four numbers from "
                        + "0 to 255, and the last part of a name starts with a letter"));
    }

    private static Optional<String> ascii(String host) {
        try {
            return Optional.of(IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code http://u:p@host/} as {@code http://(user info)@host/}, so that no password is quoted. */
    static String withoutUserInfo(String url) {
        String shown = url.replaceFirst("^((?:[A-Za-z][A-Za-z0-9+.-]*:)?//)[^/?#]*@", "$1(user info)@");
        return shown.equals(url) ? url.replaceFirst("^[^/?#]*@", "(user info)@") : shown;
    }
}
