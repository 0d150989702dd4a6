package dev.baton.load;

import dev.baton.check.JsonQuery;
import dev.baton.http.HeaderNames;
import dev.baton.model.Text;
import org.jsoup.select.QueryParser;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks, at load time, the queries a collection writes literally (no {@code <<placeholder>>}): JSONPaths, regular
 * expressions, CSS selectors and header names, so that a bad one is an error before anything is sent.
 */
final class QuerySyntax {

    private QuerySyntax() {
    }

    /** Why {@code text} is not a valid query of this kind, with the 0-based index of the spot when known. */
    record Problem(String message, int index) {
    }

    static Optional<Problem> jsonPath(Text text) {
        if (text.raw().contains("<<")) {
            return Optional.empty();
        }
        return JsonQuery.syntaxProblem(text.raw())
                .map(reason -> new Problem("invalid JSONPath '" + text.raw() + "': " + reason, 0));
    }

    static Optional<Problem> regex(Text text) {
        if (text.raw().contains("<<")) {
            return Optional.empty();
        }
        try {
            Pattern.compile(text.raw());
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of(new Problem("invalid regular expression: " + e.getDescription(),
                    Math.max(0, e.getIndex())));
        }
    }

    static Optional<Problem> cssSelector(String selector) {
        if (selector.contains("<<")) {
            return Optional.empty();
        }
        try {
            QueryParser.parse(selector);
            return Optional.empty();
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? "it cannot be read"
                    : e.getMessage().strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
            return Optional.of(new Problem("invalid CSS selector '" + selector + "': " + reason, 0));
        }
    }

    static Optional<Problem> headerName(String name) {
        if (name.contains("<<")) {
            return Optional.empty();
        }
        return HeaderNames.problem(name).map(message -> new Problem(message, 0));
    }
}
