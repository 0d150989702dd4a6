package dev.baton.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Report targets, checked before the run sends anything. */
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
}
