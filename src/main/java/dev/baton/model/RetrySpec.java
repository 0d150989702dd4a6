package dev.baton.model;

import java.time.Duration;
import java.util.List;

/**
 * How often a step is sent again before it counts as failed.
 *
 * @param count  how many more times it may be sent (so at most {@code count + 1} tries)
 * @param delay  the pause before each retry
 * @param until  conditions that end the retries when they hold; empty means "until the step passes"
 */
public record RetrySpec(int count, Duration delay, List<Expectation> until) {
    public RetrySpec {
        until = List.copyOf(until);
    }
}
