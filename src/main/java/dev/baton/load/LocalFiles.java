package dev.baton.load;

import dev.baton.model.DisplayPath;
import dev.baton.model.Text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files a collection names (a request body, a multipart part, a JSON Schema), found against the collection's
 * folder when it loads, so that a missing one is an error before anything is sent.
 */
final class LocalFiles {

    /** Largest file a collection may name: what a request body or a schema reasonably is. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private LocalFiles() {
    }

    /** The file {@code written} names, relative to the collection's folder; it must be a readable regular file. */
    static Path find(NodeReader reader, Text written, String what) throws LoadException {
        if (written.raw().isBlank()) {
            throw reader.source().error(written.position(), what + " needs a file name");
        }
        if (written.raw().contains("<<")) {
            throw reader.source().error(written.position(), what + ": a file is found when the collection loads, "
                    + "so its name cannot use variables");
        }
        Path file = reader.directory().resolve(written.raw()).normalize();
        String shown = DisplayPath.of(file);
        if (!Files.exists(file)) {
            throw reader.source().error(written.position(), what + ": no such file " + shown);
        }
        if (!Files.isRegularFile(file)) {
            throw reader.source().error(written.position(), what + ": " + shown + " is not a regular file");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw reader.source().error(written.position(), what + ": " + shown + " is " + size
                        + " bytes; the limit is " + MAX_BYTES / (1024 * 1024) + " MiB");
            }
        } catch (IOException e) {
            throw reader.source().error(written.position(), what + ": cannot read " + shown);
        }
        if (!Files.isReadable(file)) {
            throw reader.source().error(written.position(), what + ": cannot read " + shown);
        }
        return file;
    }

    /** The text of the file {@code written} names, as UTF-8. */
    static String read(NodeReader reader, Text written, String what) throws LoadException {
        Path file = find(reader, written, what);
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw reader.source().error(written.position(), what + ": cannot read " + DisplayPath.of(file)
                    + " as UTF-8 text");
        }
    }
}
