package dev.baton.check;

import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/** The query kind {@code html}: the text, or an attribute, of the first element a CSS selector picks. */
final class HtmlQuery {

    static final QueryKind KIND = Kind.keyed("html", HtmlQuery::problem, HtmlQuery::read)
            .withAttributes(attribute -> Optional.empty());

    private HtmlQuery() {
    }

    private static Optional<QueryProblem> problem(String selector) {
        try {
            QueryParser.parse(selector);
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(new QueryProblem("invalid CSS selector '" + selector + "': "
                    + Messages.oneLine(e.getMessage() == null ? "it cannot be read" : e.getMessage()), 0));
        }
    }

    /**
     * The first element's {@code text()}, or its attribute when one is named ({@code abs:href} gives the absolute
     * URL); absent when no element matches or it lacks the attribute.
     */
    private static Actual read(QueryInput in) throws CheckException {
        Element element;
        try {
            element = in.response().html().selectFirst(in.argument());
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            throw in.failure("invalid CSS selector: " + Messages.oneLine(e.getMessage()));
        }
        if (element == null) {
            return Actual.absent();
        }
        String attribute = in.attribute();
        if (attribute == null) {
            return Actual.of(element.text());
        }
        return element.hasAttr(attribute) ? Actual.of(element.attr(attribute)) : Actual.absent();
    }
}
