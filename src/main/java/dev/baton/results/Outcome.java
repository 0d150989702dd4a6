package dev.baton.results;

/** How a step ended. */
public enum Outcome {
    /** Every expectation held. */
    PASSED,
    /** An expectation did not hold: a JUnit {@code <failure>}. */
    FAILED,
    /** The step could not be carried out (transport, variable, check error): a JUnit {@code <error>}. */
    ERROR,
    /** The step did not run. */
    SKIPPED
}
