package dev.baton.login;

import dev.baton.cli.BatonCommand;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Runs the real {@code baton} command in-process with output the test can watch while it runs (a person reading the
 * printed sign-in URL does exactly that). Without {@code --debug}, checks that no stack trace was printed.
 */
final class LoginCliRun {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    int exitCode = -1;

    /** Runs {@code baton args...} on this thread and returns this run. */
    LoginCliRun run(String... args) {
        try (PrintWriter o = new PrintWriter(out, true); PrintWriter e = new PrintWriter(err, true)) {
            exitCode = BatonCommand.execute(args, o, e);
        }
        if (!Arrays.asList(args).contains("--debug")) {
            assertFalse(all().contains("\tat ") || all().contains("    at dev.baton"),
                    () -> "a stack trace was printed:\n" + this);
        }
        return this;
    }

    String all() {
        return out + "\n" + err;
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
