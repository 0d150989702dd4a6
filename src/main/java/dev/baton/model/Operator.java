package dev.baton.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A comparison an expectation makes between the actual value and the expected one. */
public enum Operator {
    EQUALS("equals"),
    NOT("not"),
    CONTAINS("contains"),
    STARTS_WITH("startsWith"),
    ENDS_WITH("endsWith"),
    MATCHES("matches"),
    EXISTS("exists"),
    LT("lt"),
    LE("le"),
    GT("gt"),
    GE("ge"),
    IN("in"),
    LENGTH("length"),
    /** Some value of a repeated header or of a JSON array satisfies the nested conditions. */
    ANY("any"),
    /** Every value of a repeated header or of a JSON array satisfies the nested conditions. */
    ALL("all");

    private final String key;

    Operator(String key) {
        this.key = key;
    }

    /** The key that names this operator in a collection file. */
    public String key() {
        return key;
    }

    /** The operator written as {@code key}, if any. */
    public static Optional<Operator> byKey(String key) {
        return Arrays.stream(values()).filter(o -> o.key.equals(key)).findFirst();
    }

    /** Every key, for "did you mean" suggestions. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(Operator::key).toList();
    }
}
