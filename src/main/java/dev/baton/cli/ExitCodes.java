package dev.baton.cli;

/** Baton's exit codes, in one place. */
public final class ExitCodes {

    /** Every step passed. */
    public static final int PASSED = 0;
    /** A step failed or could not run. */
    public static final int FAILED = 1;
    /** Bad usage, or a collection or environment that does not load. */
    public static final int INVALID_INPUT = 2;
    /** A fault in Baton itself. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
