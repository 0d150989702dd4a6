package dev.baton.template;

import dev.baton.model.Position;

/** A placeholder that is malformed, undefined, or refers to itself. */
public class TemplateException extends Exception {

    private final Position position;

    public TemplateException(Position position, String message) {
        super(message);
        this.position = position;
    }

    /** Where the offending placeholder is written. */
    public Position position() {
        return position;
    }
}
