package dev.baton.report;

import dev.baton.secret.OutputBoundary;
import dev.baton.secret.Redactor;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * Where a run writes what is not a file: standard output (the console report) and standard error ({@code --debug},
 * notes), both through one output boundary, whose secrets registry the run feeds.
 *
 * @param boundary the output boundary
 * @param out      standard output, through the boundary
 * @param err      standard error, through the boundary
 */
public record Streams(OutputBoundary boundary, PrintWriter out, PrintWriter err) {

    /** {@code System.out} and {@code System.err} through a boundary of their own. */
    public static Streams system() {
        OutputBoundary boundary = new OutputBoundary(new Redactor());
        return new Streams(boundary, boundary.writer(System.out), boundary.writer(System.err));
    }

    /** Two writers through a boundary of their own, for a caller outside Baton's command line (a test). */
    public static Streams of(Writer out, Writer err) {
        OutputBoundary boundary = new OutputBoundary(new Redactor());
        return new Streams(boundary, boundary.writer(out), boundary.writer(err));
    }
}
