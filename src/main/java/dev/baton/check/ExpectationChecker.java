package dev.baton.check;

import dev.baton.http.HttpResult;
import dev.baton.model.Condition;
import dev.baton.model.Expectation;
import dev.baton.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks an {@link Expectation} against a response and says which of its conditions fail.
 *
 * <p>The actual value is the status code, the first header with the argument's name (ignoring case), what a
 * JSONPath reads (see below), the body text, the text or attribute of the first element a CSS selector picks, or
 * the duration in milliseconds, or a parameter of the authorization response. A missing header, parameter, element or attribute, or a JSONPath without a match, is absent;
 * a JSON {@code null} is present and reads as {@code null}. An indefinite JSONPath ({@code ..}, {@code *}, filters)
 * reads the array of its matches.
 *
 * <p>Each failure is one line: {@code json $.token_type: expected equals "bearer" but was "Bearer"}.
 */
public final class ExpectationChecker {

    /**
     * Checks every condition of {@code expectation}.
     *
     * @param resolve fills placeholders in a {@link Text}; applied to the argument and to every expected value used
     * @return one message per failed condition, empty when all hold
     * @throws CheckException when the expectation cannot be checked: the body is not JSON, a JSONPath, regex or CSS
     *                        selector is invalid, {@code exists} is given something other than true or false
     */
    public List<String> check(ResponseView response, Expectation expectation, Function<Text, String> resolve)
            throws CheckException {
        String label = expectation.label();
        Actual actual = actual(response, expectation, resolve, label);
        ConditionCheck conditions = new ConditionCheck(resolve, label, response.show());
        List<String> failures = new ArrayList<>();
        for (Condition condition : expectation.conditions()) {
            for (String failure : conditions.failures(condition, actual)) {
                failures.add(label + ": expected " + failure);
            }
        }
        return failures;
    }

    private static Actual actual(ResponseView response, Expectation expectation, Function<Text, String> resolve,
                                 String label) throws CheckException {
        HttpResult result = response.result();
        return switch (expectation.subject()) {
            case STATUS -> Actual.of(result.status());
            case BODY -> Actual.of(response.body());
            case DURATION -> Actual.of(result.durationMillis());
            case HEADER -> Actual.ofRepeated(result.headers(argument(expectation, resolve, label)));
            case JSON -> JsonQuery.compile(argument(expectation, resolve, label), label, expectation.position())
                    .read(response);
            case HTML -> Actual.ofNullable(HtmlQuery.read(response, argument(expectation, resolve, label),
                    expectation.attribute(), label, expectation.position()));
            case OAUTH -> Actual.ofNullable(Optional.ofNullable(
                    response.authorization().get(argument(expectation, resolve, label))));
        };
    }

    private static String argument(Expectation expectation, Function<Text, String> resolve, String label)
            throws CheckException {
        if (expectation.argument() == null) {
            throw new CheckException(label + ": missing its argument (header name, JSONPath or selector)",
                    expectation.position());
        }
        return resolve.apply(expectation.argument());
    }
}
