package dev.baton.report;

import java.io.IOException;
import java.io.Writer;

/**
 * A buffer of characters in front of a writer, for a report's generator on one thread: the StAX writers hand their
 * text over a character at a time, and Jackson a string with characters to escape in pieces, which a
 * {@link java.io.BufferedWriter} would take under its lock one by one. {@link #flush()} hands the buffer to the
 * writer and flushes it; {@link #close()} flushes but leaves the writer open, as the report's file closes it.
 */
public final class TextBuffer extends Writer {

    private static final int SIZE = 1 << 14;

    private final Writer out;
    private final char[] buffer = new char[SIZE];
    private int used;

    public TextBuffer(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (used == SIZE) {
            drain();
        }
        buffer[used++] = (char) c;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (makeRoom(length)) {
            System.arraycopy(chars, offset, buffer, used, length);
            used += length;
        } else {
            out.write(chars, offset, length);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        if (makeRoom(length)) {
            text.getChars(offset, offset + length, buffer, used);
            used += length;
        } else {
            out.write(text, offset, length);
        }
    }

    /** Makes room for {@code length} characters; false, with the buffer drained, for a piece larger than it. */
    private boolean makeRoom(int length) throws IOException {
        if (length > SIZE - used) {
            drain();
        }
        return length < SIZE;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    private void drain() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }
}
