package dev.baton.check;

import dev.baton.model.Position;
import dev.baton.model.Query;

/**
 * What a {@link QueryKind} reads from.
 *
 * @param response the response
 * @param query    the query as written
 * @param argument its argument with placeholders resolved, or {@code null} for a kind without one
 * @param label    how messages name the capture or expectation
 * @param position where the capture or expectation is written
 */
public record QueryInput(ResponseView response, Query query, String argument, String label, Position position) {

    /** The attribute the query names, or {@code null}. */
    String attribute() {
        return query.attribute();
    }

    /** A failure to read, naming the capture or expectation. */
    CheckException failure(String why) {
        return new CheckException(label + ": " + why, position);
    }
}
