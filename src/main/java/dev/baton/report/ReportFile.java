package dev.baton.report;

import dev.baton.secret.OutputBoundary;

import java.io.IOException;
import java.io.BufferedOutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A report file being written: its text goes through the output boundary into a temporary file beside the target,
 * which {@link #commit()} moves over the target in one step, so a reader never sees half a report and an older
 * report is kept until the new one is whole.
 */
public final class ReportFile implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final Writer encoder;
    private final PrintWriter writer;
    private final boolean privateFile;
    private boolean committed;

    private ReportFile(Path target, Path temp, OutputBoundary boundary, boolean privateFile) throws IOException {
        this.target = target;
        this.temp = temp;
        this.channel = FileChannel.open(temp, StandardOpenOption.WRITE);
        this.encoder = new Utf8Writer(new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER));
        this.writer = boundary.document(encoder);
        this.privateFile = privateFile;
    }

    /** A report readable by others; its writer masked each value as it put it in ({@link OutputBoundary#document}). */
    public static ReportFile create(Path target, OutputBoundary boundary) throws IOException {
        return open(target, boundary, false);
    }

    /** The same, readable by the user alone: for files that may hold secrets the user asked to be written. */
    public static ReportFile createPrivate(Path target, OutputBoundary boundary) throws IOException {
        return open(target, boundary, true);
    }

    private static ReportFile open(Path target, OutputBoundary boundary, boolean privateFile) throws IOException {
        Path temp = temp(target);
        try {
            return new ReportFile(target, temp, boundary, privateFile);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    private static Path temp(Path target) throws IOException {
        return Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
    }

    /** Where the text goes; flushed (so masked) at {@link #commit()}. */
    public PrintWriter writer() {
        return writer;
    }

    /**
     * Appends {@code count} bytes of {@code from}, from {@code position} on, after what was written so far: text
     * that was masked when it was written (see {@link UnitsAhead}).
     */
    void append(FileChannel from, long position, long count) throws IOException {
        writer.flush();
        encoder.flush();
        long done = 0;
        while (done < count) {
            long n = from.transferTo(position + done, count - done, channel);
            if (n <= 0) {
                throw new IOException("cannot copy to " + temp);
            }
            done += n;
        }
    }

    /** Moves what was written over the target. */
    public void commit() throws IOException {
        writer.close();
        channel.close();
        if (writer.checkError()) {
            throw new IOException("cannot write " + temp);
        }
        if (!privateFile && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                writer.close();
                channel.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
