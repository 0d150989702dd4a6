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
    SKIPPED,
    /**
     * An audit probe that does not apply to this server, such as a check of the {@code iss} parameter on a server that
     * does not advertise it: a JUnit {@code <skipped>} (aborted on the platform), never a failure.
     */
    NOT_APPLICABLE,
    /**
     * An audit probe that could not reach the point where it tells (the sign-in or the first token request failed):
     * nothing was checked, so the run does not pass: a JUnit {@code <error>}.
     */
    INCONCLUSIVE
}
