package dev.baton.report;

import java.io.IOException;

/**
 * The units a report's walk of the finished tree may copy rather than write: those rendered while the run went
 * that are still what the walk would write ({@link UnitsAhead}). The walk asks for each unit in order.
 */
@FunctionalInterface
public interface RenderedUnits {

    /** None: the walk writes every unit. */
    RenderedUnits NONE = (collection, ordinal, context) -> null;

    /**
     * The text of the unit at this place, rendered ahead with this context, if it may be copied; else {@code null}
     * and the walk writes the unit itself.
     */
    Rendered find(int collection, int ordinal, long context);

    /** A unit's text, ready to be copied. */
    @FunctionalInterface
    interface Rendered {
        /**
         * Appends the text to the report after what was written to it so far; a writer of the report's own (an XML
         * or JSON writer) is flushed first by the caller.
         */
        void copy() throws IOException;
    }
}
