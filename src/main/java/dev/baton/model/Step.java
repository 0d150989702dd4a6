package dev.baton.model;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * One request of a collection with what it captures and expects.
 *
 * @param name            the step's name, used in every report
 * @param request         the request
 * @param captures        values read into variables after the response
 * @param expectations    checks on the response
 * @param oauth           the part the step plays in an authorization-code flow
 * @param login           how to fill sign-in forms, for an authorization step; {@code null} for none
 * @param stateMismatch   for an authorization step: {@code true} when the step expects the returned
 *                        {@code state} to differ from the one Baton made (a tampering test)
 * @param followRedirects whether redirects are followed
 * @param timeout         response timeout, or {@code null} for the run's default
 * @param retry           when to send the step again, or {@code null} to send it once
 * @param condition       when the step runs ({@code when:}, {@code skip:}), or {@code null} to run it always
 * @param tags            tags for selecting a subset
 * @param probe           the id of the audit probe the step runs instead of a request, or {@code null} for a
 *                        request step
 * @param position        where the step starts
 */
public record Step(String name, RequestSpec request, List<Capture> captures, List<Expectation> expectations,
                   OAuthRole oauth, LoginSpec login, boolean stateMismatch, boolean followRedirects,
                   Duration timeout, RetrySpec retry, StepCondition condition, Set<String> tags, String probe,
                   Position position) {
    public Step {
        captures = List.copyOf(captures);
        expectations = List.copyOf(expectations);
        tags = Set.copyOf(tags);
    }

    /**
     * The variables the step sets when it runs: its captures, then what its part in an authorization-code flow sets.
     * The engine sets no other, so that the check before a run knows every variable a step will have.
     */
    public List<String> sets() {
        List<String> names = new java.util.ArrayList<>(captures.stream().map(Capture::variable).toList());
        names.addAll(oauth.sets());
        return names;
    }
}
