package dev.baton.check;

import dev.baton.model.Position;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

/** The text, or an attribute, of the first element a CSS selector picks in an HTML body. */
final class HtmlQuery {

    private HtmlQuery() {
    }

    /**
     * The first element's {@code text()}, or its {@code attribute} when one is named ({@code abs:href} gives the
     * absolute URL); empty when no element matches or it lacks the attribute.
     */
    static Optional<String> read(ResponseView response, String selector, String attribute, String label,
                                 Position position) throws CheckException {
        Element element;
        try {
            element = response.html().selectFirst(selector);
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            throw new CheckException(label + ": invalid CSS selector: " + Messages.oneLine(e.getMessage()), position);
        }
        if (element == null) {
            return Optional.empty();
        }
        if (attribute == null) {
            return Optional.of(element.text());
        }
        return element.hasAttr(attribute) ? Optional.of(element.attr(attribute)) : Optional.empty();
    }
}
