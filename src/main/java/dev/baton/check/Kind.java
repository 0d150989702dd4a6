package dev.baton.check;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@link QueryKind} made of its parts, for the kinds whose reading fits in a line or is done by a class of its
 * own.
 */
record Kind(String key, String expectKey, Shape shape, Function<String, Optional<QueryProblem>> syntax,
            Function<String, Optional<String>> attributes, Function<String, Optional<String>> documents,
            boolean authorizationOnly, List<String> arguments, Reader reader, Function<Actual, List<String>> verdicts)
        implements QueryKind {

    /** How a kind reads its value. */
    @FunctionalInterface
    interface Reader {
        Actual read(QueryInput input) throws CheckException;
    }

    private static final Function<String, Optional<QueryProblem>> ANY_ARGUMENT = argument -> Optional.empty();

    /** A kind without an argument. */
    static Kind plain(String key, Reader reader) {
        return new Kind(key, key, Shape.NONE, ANY_ARGUMENT, null, null, false, List.of(), reader, a -> List.of());
    }

    /** A kind with an argument, checked by {@code syntax} when it is written literally. */
    static Kind keyed(String key, Function<String, Optional<QueryProblem>> syntax, Reader reader) {
        return new Kind(key, key, Shape.KEYED, syntax, null, null, false, List.of(), reader, a -> List.of());
    }

    /** A kind that reads a document, checked by {@code documents}, and judges the response by itself. */
    static Kind document(String key, Function<String, Optional<String>> documents, Reader reader,
                         Function<Actual, List<String>> verdicts) {
        return new Kind(key, key, Shape.DOCUMENT, ANY_ARGUMENT, null, documents, false, List.of(),
                reader, verdicts);
    }

    /**
     * A kind that finds a token by its argument, checked by {@code syntax}, reads the part of it its query names,
     * and judges by itself the parts written without conditions.
     */
    static Kind token(String key, Function<String, Optional<QueryProblem>> syntax, Reader reader,
                      Function<Actual, List<String>> verdicts) {
        return new Kind(key, key, Shape.TOKEN, syntax, null, null, false, List.of(), reader, verdicts);
    }

    /** This kind, also taking an attribute, checked by {@code attributes}. */
    Kind withAttributes(Function<String, Optional<String>> check) {
        return new Kind(key, expectKey, shape, syntax, check, documents, authorizationOnly, arguments, reader,
                verdicts);
    }

    /** This kind, written {@code expectKey} under {@code expect:}. */
    Kind expectedAs(String keyUnderExpect) {
        return new Kind(key, keyUnderExpect, shape, syntax, attributes, documents, authorizationOnly, arguments,
                reader, verdicts);
    }

    /** This kind, on the authorization step only. */
    Kind onAuthorization() {
        return new Kind(key, expectKey, shape, syntax, attributes, documents, true, arguments, reader, verdicts);
    }

    /** This kind, whose argument is one of {@code names}. */
    Kind withArguments(List<String> names) {
        return new Kind(key, expectKey, shape, syntax, attributes, documents, authorizationOnly, List.copyOf(names),
                reader, verdicts);
    }

    @Override
    public Optional<QueryProblem> problem(String argument) {
        return syntax.apply(argument);
    }

    @Override
    public boolean takesAttribute() {
        return attributes != null;
    }

    @Override
    public Optional<String> attributeProblem(String attribute) {
        return attributes == null ? Optional.of("'" + key + "' takes no attribute") : attributes.apply(attribute);
    }

    @Override
    public Optional<String> documentProblem(String json) {
        return documents == null ? Optional.empty() : documents.apply(json);
    }

    @Override
    public Actual read(QueryInput input) throws CheckException {
        return reader.read(input);
    }

    @Override
    public List<String> verdict(Actual actual) {
        return verdicts.apply(actual);
    }
}
