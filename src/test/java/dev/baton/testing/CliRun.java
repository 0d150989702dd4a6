package dev.baton.testing;

import dev.baton.cli.BatonCommand;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The outcome of running the real {@code baton} command in-process: exit code, standard output and standard error.
 *
 * @param exitCode the exit code
 * @param out      what was written to standard output
 * @param err      what was written to standard error
 */
public record CliRun(int exitCode, String out, String err) {

    /**
     * Runs {@code baton args...}. Unless {@code --debug} is among the arguments, checks that neither stream
     * holds a stack trace.
     */
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out, true); PrintWriter e = new PrintWriter(err, true)) {
            code = BatonCommand.execute(args, o, e);
        }
        CliRun run = new CliRun(code, out.toString(), err.toString());
        if (!Arrays.asList(args).contains("--debug")) {
            assertFalse(run.all().contains("at dev.baton"), () -> "a stack trace was printed:\n" + run);
            assertFalse(run.all().matches("(?s).*\\n\\s+at [a-z]+\\..*"), () -> "a stack trace was printed:\n" + run);
        }
        return run;
    }

    /** Standard output and standard error together. */
    public String all() {
        return out + "\n" + err;
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
