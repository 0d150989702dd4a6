package dev.baton.check;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.InvalidJsonException;
import com.jayway.jsonpath.JsonPath;
import dev.baton.http.HttpResult;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A response plus lazily parsed views of its body, each made at most once: the text (decoded with the response's
 * charset), the JSON document and the HTML document (with the request URI as base URI, so {@code abs:} attributes
 * resolve). Not thread-safe; use one view per response.
 */
public final class ResponseView {

    private static final int SHOWN_BODY_CHARS = 80;

    private final HttpResult result;
    private final Show show;
    private final Map<String, String> authorization;
    private final SignatureCheck signatures;
    private String body;
    private Optional<DocumentContext> json;
    private Document html;
    private Optional<org.w3c.dom.Document> xml;
    private String xmlProblem;

    /** A view of {@code result}; nothing is parsed until asked for. */
    public ResponseView(HttpResult result) {
        this(result, Map.of());
    }

    /**
     * A view of the last response of an authorization step, and of the authorization response it carried. Messages
     * show values as they are: the output boundary masks them, and cuts long ones after.
     */
    public ResponseView(HttpResult result, Map<String, String> authorization) {
        this(result, authorization, SignatureCheck.NONE);
    }

    /** A view as above whose {@code jwt} queries verify signatures with {@code signatures}. */
    public ResponseView(HttpResult result, Map<String, String> authorization, SignatureCheck signatures) {
        this.result = Objects.requireNonNull(result, "result");
        this.show = new Show();
        this.authorization = Map.copyOf(authorization);
        this.signatures = Objects.requireNonNull(signatures, "signatures");
    }

    /** How a {@code jwt} query verifies a token's signature. */
    SignatureCheck signatures() {
        return signatures;
    }

    /** How messages about this response show values. */
    Show show() {
        return show;
    }

    /**
     * The parameters the authorization server sent to the redirect URI ({@code code}, {@code state},
     * {@code error}, {@code error_description}, {@code iss}); empty for other steps.
     */
    public Map<String, String> authorization() {
        return authorization;
    }

    /** The response. */
    public HttpResult result() {
        return result;
    }

    /** The body's bytes, content codings undone. */
    public byte[] bytes() {
        return result.body();
    }

    /** The body decoded with the response's charset. */
    public String body() {
        if (body == null) {
            body = result.bodyText();
        }
        return body;
    }

    /** The body parsed as strict JSON (RFC 8259, objects keep their key order), or empty if it is not JSON. */
    public Optional<DocumentContext> json() {
        if (json == null) {
            json = parseJson(body());
        }
        return json;
    }

    /** The body parsed as HTML. */
    public Document html() {
        if (html == null) {
            html = Jsoup.parse(body(), result.request().uri().toString());
        }
        return html;
    }

    /**
     * The body as a DOM for XPath: parsed as XML (no DOCTYPE, no external entities), or, when the response says it
     * is HTML, parsed as HTML and converted; empty when it is not well-formed XML.
     */
    public Optional<org.w3c.dom.Document> xml() {
        if (xml == null) {
            if (result.mediaType().equals("text/html")) {
                xml = Optional.of(new org.jsoup.helper.W3CDom().namespaceAware(false).fromJsoup(html()));
            } else {
                try {
                    xml = Optional.of(XmlDocuments.parse(result.body()));
                } catch (org.xml.sax.SAXException | java.io.IOException e) {
                    xmlProblem = Messages.oneLine(e.getMessage());
                    xml = Optional.empty();
                }
            }
        }
        return xml;
    }

    /** Why the body cannot be read as XML, for messages: its content type and the parser's reason. */
    String notXmlReason() {
        String type = result.mediaType().isEmpty() ? "none" : result.mediaType();
        if (result.body().length == 0) {
            return "the body is empty (content type " + type + ")";
        }
        return "the body is not XML (content type " + type + "): " + xmlProblem;
    }

    /** Why the body cannot be read as JSON, for messages: its content type and first characters. */
    String notJsonReason() {
        String type = result.mediaType().isEmpty() ? "none" : result.mediaType();
        if (body().isBlank()) {
            return "the body is empty (content type " + type + ")";
        }
        String start = show.truncated(body().strip().replaceAll("\\s+", " "), SHOWN_BODY_CHARS);
        return "the body is not JSON (content type " + type + "): " + start;
    }

    /** {@code text} parsed as strict JSON, or empty if it is not JSON. */
    static Optional<DocumentContext> parseJson(String text) {
        String unmarked = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try {
            return Optional.of(JsonPath.using(Json.CONFIGURATION).parse(unmarked));
        } catch (InvalidJsonException | IllegalArgumentException notJson) {
            return Optional.empty();
        }
    }
}
