package dev.baton.report;

import java.nio.file.Path;

/** Shows paths relative to the working directory where they lie below it. */
final class Paths {

    private Paths() {
    }

    static String shown(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : file.toString();
    }
}
