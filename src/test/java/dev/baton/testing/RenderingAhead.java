package dev.baton.testing;

import dev.baton.report.RenderAhead;

import java.util.function.Supplier;

/**
 * Runs the CLI in-process with file reports rendered while the run goes, or written whole at the end: the JUnit
 * Platform reads {@value RenderAhead#PARAMETER} from a system property when the run does not set it, so this sets
 * that property around {@code run} and puts back what was there.
 */
public final class RenderingAhead {

    private RenderingAhead() {
    }

    /** What {@code run} gives, with render-ahead {@code on} or off while it runs. */
    public static <T> T with(boolean on, Supplier<T> run) {
        String before = System.getProperty(RenderAhead.PARAMETER);
        System.setProperty(RenderAhead.PARAMETER, Boolean.toString(on));
        try {
            return run.get();
        } finally {
            if (before == null) {
                System.clearProperty(RenderAhead.PARAMETER);
            } else {
                System.setProperty(RenderAhead.PARAMETER, before);
            }
        }
    }
}
