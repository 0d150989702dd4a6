package dev.baton.report;

import dev.baton.results.IterationResult;
import dev.baton.results.store.LongArray;
import dev.baton.results.store.UnnamedFile;
import dev.baton.secret.OutputBoundary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * One report's units rendered while the run goes, on the run's {@link RenderAhead} thread: each unit's text, as the
 * report's {@link UnitText} writes it, goes to a temporary file beside the report, and the walk at the end copies it
 * rather than write the unit again. A unit's text is copied only when nothing it depends on has changed since: its
 * place and context are those the walk finds, and the masks are the same object as when it was rendered (a secret
 * learned later, or a value declared public, makes every unit rendered before it be written again, so a report never
 * shows a secret that an earlier unit's text held); once more than {@value #MAX_STALE} units went stale so, the
 * rendering stops. A stopped run uses none. A failure on the render thread is kept quiet and only stops the
 * rendering: the walk writes those units itself, and says what went wrong if it goes wrong again.
 */
final class UnitsAhead implements AutoCloseable {

    /**
     * How many units may go stale before the rendering stops: a run that learns a secret in every iteration (a token
     * each) would otherwise render each unit twice.
     */
    static final int MAX_STALE = 1000;

    private final Path target;
    private final OutputBoundary output;
    private final RenderAhead thread;
    private final UnitText text;
    private final LongArray keys = new LongArray();
    private final LongArray contexts = new LongArray();
    private final LongArray ends = new LongArray();
    private Spool spool;
    private Writer encoder;
    private PrintWriter document;
    private UnitText.Units units;
    private Object masks;
    /** The first unit rendered with the masks as they are now. */
    private int currentSince;
    private volatile boolean broken;
    private int cursor;
    private int copied;

    UnitsAhead(Path target, OutputBoundary output, RenderAhead thread, UnitText text) {
        this.target = target;
        this.output = output;
        this.thread = thread;
        this.text = text;
    }

    /** A unit ended (told on the engine's thread, in plan order): renders it on the render thread when it can. */
    void unitFinished(UnitPlace place, IterationResult unit) {
        long context = text.context(place, unit);
        if (!broken) {
            thread.submit(() -> render(place, context, unit));
        }
    }

    /** A collection ended, after its units. */
    void collectionEnded(int collection, int units) {
        text.collectionEnded(collection, units);
    }

    private void render(UnitPlace place, long context, IterationResult unit) {
        if (broken) {
            return;
        }
        try {
            Object current = output.maskingState();
            if (current != masks) {
                masks = current;
                currentSince = keys.size();
                if (currentSince > MAX_STALE) {
                    broken = true;
                    return;
                }
            }
            if (units == null) {
                spool = new Spool(target);
                encoder = new Utf8Writer(spool);
                document = output.document(encoder);
                units = text.writer(document);
            }
            if (!units.write(place, context, thread.held(unit))) {
                return;
            }
            document.flush();
            encoder.flush();
            keys.add(key(place.collection(), place.ordinal()));
            contexts.add(context);
            ends.add(spool.written());
        } catch (IOException | RuntimeException | Error e) {
            broken = true;
        }
    }

    /**
     * The walk's view, once the render thread is stopped: the units rendered ahead that it may copy into
     * {@code file}. A stopped run's walk copies none.
     */
    RenderedUnits reader(ReportFile file, boolean runStopped) throws IOException {
        thread.stop();
        if (runStopped || broken || spool == null) {
            return RenderedUnits.NONE;
        }
        FileChannel rendered = spool.drained();
        return (collection, ordinal, context) -> {
            long key = key(collection, ordinal);
            while (cursor < keys.size() && keys.get(cursor) < key) {
                cursor++;
            }
            if (cursor == keys.size() || keys.get(cursor) != key || contexts.get(cursor) != context
                    || cursor < currentSince || output.maskingState() != masks) {
                return null;
            }
            long start = cursor == 0 ? 0 : ends.get(cursor - 1);
            long end = ends.get(cursor);
            cursor++;
            return () -> {
                file.append(rendered, start, end - start);
                copied++;
            };
        };
    }

    private static long key(int collection, int ordinal) {
        return (long) collection << 32 | ordinal;
    }

    /** How many units the walk copied. */
    int copied() {
        return copied;
    }

    /** Closes (so deletes) the temporary file. */
    @Override
    public void close() throws IOException {
        thread.stop();
        if (spool != null) {
            spool.close();
        }
    }

    /**
     * The temporary file the units go to, beside the report (so the copy stays on one file system), through a
     * buffer; a flush keeps the bytes in the buffer, so a unit costs no write of its own. Its name is removed as soon
     * as it is open; where the system does not allow that (Windows), it goes when it is closed.
     */
    private static final class Spool extends OutputStream {
        private static final int BUFFER = 1 << 18;
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        private long written;

        Spool(Path target) throws IOException {
            channel = UnnamedFile.open(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".units");
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            while (length > 0) {
                if (!buffer.hasRemaining()) {
                    drain();
                }
                int n = Math.min(length, buffer.remaining());
                buffer.put(bytes, offset, n);
                offset += n;
                length -= n;
                written += n;
            }
        }

        /** How many bytes were written, to the file or the buffer. */
        long written() {
            return written;
        }

        /** The file, with every byte written in it. */
        FileChannel drained() throws IOException {
            drain();
            return channel;
        }

        private void drain() throws IOException {
            buffer.flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
