package dev.baton.model;

/**
 * What a capture or an expectation reads from a response, as written: a query kind named by its key ({@code json},
 * {@code header}, {@code xpath}...), its argument and attribute. The kinds, and how each reads a value, are in
 * the check package's {@code Queries}; captures, expectations and {@code retry.until} all read through them.
 *
 * @param kind      the key of the query kind, e.g. {@code json}
 * @param argument  header or cookie name, JSONPath, XPath, regex, selector...; {@code null} for kinds without one
 *                  (status, body, sha256...)
 * @param attribute the attribute of the element or cookie to read ({@code selector@attr}, {@code attr:}), or
 *                  {@code null}
 * @param document  for kinds that read a whole document written inline or in a file (a JSON Schema): its JSON text,
 *                  else {@code null}
 * @param position  where the query is written
 * @param jwt       for the {@code jwt} kind: the part of the token its argument finds that it reads, else
 *                  {@code null}
 */
public record Query(String kind, Text argument, String attribute, String document, Position position, JwtPart jwt) {

    /** A query without a document. */
    public Query(String kind, Text argument, String attribute, Position position) {
        this(kind, argument, attribute, null, position, null);
    }

    /** A query that reads a document, or none. */
    public Query(String kind, Text argument, String attribute, String document, Position position) {
        this(kind, argument, attribute, document, position, null);
    }

    /**
     * How the query is named in messages, e.g. {@code json $.token_type}, {@code html a@href},
     * {@code jwt $.id_token claims $.sub}.
     */
    public String label() {
        if (argument == null) {
            return kind;
        }
        return kind + " " + argument.raw() + (attribute == null ? "" : " @" + attribute)
                + (jwt == null ? "" : " " + jwt.label());
    }
}
