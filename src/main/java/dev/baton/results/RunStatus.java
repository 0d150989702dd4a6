package dev.baton.results;

/** How a run as a whole ended. */
public enum RunStatus {
    /** Every step passed or was skipped, and every collection and iteration ran. */
    PASSED,
    /** A step failed or could not be carried out, or a collection or iteration could not run. */
    FAILED,
    /** The run was stopped (SIGINT, SIGTERM) before it ended. */
    INTERRUPTED
}
