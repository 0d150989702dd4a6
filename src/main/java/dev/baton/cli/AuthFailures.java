package dev.baton.cli;

import dev.baton.secret.OutputBoundary;
import dev.baton.secret.Redactor;

import java.io.PrintWriter;

/** Prints why a {@code baton auth} command failed, masked, with the stack trace only under {@code --debug}. */
final class AuthFailures {

    private final PrintWriter err;
    private final boolean debug;

    /** Prints to {@code err} through the output boundary of {@code secrets}. */
    AuthFailures(PrintWriter err, Redactor secrets, boolean debug) {
        this.err = new OutputBoundary(secrets).writer(err);
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
