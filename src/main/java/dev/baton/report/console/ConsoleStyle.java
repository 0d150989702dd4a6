package dev.baton.report.console;

import java.util.Map;

/**
 * ANSI colour for the console, or none: colour only on a terminal and only when {@code NO_COLOR} is not set
 * (to any value, see no-color.org).
 */
final class ConsoleStyle {

    static final ConsoleStyle PLAIN = new ConsoleStyle(false);

    private static final String RESET = "\u001b[0m";

    private final boolean colour;

    private ConsoleStyle(boolean colour) {
        this.colour = colour;
    }

    static ConsoleStyle of(boolean terminal, Map<String, String> environment) {
        return terminal && !environment.containsKey("NO_COLOR") ? new ConsoleStyle(true) : PLAIN;
    }

    boolean colour() {
        return colour;
    }

    String green(String text) {
        return paint("\u001b[32m", text);
    }

    String red(String text) {
        return paint("\u001b[31m", text);
    }

    String yellow(String text) {
        return paint("\u001b[33m", text);
    }

    String bold(String text) {
        return paint("\u001b[1m", text);
    }

    String dim(String text) {
        return paint("\u001b[2m", text);
    }

    private String paint(String code, String text) {
        return colour && !text.isEmpty() ? code + text + RESET : text;
    }
}
