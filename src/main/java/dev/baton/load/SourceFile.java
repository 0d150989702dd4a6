package dev.baton.load;

import dev.baton.model.Position;
import dev.baton.template.TemplateException;

import java.util.List;

/** The lines of a user file, to quote them in errors. */
public final class SourceFile {

    private final String name;
    private final List<String> lines;

    public SourceFile(String name, String content) {
        this.name = name;
        this.lines = content.lines().toList();
    }

    /** The file as the user named it. */
    public String name() {
        return name;
    }

    /** The 1-based line, or {@code null} past the end. */
    public String line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : null;
    }

    /** A position in this file from 0-based line and column. */
    public Position at(int line0, int column0) {
        return new Position(name, line0 + 1, column0 + 1);
    }

    /** An error at a position in this file. */
    public LoadException error(Position position, String message) {
        return new LoadException(position, line(position.line()), message);
    }

    /** A placeholder error as a load error. */
    public LoadException error(TemplateException e) {
        return error(e.position(), e.getMessage());
    }
}
