package dev.baton.check;

import dev.baton.model.Condition;
import dev.baton.model.StepCondition;
import dev.baton.model.Text;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides whether a step runs: its {@code skip:} and its {@code when:} conditions, tested on variables as
 * {@code expect} tests a response (an undefined variable is absent). The reason a step is skipped is one line:
 * {@code when env: expected equals "prod" but was "dev"} or {@code skip: not on staging}.
 */
public final class StepConditions {

    private StepConditions() {
    }

    /**
     * Why the step is skipped, or empty when it runs.
     *
     * @param variable the value of a variable, empty when it is undefined
     * @param resolve  fills placeholders in the expected values and in {@code skip:}
     */
    public static Optional<String> skipReason(StepCondition condition, Function<String, Optional<String>> variable,
                                              Function<Text, String> resolve) throws CheckException {
        if (condition == null) {
            return Optional.empty();
        }
        if (condition.skip() != null) {
            String skip = resolve.apply(condition.skip()).strip();
            if (!skip.isEmpty() && !skip.toLowerCase(Locale.ROOT).equals("false")) {
                return Optional.of(skip.toLowerCase(Locale.ROOT).equals("true") ? "skip: true" : "skip: " + skip);
            }
        }
        Show show = new Show();
        for (StepCondition.VariableCondition when : condition.when()) {
            String label = "when " + when.variable();
            Actual actual = variable.apply(when.variable()).map(Actual::of).orElse(Actual.absent());
            ConditionCheck check = new ConditionCheck(resolve, label, show);
            for (Condition c : when.conditions()) {
                for (String failure : check.failures(c, actual)) {
                    return Optional.of(label + ": expected " + failure);
                }
            }
        }
        return Optional.empty();
    }
}
