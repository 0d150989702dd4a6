package dev.baton.engine;

import dev.baton.load.SourceFile;
import dev.baton.model.Diagnostic;
import dev.baton.model.Position;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lines of the run's user files, read when a failure first quotes one, with written secrets hidden, so that a
 * failure at run time is shown like a load error: the line and a caret.
 */
final class SourceLines {

    private final Map<String, Optional<SourceFile>> files = new ConcurrentHashMap<>();

    /** A problem at a position, with its line when the position is in a readable file. */
    Diagnostic at(Position position, String message) {
        if (position == null || position.line() <= 0) {
            return new Diagnostic(message, position, null);
        }
        return files.computeIfAbsent(position.file(), SourceLines::read).map(f -> f.quote(position, message))
                .orElseGet(() -> new Diagnostic(message, position, null));
    }

    private static Optional<SourceFile> read(String name) {
        try {
            return Optional.of(new SourceFile(name, Files.readString(Path.of(name))).hidingSecrets());
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
