package dev.baton.cli;

import java.io.PrintWriter;

/**
 * Prints why a {@code baton auth} command failed, with the stack trace only under {@code --debug}, on the command's
 * standard error (which passes its output boundary).
 */
final class AuthFailures {

    private final PrintWriter err;
    private final boolean debug;

    AuthFailures(PrintWriter err, boolean debug) {
        this.err = err;
        this.debug = debug;
    }

    /** Prints a bad input and returns {@link ExitCodes#INVALID_INPUT}. */
    int invalid(AuthInputException e) {
        err.println(e.getMessage());
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }

    /** Prints {@code error: <what>: <message>} and returns {@link ExitCodes#FAILED}. */
    int failed(String what, Exception e) {
        err.println("error: " + what + ": " + e.getMessage());
        if (debug) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        }
        err.flush();
        return ExitCodes.FAILED;
    }
}
