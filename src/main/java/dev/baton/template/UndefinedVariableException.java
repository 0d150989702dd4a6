package dev.baton.template;

import dev.baton.model.Position;

import java.util.Collection;

/** A placeholder names a variable that no layer defines. */
public final class UndefinedVariableException extends TemplateException {

    private final String name;

    public UndefinedVariableException(String name, Position usedAt, Collection<String> known) {
        super(usedAt, "undefined variable '" + name + "'" + Suggestions.didYouMean(name, known)
                .map(s -> "; did you mean '" + s + "'?").orElse(""));
        this.name = name;
    }

    /** The undefined name. */
    public String name() {
        return name;
    }
}
