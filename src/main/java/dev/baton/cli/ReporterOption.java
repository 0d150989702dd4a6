package dev.baton.cli;

import java.nio.file.Path;

/** Parses {@code --reporter KIND:FILE}. */
final class ReporterOption {

    private ReporterOption() {
    }

    static Path junitTarget(String option) {
        int colon = option.indexOf(':');
        String kind = colon < 0 ? option : option.substring(0, colon);
        if (!kind.equals("junit")) {
            throw new IllegalArgumentException("unknown reporter '" + kind + "'; use junit:FILE");
        }
        if (colon < 0 || colon == option.length() - 1) {
            throw new IllegalArgumentException("--reporter " + kind + " needs a file: " + kind + ":FILE");
        }
        return Path.of(option.substring(colon + 1));
    }
}
