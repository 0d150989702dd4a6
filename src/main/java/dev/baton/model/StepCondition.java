package dev.baton.model;

import java.util.List;

/**
 * When a step runs: {@code when:} conditions on variables, written like {@code expect} ({@code when: {env: prod}}),
 * all of which must hold, and {@code skip:}, which skips it ({@code true} or a reason; {@code false} or empty runs
 * it).
 *
 * @param when     conditions by variable; empty for none
 * @param skip     the {@code skip:} value, or {@code null} for none
 * @param position where {@code when:} or {@code skip:} is written
 */
public record StepCondition(List<VariableCondition> when, Text skip, Position position) {
    public StepCondition {
        when = List.copyOf(when);
    }

    /**
     * The conditions on one variable.
     *
     * @param variable   the variable's name
     * @param conditions what its value must satisfy; an undefined variable is absent
     * @param position   where the variable is named
     */
    public record VariableCondition(String variable, List<Condition> conditions, Position position) {
        public VariableCondition {
            conditions = List.copyOf(conditions);
        }
    }
}
