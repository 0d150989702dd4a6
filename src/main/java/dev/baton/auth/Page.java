package dev.baton.auth;

import dev.baton.http.HttpResult;
import dev.baton.http.Urls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;

/** A response seen as an HTML page: its document, title and the error text a user would read. */
final class Page {

    private static final List<String> ERROR_SELECTORS =
            List.of(".error", ".alert", "[role=alert]", "#error", ".errors", ".message");
    private static final int QUOTE_LENGTH = 200;
    private static final int SNIPPET_LENGTH = 100;
    /** Far more controls than any sign-in or consent page has; a page with more is not read, to bound the work. */
    static final int MAX_CONTROLS = 10_000;

    private final HttpResult response;
    private final Document document;

    private Page(HttpResult response, Document document) {
        this.response = response;
        this.document = document;
    }

    /**
     * The response parsed as HTML, whatever its content type, decoded as a browser decodes it: by a byte order mark,
     * else the {@code charset} of its {@code Content-Type}, else a {@code <meta charset>} near its start, else UTF-8.
     */
    static Page of(HttpResult response) {
        String declared = response.header("Content-Type").flatMap(Page::charsetParameter).orElse(null);
        try {
            return new Page(response, Jsoup.parse(new ByteArrayInputStream(response.body()), declared,
                    response.request().uri().toString()));
        } catch (IOException | IllegalArgumentException unreadable) {
            return new Page(response, Jsoup.parse(response.bodyText(), response.request().uri().toString()));
        }
    }

    /** The encoding the page was decoded with: its forms are submitted in it, unless they name another. */
    Charset encoding() {
        return document.charset();
    }

    private static Optional<String> charsetParameter(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                String value = pair[1].trim().replace("\"", "");
                try {
                    return value.isEmpty() || !Charset.isSupported(value) ? Optional.empty() : Optional.of(value);
                } catch (IllegalArgumentException unknown) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The response as a page whose forms are to be read: refused when it holds more than {@link #MAX_CONTROLS} form
     * controls, since reading a form's controls costs time that grows faster than their number.
     */
    static Page withForms(HttpResult response) throws SignInException {
        Page page = of(response);
        int controls = page.document.select(Controls.TAGS).size();
        if (controls > MAX_CONTROLS) {
            throw new SignInException("the page at " + page.where() + " has " + controls
                    + " form controls, more than the " + MAX_CONTROLS + " a sign-in page is read with");
        }
        return page;
    }

    /** Whether the response says it is HTML, or says nothing and looks like it. */
    static boolean isHtml(HttpResult response) {
        String type = response.mediaType();
        if (type.isEmpty()) {
            return response.bodyText().stripLeading().startsWith("<");
        }
        return type.equals("text/html") || type.equals("application/xhtml+xml");
    }

    /** The first characters of a body, on one line, for messages about non-HTML responses. */
    static String snippet(HttpResult response) {
        String text = response.bodyText().replaceAll("\\s+", " ").trim();
        return text.isEmpty() ? "(empty body)" : shorten(text, SNIPPET_LENGTH);
    }

    HttpResult response() {
        return response;
    }

    Document document() {
        return document;
    }

    String title() {
        return document.title().trim();
    }

    /** The page's error message, else the start of its text. */
    String errorText() {
        for (String selector : ERROR_SELECTORS) {
            for (Element element : document.select(selector)) {
                String text = element.text().trim();
                if (!text.isEmpty()) {
                    return shorten(text, QUOTE_LENGTH);
                }
            }
        }
        String body = document.body() == null ? "" : document.body().text().trim();
        return body.isEmpty() ? "(no text)" : shorten(body, QUOTE_LENGTH);
    }

    /** Where the page is, without the query. */
    String where() {
        return Urls.withoutQuery(response.request().uri());
    }

    /** The second line of a message: the page's title and what it says. */
    String says() {
        String title = title();
        return (title.isEmpty() ? "the page" : "page \"" + title + "\"") + " says: " + errorText();
    }

    String status() {
        String reason = response.reason() == null || response.reason().isBlank() ? "" : " " + response.reason();
        return "HTTP " + response.status() + reason;
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "...";
    }
}
