package dev.baton.auth;

import dev.baton.http.HttpResult;
import dev.baton.http.Urls;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.Optional;

/**
 * A declarative refresh: a {@code Refresh} header or {@code <meta http-equiv="refresh">}, parsed by the HTML
 * standard's "shared declarative refresh steps" (§4.2.5.3): a delay, then an optional {@code url=} with or without
 * quotes.
 *
 * @param delaySeconds the delay the page asks for
 * @param target       where to go, resolved against the page's base URL
 */
record Refresh(long delaySeconds, URI target) {

    /** The refresh of a page: its {@code Refresh} header, else its first refresh {@code meta} element. */
    static Optional<Refresh> of(HttpResult response, Page page) {
        Optional<Refresh> header = response.header("Refresh")
                .flatMap(value -> parse(value, response.request().uri().toString()));
        if (header.isPresent() || page == null) {
            return header;
        }
        for (Element meta : page.document().select("meta[http-equiv]")) {
            if (meta.attr("http-equiv").trim().equalsIgnoreCase("refresh") && meta.hasAttr("content")) {
                return parse(meta.attr("content"), page.document().location().isEmpty()
                        ? response.request().uri().toString() : meta.baseUri());
            }
        }
        return Optional.empty();
    }

    static Optional<Refresh> parse(String input, String base) {
        int at = skipSpace(input, 0);
        int digitsStart = at;
        while (at < input.length() && Character.isDigit(input.charAt(at))) {
            at++;
        }
        if (at == digitsStart && (at >= input.length() || input.charAt(at) != '.')) {
            return Optional.empty();
        }
        long delay = at == digitsStart ? 0 : parseDelay(input.substring(digitsStart, at));
        while (at < input.length() && (Character.isDigit(input.charAt(at)) || input.charAt(at) == '.')) {
            at++;
        }
        URI baseUri = Urls.parse(base).orElse(null);
        if (at >= input.length()) {
            return Optional.ofNullable(baseUri).map(uri -> new Refresh(delay, uri));
        }
        char separator = input.charAt(at);
        if (separator != ';' && separator != ',' && !isSpace(separator)) {
            return Optional.empty();
        }
        at = skipSpace(input, at);
        if (at < input.length() && (input.charAt(at) == ';' || input.charAt(at) == ',')) {
            at = skipSpace(input, at + 1);
        }
        if (input.regionMatches(true, at, "url", 0, 3)) {
            int afterUrl = skipSpace(input, at + 3);
            if (afterUrl < input.length() && input.charAt(afterUrl) == '=') {
                at = skipSpace(input, afterUrl + 1);
            }
        }
        String url = input.substring(at);
        if (!url.isEmpty() && (url.charAt(0) == '"' || url.charAt(0) == '\'')) {
            int close = url.indexOf(url.charAt(0), 1);
            url = close < 0 ? url.substring(1) : url.substring(1, close);
        }
        url = url.strip();
        if (url.isEmpty()) {
            return Optional.ofNullable(baseUri).map(uri -> new Refresh(delay, uri));
        }
        return baseUri == null ? Optional.empty()
                : Urls.resolve(baseUri, url).map(target -> new Refresh(delay, target));
    }

    private static long parseDelay(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException huge) {
            return Long.MAX_VALUE;
        }
    }

    private static int skipSpace(String s, int at) {
        while (at < s.length() && isSpace(s.charAt(at))) {
            at++;
        }
        return at;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
}
