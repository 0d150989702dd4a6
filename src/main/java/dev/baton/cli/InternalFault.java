package dev.baton.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * A fault in Baton itself: said as one line, {@code internal error: ...}, with the stack trace under {@code --debug}
 * only; exit code {@link ExitCodes#INTERNAL}.
 */
final class InternalFault {

    private InternalFault() {
    }

    /** Prints the fault to {@code err} (an output boundary's writer) and returns the exit code. */
    static int report(Throwable fault, boolean debug, PrintWriter err) {
        String message = fault.getMessage() == null ? "Baton failed without a message" : fault.getMessage();
        err.println("internal error: " + (debug ? String.valueOf(fault) : message
                + " (run with --debug for the stack trace)"));
        if (debug) {
            StringWriter trace = new StringWriter();
            fault.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        }
        return ExitCodes.INTERNAL;
    }
}
