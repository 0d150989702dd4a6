package dev.baton.model;

import java.nio.file.Path;

/** How Baton shows a file: relative to the working directory where it lies below it, else as given. */
public final class DisplayPath {

    private DisplayPath() {
    }

    /** The path as Baton shows it in errors and reports. */
    public static String of(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(cwd)) {
            return file.toString();
        }
        String relative = cwd.relativize(absolute).toString();
        return relative.isEmpty() ? "." : relative;
    }
}
