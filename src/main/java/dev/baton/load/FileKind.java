package dev.baton.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/** What a path that exists but is neither a regular file nor a folder is, for messages: a device, a pipe... */
public final class FileKind {

    private static final int TYPE_BITS = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private FileKind() {
    }

    /**
     * {@code "a named pipe (FIFO)"}, {@code "a character device"} and so on when {@code path} is a special file;
     * empty when it is a regular file, a folder, or does not exist.
     */
    public static Optional<String> special(Path path) {
        if (!Files.exists(path) || Files.isRegularFile(path) || Files.isDirectory(path)) {
            return Optional.empty();
        }
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & TYPE_BITS;
            return Optional.of(switch (mode) {
                case FIFO -> "a named pipe (FIFO)";
                case CHARACTER_DEVICE -> "a character device";
                case BLOCK_DEVICE -> "a block device";
                case SOCKET -> "a socket";
                default -> "a special file";
            });
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return Optional.of("a special file");
        }
    }

    /** The error for a special file given where a file is read: {@code is a character device, not a regular file}. */
    public static String notRegular(String kind) {
        return "is " + kind + ", not a regular file";
    }
}
