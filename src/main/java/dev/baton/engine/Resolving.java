package dev.baton.engine;

import dev.baton.model.Text;
import dev.baton.template.TemplateException;
import dev.baton.template.Variables;

/** Resolves text where a checked exception cannot pass, carrying the failure out unchecked. */
final class Resolving {

    private Resolving() {
    }

    static String resolve(Variables variables, Text text) {
        try {
            return variables.resolve(text);
        } catch (TemplateException e) {
            throw new Failed(e);
        }
    }

    /** A placeholder that could not be resolved inside a check. */
    static final class Failed extends RuntimeException {
        private final TemplateException cause;

        Failed(TemplateException cause) {
            super(cause.getMessage(), cause, false, false);
            this.cause = cause;
        }

        TemplateException cause() {
            return cause;
        }
    }
}
