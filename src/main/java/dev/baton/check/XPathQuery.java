package dev.baton.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathEvaluationResult;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import javax.xml.xpath.XPathFactoryConfigurationException;
import javax.xml.xpath.XPathNodes;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The query kind {@code xpath}: an XPath 1.0 expression on the body, parsed as XML (hardened against XXE), or as
 * HTML when the response says {@code text/html}. A node-set reads as the string value of its node when it has one,
 * as the list of them when it has several, absent when empty; a number, string or boolean as itself. Prefixes are
 * those the document declares, and {@code _} names its default namespace ({@code //_:user}), as in Hurl.
 */
final class XPathQuery {

    static final QueryKind KIND = Kind.keyed("xpath", XPathQuery::problem, XPathQuery::read);

    /** Any prefix, bound to a namespace of its own, to check an expression's syntax before there is a document. */
    private static final NamespaceContext ANY_PREFIX = new Namespaces(Map.of()) {
        @Override
        public String getNamespaceURI(String prefix) {
            return "urn:baton:" + prefix;
        }
    };

    private XPathQuery() {
    }

    private static Optional<QueryProblem> problem(String expression) {
        try {
            xpath(ANY_PREFIX).compile(expression);
            return Optional.empty();
        } catch (XPathExpressionException e) {
            return Optional.of(new QueryProblem("invalid XPath '" + expression + "': " + reason(e), 0));
        }
    }

    private static Actual read(QueryInput in) throws CheckException {
        Document document = in.response().xml().orElseThrow(() -> in.failure(in.response().notXmlReason()));
        XPathEvaluationResult<?> result;
        try {
            result = xpath(Namespaces.of(document)).compile(in.argument()).evaluateExpression(document);
        } catch (XPathExpressionException | IllegalArgumentException e) {
            throw in.failure("invalid XPath: " + reason(e));
        }
        return switch (result.type()) {
            case NODESET, NODE -> nodes(result.value());
            case NUMBER -> Actual.of(number((Number) result.value()));
            default -> Actual.of(result.value());
        };
    }

    private static Actual nodes(Object value) {
        List<String> texts = new ArrayList<>();
        if (value instanceof XPathNodes nodes) {
            nodes.forEach(node -> texts.add(node.getTextContent()));
        } else if (value instanceof Node node) {
            texts.add(node.getTextContent());
        }
        if (texts.isEmpty()) {
            return Actual.absent();
        }
        return texts.size() == 1 ? Actual.of(texts.get(0)) : Actual.ofMatches(texts, false);
    }

    /** An XPath number as a JSON one: whole numbers without a fraction; NaN and infinities as text. */
    private static Object number(Number n) {
        double d = n.doubleValue();
        if (!Double.isFinite(d)) {
            return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
        }
        BigDecimal decimal = BigDecimal.valueOf(d).stripTrailingZeros();
        return decimal.scale() <= 0 ? decimal.toBigIntegerExact() : decimal;
    }

    private static XPath xpath(NamespaceContext namespaces) {
        XPathFactory factory = XPathFactory.newInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (XPathFactoryConfigurationException e) {
            throw new IllegalStateException("the JDK's XPath cannot be configured safely", e);
        }
        XPath xpath = factory.newXPath();
        xpath.setNamespaceContext(namespaces);
        return xpath;
    }

    private static String reason(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? "it cannot be read" : cause.getMessage();
        return Messages.oneLine(message.replaceFirst("^(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*:\\s*", ""));
    }

    /** The prefixes a document declares, the first declaration of each winning; {@code _} for the default one. */
    private static class Namespaces implements NamespaceContext {
        private final Map<String, String> byPrefix;

        Namespaces(Map<String, String> byPrefix) {
            this.byPrefix = byPrefix;
        }

        static Namespaces of(Document document) {
            Map<String, String> prefixes = new LinkedHashMap<>();
            NodeList elements = document.getElementsByTagName("*");
            for (int i = 0; i < elements.getLength(); i++) {
                NamedNodeMap attributes = ((Element) elements.item(i)).getAttributes();
                for (int j = 0; j < attributes.getLength(); j++) {
                    Attr attribute = (Attr) attributes.item(j);
                    if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                        String prefix = XMLConstants.XMLNS_ATTRIBUTE.equals(attribute.getLocalName()) ? "_"
                                : attribute.getLocalName();
                        prefixes.putIfAbsent(prefix, attribute.getValue());
                    }
                }
            }
            return new Namespaces(prefixes);
        }

        @Override
        public String getNamespaceURI(String prefix) {
            return byPrefix.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
        }

        @Override
        public String getPrefix(String namespaceURI) {
            return byPrefix.entrySet().stream().filter(e -> e.getValue().equals(namespaceURI)).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
        }

        @Override
        public Iterator<String> getPrefixes(String namespaceURI) {
            return byPrefix.entrySet().stream().filter(e -> e.getValue().equals(namespaceURI))
                    .map(Map.Entry::getKey).iterator();
        }
    }
}
