package dev.baton.check;

import dev.baton.model.Condition;
import dev.baton.model.Operator;
import dev.baton.model.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Applies conditions to an actual value. A failure is phrased as what follows "expected ", e.g.
 * {@code in [200, 201] but was 404}.
 */
final class ConditionCheck {

    private static final String WAS = "was";
    private static final String LENGTH_WAS = "length was";

    private final Function<Text, String> resolve;
    private final String label;
    private final Show show;

    ConditionCheck(Function<Text, String> resolve, String label, Show show) {
        this.resolve = resolve;
        this.label = label;
        this.show = show;
    }

    /** The failures of {@code condition} on {@code actual}: none, one, or one per failed nested length condition. */
    List<String> failures(Condition condition, Actual actual) throws CheckException {
        return failures(condition, actual, WAS);
    }

    private List<String> failures(Condition condition, Actual actual, String was) throws CheckException {
        Operator operator = condition.operator();
        if (operator == Operator.LENGTH && condition.expected() == null) {
            return nestedLength(condition, actual);
        }
        if (operator == Operator.ANY || operator == Operator.ALL) {
            return quantified(condition, actual);
        }
        List<String> options = operator == Operator.IN ? resolveAll(condition.options()) : List.of();
        String expected = operator == Operator.IN ? null : expected(condition);
        Optional<String> reason = reason(condition, expected, options, actual, was);
        return reason.map(r -> List.of(describe(operator, expected, options) + " but " + r)).orElse(List.of());
    }

    private Optional<String> reason(Condition condition, String expected, List<String> options, Actual actual,
                                    String was) throws CheckException {
        String shown = was + " " + show.actual(actual);
        if (condition.operator() == Operator.EXISTS) {
            return actual.present() == existsFlag(condition, expected) ? Optional.empty() : Optional.of(shown);
        }
        if (condition.operator() == Operator.NOT) {
            return actual.equalsExpected(expected) ? Optional.of(shown) : Optional.empty();
        }
        if (!actual.present()) {
            return Optional.of("was absent");
        }
        return switch (condition.operator()) {
            case LT, LE, GT, GE -> ordered(condition.operator(), expected, actual, shown);
            case IN -> options.stream().anyMatch(actual::equalsExpected) ? Optional.empty() : Optional.of(shown);
            case LENGTH -> length(expected, actual);
            default -> holds(condition, expected, actual) ? Optional.empty() : Optional.of(shown);
        };
    }

    private boolean holds(Condition condition, String expected, Actual actual) throws CheckException {
        String text = actual.text();
        return switch (condition.operator()) {
            case EQUALS -> actual.equalsExpected(expected);
            case CONTAINS -> contains(actual, expected);
            case STARTS_WITH -> text.startsWith(expected);
            case ENDS_WITH -> text.endsWith(expected);
            case MATCHES -> Patterns.compile(expected, label, condition.expected().position()).matcher(text).find();
            default -> throw new IllegalStateException("not a simple operator: " + condition.operator());
        };
    }

    private static boolean contains(Actual actual, String expected) {
        if (actual.value() instanceof List<?> items) {
            return items.stream().anyMatch(item -> Actual.of(item).equalsExpected(expected));
        }
        if (actual.value() instanceof Map<?, ?> object) {
            return object.containsKey(expected);
        }
        return actual.text().contains(expected);
    }

    private Optional<String> ordered(Operator operator, String expected, Actual actual, String shown) {
        Optional<BigDecimal> bound = Numbers.parse(expected);
        if (bound.isEmpty()) {
            return Optional.of(show.expected(expected) + " is not a number");
        }
        Optional<BigDecimal> number = actual.number();
        if (number.isEmpty()) {
            return Optional.of(shown + ", which is not a number");
        }
        int order = number.get().compareTo(bound.get());
        boolean holds = switch (operator) {
            case LT -> order < 0;
            case LE -> order <= 0;
            case GT -> order > 0;
            default -> order >= 0;
        };
        return holds ? Optional.empty() : Optional.of(shown);
    }

    private Optional<String> length(String expected, Actual actual) {
        OptionalInt length = actual.length();
        if (length.isEmpty()) {
            return Optional.of("was null, which has no length");
        }
        Optional<BigDecimal> wanted = Numbers.parse(expected);
        if (wanted.isEmpty()) {
            return Optional.of(show.expected(expected) + " is not a number");
        }
        return wanted.get().compareTo(BigDecimal.valueOf(length.getAsInt())) == 0
                ? Optional.empty()
                : Optional.of(LENGTH_WAS + " " + length.getAsInt());
    }

    private List<String> nestedLength(Condition condition, Actual actual) throws CheckException {
        if (condition.nested().isEmpty()) {
            throw new CheckException(label + ": length needs a number or conditions", condition.position());
        }
        OptionalInt length = actual.present() ? actual.length() : OptionalInt.empty();
        List<String> failures = new ArrayList<>();
        for (Condition nested : condition.nested()) {
            if (length.isPresent()) {
                for (String failure : failures(nested, Actual.of(length.getAsInt()), LENGTH_WAS)) {
                    failures.add("length " + failure);
                }
            } else {
                String reason = actual.present() ? "was null, which has no length" : "was absent";
                failures.add("length " + describe(nested) + " but " + reason);
            }
        }
        return failures;
    }

    /** {@code any}: some value satisfies every nested condition; {@code all}: each value does. */
    private List<String> quantified(Condition condition, Actual actual) throws CheckException {
        if (condition.nested().isEmpty()) {
            throw new CheckException(label + ": " + condition.operator().key() + " needs conditions",
                    condition.position());
        }
        List<String> wanted = new ArrayList<>();
        for (Condition nested : condition.nested()) {
            wanted.add(describe(nested));
        }
        String what = condition.operator().key() + " values: " + String.join(" and ", wanted);
        if (!actual.present()) {
            return List.of(what + " but was absent");
        }
        List<?> values = actual.each();
        for (int i = 0; i < values.size(); i++) {
            List<String> failures = new ArrayList<>();
            for (Condition nested : condition.nested()) {
                failures.addAll(failures(nested, actual.alike(values.get(i))));
            }
            if (condition.operator() == Operator.ANY && failures.isEmpty()) {
                return List.of();
            }
            if (condition.operator() == Operator.ALL && !failures.isEmpty()) {
                return List.of("all values: " + failures.get(0) + " (value " + (i + 1) + " of " + values.size() + ")");
            }
        }
        return condition.operator() == Operator.ALL ? List.of()
                : List.of(what + " but none of " + values.size() + " does: " + show.actual(actual.alike(values)));
    }

    private String describe(Condition condition) throws CheckException {
        if (condition.operator() == Operator.IN) {
            return describe(Operator.IN, null, resolveAll(condition.options()));
        }
        if (condition.operator() == Operator.LENGTH && condition.expected() == null) {
            return "length conditions";
        }
        return describe(condition.operator(), expected(condition), List.of());
    }

    private String describe(Operator operator, String expected, List<String> options) {
        return operator == Operator.IN
                ? "in " + show.expected(options)
                : operator.key() + " " + show.expected(expected);
    }

    private boolean existsFlag(Condition condition, String expected) throws CheckException {
        return switch (expected) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new CheckException(label + ": exists takes true or false, not "
                    + show.expected(expected), condition.position());
        };
    }

    private String expected(Condition condition) throws CheckException {
        if (condition.expected() == null) {
            throw new CheckException(label + ": " + condition.operator().key() + " needs a value",
                    condition.position());
        }
        return resolve.apply(condition.expected());
    }

    private List<String> resolveAll(List<Text> texts) {
        return texts.stream().map(resolve).toList();
    }
}
