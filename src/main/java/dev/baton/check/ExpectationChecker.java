package dev.baton.check;

import dev.baton.model.Condition;
import dev.baton.model.Expectation;
import dev.baton.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Checks an {@link Expectation} against a response and says which of its conditions fail. The actual value is
 * what the expectation's query reads ({@link Queries}); a missing header, parameter, element or attribute, or a
 * path without a match, is absent; a JSON {@code null} is present and reads as {@code null}. An expectation without
 * conditions is judged by its query alone (a JSON Schema: one failure per violation).
 *
 * <p>Each failure is one line: {@code json $.token_type: expected equals "bearer" but was "Bearer"}.
 */
public final class ExpectationChecker {

    /**
     * Checks every condition of {@code expectation}.
     *
     * @param resolve fills placeholders in a {@link Text}; applied to the argument and to every expected value used
     * @return one message per failed condition, empty when all hold
     * @throws CheckException when the expectation cannot be checked: the body is not JSON or XML, a query is
     *                        invalid, {@code exists} is given something other than true or false
     */
    public List<String> check(ResponseView response, Expectation expectation, Function<Text, String> resolve)
            throws CheckException {
        String label = expectation.label();
        String argument = expectation.argument() == null ? null : resolve.apply(expectation.argument());
        Actual actual = Reading.read(response, expectation.query(), argument, label, expectation.position());
        List<String> failures = new ArrayList<>();
        if (expectation.conditions().isEmpty()) {
            for (String failure : Queries.of(expectation.query()).verdict(actual)) {
                failures.add(label + ": " + failure);
            }
            return failures;
        }
        ConditionCheck conditions = new ConditionCheck(resolve, label, response.show());
        for (Condition condition : expectation.conditions()) {
            for (String failure : conditions.failures(condition, actual)) {
                failures.add(label + ": expected " + failure);
            }
        }
        return failures;
    }
}
