package dev.baton.results.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A temporary file open for reading and writing whose name is removed from its folder as soon as it is open, so a
 * run that is killed leaves nothing behind that can be read (where the system does not allow that, Windows, it goes
 * when it is closed).
 */
public final class UnnamedFile {

    private UnnamedFile() {
    }

    /** A new such file in {@code folder}, or in the system's temporary folder when it is {@code null}. */
    public static FileChannel open(Path folder, String prefix, String suffix) throws IOException {
        Path path = folder == null ? Files.createTempFile(prefix, suffix)
                : Files.createTempFile(folder, prefix, suffix);
        try {
            return FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
        } finally {
            try {
                Files.deleteIfExists(path);
            } catch (IOException stillOpenElsewhere) {
                // Windows keeps an open file in its folder; it goes when it is closed
            }
        }
    }
}
