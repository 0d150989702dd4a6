package dev.baton.check;

import dev.baton.model.Position;
import dev.baton.model.Query;

/** Reads a query's value through its kind, for captures and expectations alike. */
final class Reading {

    private Reading() {
    }

    static Actual read(ResponseView response, Query query, String argument, String label, Position position)
            throws CheckException {
        QueryKind kind = Queries.of(query);
        if (kind.shape() == QueryKind.Shape.KEYED && argument == null) {
            throw new CheckException(label + ": missing its argument", position);
        }
        return kind.read(new QueryInput(response, query, argument, label, position));
    }
}
