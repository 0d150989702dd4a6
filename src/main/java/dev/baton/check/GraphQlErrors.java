package dev.baton.check;

import dev.baton.model.Expectation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A GraphQL response's {@code errors} member (GraphQL spec §7.1.2): an operation that reports errors fails its step,
 * even with status 200 as GraphQL servers answer, unless the step expects them by an expectation on
 * {@code $.errors}.
 */
public final class GraphQlErrors {

    private GraphQlErrors() {
    }

    /** Whether the step checks the errors itself, with an expectation on {@code $.errors...}. */
    public static boolean expected(List<Expectation> expectations) {
        return expectations.stream().anyMatch(e -> e.query().kind().equals("json") && e.argument() != null
                && e.argument().raw().strip().matches("\\$(\\.errors|\\[['\"]errors['\"]]).*"));
    }

    /** Why the response counts as failed: the number of its errors and the first message; empty when it has none. */
    public static Optional<String> of(ResponseView response) {
        Object errors = response.json().map(document -> {
            Object root = document.json();
            return root instanceof Map<?, ?> map ? map.get("errors") : null;
        }).orElse(null);
        if (!(errors instanceof List<?> list) || list.isEmpty()) {
            return Optional.empty();
        }
        Object first = list.get(0);
        Object message = first instanceof Map<?, ?> error ? error.get("message") : null;
        return Optional.of("graphql: the response has " + list.size() + (list.size() == 1 ? " error" : " errors")
                + (message == null ? "" : ": " + new Show().truncated(String.valueOf(message), Show.LIMIT))
                + " (expect json $.errors to allow them)");
    }
}
