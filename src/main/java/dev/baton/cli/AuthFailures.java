package dev.baton.cli;

import dev.baton.secret.Redactor;

import java.io.PrintWriter;

/** Prints why a {@code baton auth} command failed, masked, with the stack trace only under {@code --debug}. */
final class AuthFailures {

    private final PrintWriter err;
    private final Redactor redactor;
    private final boolean debug;

    AuthFailures(PrintWriter err, Redactor redactor, boolean debug) {
        this.err = err;
        this.redactor = redactor;
        this.debug = debug;
    }

    /** Prints a bad input and returns {@link ExitCodes#INVALID_INPUT}. */
    int invalid(AuthInputException e) {
        err.println(redactor.mask(e.getMessage()));
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }

    /** Prints {@code error: <what>: <message>} and returns {@link ExitCodes#FAILED}. */
    int failed(String what, Exception e) {
        err.println(redactor.mask("error: " + what + ": " + e.getMessage()));
        if (debug) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.print(redactor.mask(trace.toString()));
        }
        err.flush();
        return ExitCodes.FAILED;
    }
}
