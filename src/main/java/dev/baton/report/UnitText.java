package dev.baton.report;

import dev.baton.results.IterationResult;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * How a file report writes its units on their own, each byte for byte as its walk of the finished tree would write
 * it there, so that units can be rendered while the run goes ({@link UnitsAhead}). What a unit's text depends on
 * besides the unit, its place and the masks (an id counted across the report, say) is its context: the walk computes
 * it again and uses the text rendered ahead only when the two agree.
 */
public interface UnitText {

    /** The context of a unit, told on the engine's thread for every unit in plan order; 0 when there is none. */
    default long context(UnitPlace place, IterationResult unit) {
        return 0;
    }

    /** A collection ended, after its {@code units} units; told on the engine's thread, in plan order. */
    default void collectionEnded(int collection, int units) {
    }

    /**
     * The writer of units, one after the other, onto {@code out} (a {@linkplain
     * dev.baton.secret.OutputBoundary#document document writer} of the output boundary); made once, on the render
     * thread, which alone uses it.
     */
    Units writer(PrintWriter out) throws IOException;

    /** Writes units one after the other. */
    interface Units {
        /**
         * Writes the unit, every value of data masked, and hands all of it to the writer it was made with before it
         * returns. Returns false, having written nothing, for a unit whose text depends on what is known only at
         * the end.
         */
        boolean write(UnitPlace place, long context, IterationResult unit) throws IOException;
    }
}
