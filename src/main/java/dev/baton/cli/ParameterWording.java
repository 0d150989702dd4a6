package dev.baton.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command-line mistake told in Baton's words: picocli's messages name Java's types ("'abc' is not a long") and
 * quote a mistyped {@code --var}, which may be a secret; the others are kept as picocli words them.
 */
final class ParameterWording {

    private static final Pattern NOT_A_TYPE = Pattern.compile(
            "Invalid value for (?:option|positional parameter) '([^']+)'(?: \\([^)]*\\))?: '(.*)' is not an? (\\w+)");
    private static final Pattern NOT_A_PAIR = Pattern.compile(
            "Value for option (?:option )?'([^']+)' \\(([^)]*)\\) should be in KEY=VALUE format.*", Pattern.DOTALL);

    private ParameterWording() {
    }

    static String of(String message) {
        Matcher type = NOT_A_TYPE.matcher(message);
        if (type.matches()) {
            return type.group(1) + " must be " + kind(type.group(3)) + ", not '" + type.group(2) + "'";
        }
        Matcher pair = NOT_A_PAIR.matcher(message);
        if (pair.matches()) {
            return pair.group(1) + " must be " + pair.group(2) + " (what was given has no '=', and is not shown in "
                    + "case it is a secret)";
        }
        return message;
    }

    private static String kind(String javaType) {
        return switch (javaType) {
            case "int", "long", "short", "byte", "Integer", "Long" -> "a whole number";
            case "double", "float", "Double", "Float" -> "a number";
            case "boolean", "Boolean" -> "true or false";
            default -> "a value of another kind";
        };
    }
}
