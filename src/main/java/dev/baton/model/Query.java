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
 */
public record Query(String kind, Text argument, String attribute, String document, Position position) {

    /** A query without a document. */
    public Query(String kind, Text argument, String attribute, Position position) {
        this(kind, argument, attribute, null, position);
    }

    /** How the query is named in messages, e.g. {@code json $.token_type} or {@code html a@href}. */
    public String label() {
        return argument == null ? kind : kind + " " + argument.raw() + (attribute == null ? "" : " @" + attribute);
    }
}
