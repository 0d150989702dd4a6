package dev.baton.http;

import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.message.BasicNameValuePair;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** URI helpers that tolerate what servers write in {@code Location} headers and form actions. */
public final class Urls {

    private static final String HEX = "0123456789ABCDEF";
    private static final String ILLEGAL = " \"<>\\^`{|}";

    private Urls() {
    }

    /** The reference resolved against {@code base} as RFC 3986 does, or empty when it cannot be parsed. */
    public static Optional<URI> resolve(URI base, String reference) {
        String ref = reference.trim();
        try {
            if (ref.startsWith("?")) {
                return Optional.of(new URI(withoutQuery(base) + ref));
            }
            return Optional.of(withRootPath(base).resolve(new URI(escape(ref))));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A string parsed as a URI after escaping characters that browsers escape, or empty. */
    public static Optional<URI> parse(String text) {
        try {
            return Optional.of(new URI(escape(text.trim())));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * Why {@link #parse} refuses the text, in the words of RFC 2396's parser ({@code Illegal character in authority at
     * index 7}), or empty when it parses.
     */
    public static Optional<String> syntaxProblem(String text) {
        try {
            new URI(escape(text.trim()));
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of(e.getReason() + (e.getIndex() < 0 ? "" : " at index " + e.getIndex()));
        }
    }

    /**
     * {@code params} in {@code application/x-www-form-urlencoded}, in order: a query or a form body, each name and
     * value as {@link #formEncode(String)} writes it.
     */
    public static String formEncode(Map<String, String> params) {
        List<NameValuePair> pairs = new ArrayList<>();
        params.forEach((name, value) -> pairs.add(new BasicNameValuePair(name, value)));
        return formEncode(pairs);
    }

    /** {@code pairs} in {@code application/x-www-form-urlencoded}, in order, repeated names included. */
    public static String formEncode(List<? extends NameValuePair> pairs) {
        StringBuilder out = new StringBuilder();
        for (NameValuePair pair : pairs) {
            out.append(out.isEmpty() ? "" : "&").append(formEncode(pair.getName())).append('=')
                    .append(formEncode(pair.getValue()));
        }
        return out.toString();
    }

    /**
     * One name or value as the URL standard's {@code application/x-www-form-urlencoded} serializer writes it in UTF-8
     * (what browsers send, and RFC 6749 Appendix B): a space as {@code +}, every byte but ASCII alphanumerics and
     * {@code *-._} percent-encoded in upper-case hex. HttpClient's {@code WWWFormCodec} uses RFC 3986's unreserved set
     * instead ({@code ~} kept, {@code *} escaped), so it is not used here.
     */
    public static String formEncode(String component) {
        return URLEncoder.encode(component, StandardCharsets.UTF_8);
    }

    /**
     * The parameters of a raw query, fragment or form body ({@code a=1&b=x%20y}), URL-decoded as UTF-8; the first of
     * a repeated name wins, a name without {@code =} has the value {@code ""}, a malformed escape is kept as written.
     */
    public static Map<String, String> parameters(String raw) {
        Map<String, String> parameters = new LinkedHashMap<>();
        pairs(raw).forEach(pair -> parameters.putIfAbsent(pair.getName(), pair.getValue()));
        return parameters;
    }

    /** Every parameter of a raw query or form body in order, repeated names kept, decoded as {@link #parameters}. */
    public static List<NameValuePair> pairs(String raw) {
        List<NameValuePair> pairs = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return pairs;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (!name.isEmpty()) {
                pairs.add(new BasicNameValuePair(name, eq < 0 ? "" : decode(pair.substring(eq + 1))));
            }
        }
        return pairs;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }

    /** Scheme, authority and path: the URI without query and fragment, safe to show. */
    public static String withoutQuery(URI uri) {
        if (uri.isOpaque()) {
            String ssp = uri.getRawSchemeSpecificPart();
            int q = ssp.indexOf('?');
            return uri.getScheme() + ":" + (q < 0 ? ssp : ssp.substring(0, q));
        }
        String authority = uri.getRawAuthority() == null ? "" : "//" + uri.getRawAuthority();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return (uri.getScheme() == null ? "" : uri.getScheme() + ":") + authority + path;
    }

    /** The URI with its query replaced by {@code rawQuery} and its fragment dropped. */
    public static URI withQuery(URI uri, String rawQuery) {
        return URI.create(withoutQuery(uri) + (rawQuery.isEmpty() ? "" : "?" + rawQuery));
    }

    /** The URI without its fragment. */
    public static URI withoutFragment(URI uri) {
        String query = uri.getRawQuery();
        return URI.create(withoutQuery(uri) + (query == null ? "" : "?" + query));
    }

    private static URI withRootPath(URI uri) {
        if (uri.isOpaque() || uri.getRawAuthority() == null || !uri.getRawPath().isEmpty()) {
            return uri;
        }
        return URI.create(withoutQuery(uri) + "/" + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean fragment = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean stray = c == '%' && !(i + 2 < text.length() && isHex(text.charAt(i + 1))
                    && isHex(text.charAt(i + 2)));
            boolean secondHash = c == '#' && fragment;
            fragment |= c == '#';
            if (c < 0x21 || c >= 0x7f || ILLEGAL.indexOf(c) >= 0 || stray || secondHash) {
                percentEncode(out, text.codePointAt(i));
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void percentEncode(StringBuilder out, int codePoint) {
        for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(HEX.charAt((b >> 4) & 0xf)).append(HEX.charAt(b & 0xf));
        }
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
