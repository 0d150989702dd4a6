package dev.baton.template;

/** Where a variable's value comes from, lowest precedence first. */
public enum Layer {
    /** {@code vars:} of the collection file. */
    COLLECTION,
    /** The environment file. */
    ENVIRONMENT,
    /** The current row of a {@code --data} file. */
    DATA,
    /** Set during the run: captures, the PKCE helper, the OAuth redirect. */
    RUN,
    /** {@code --var} on the command line. */
    COMMAND_LINE
}
