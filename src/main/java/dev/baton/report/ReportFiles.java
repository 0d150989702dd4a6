package dev.baton.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/** Writing report files safely: checked before the run, written to a temporary file, renamed into place. */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** The absolute target, after checking that it is not a folder and that its folder can be made. */
    public static Path checkTarget(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new IOException(target + " is a directory; give a file name such as " + target.resolve("baton.xml"));
        }
        Files.createDirectories(absolute.getParent());
        if (!Files.isWritable(absolute.getParent())) {
            throw new IOException("cannot write in " + absolute.getParent());
        }
        return absolute;
    }

    /** Writes a report readable by others: to a temporary file beside the target, renamed over the target. */
    public static void writeAtomically(Path target, String content) throws IOException {
        write(target, content, false);
    }

    /** Like {@link #writeAtomically}, but readable by the user alone, for files that may hold secrets. */
    public static void writePrivately(Path target, String content) throws IOException {
        write(target, content, true);
    }

    private static void write(Path target, String content, boolean privateFile) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            if (!privateFile && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Deletes a folder and what it holds; a folder already gone is fine. */
    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
