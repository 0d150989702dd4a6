package dev.baton.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Encodes text as UTF-8 onto a stream as it comes, with no buffer of characters: a string with {@link
 * String#getBytes} (which copies an ASCII string's bytes as they are), an array with the JDK's encoder, whereas a
 * buffered writer over an encoder copies each character twice.
 * A high surrogate at the end of one write waits for the low one that opens the next; an unpaired surrogate becomes
 * {@code ?}, as with the JDK's encoder. Not thread-safe: the output boundary's writer in front of it holds the lock.
 */
final class Utf8Writer extends Writer {

    private final OutputStream out;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 13);
    private char pendingHigh;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        if (length > 0) {
            put(offset == 0 && length == text.length() ? text : text.substring(offset, offset + length));
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        while (pendingHigh != 0 && length > 0) {
            put(new String(chars, offset, 1));
            offset++;
            length--;
        }
        if (length == 0) {
            return;
        }
        CharBuffer in = CharBuffer.wrap(chars, offset, length);
        while (encoder.encode(in, bytes, false).isOverflow()) {
            drain();
        }
        if (in.hasRemaining()) {
            pendingHigh = in.get();
        }
        drain();
    }

    private void drain() throws IOException {
        out.write(bytes.array(), 0, bytes.position());
        bytes.clear();
    }

    @Override
    public void write(int c) throws IOException {
        put(String.valueOf((char) c));
    }

    private void put(String text) throws IOException {
        if (pendingHigh != 0) {
            text = pendingHigh + text;
            pendingHigh = 0;
        }
        char last = text.charAt(text.length() - 1);
        if (Character.isHighSurrogate(last)) {
            pendingHigh = last;
            text = text.substring(0, text.length() - 1);
        }
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Hands what was written to the stream, but a high surrogate still waiting for its pair. */
    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            if (pendingHigh != 0) {
                pendingHigh = 0;
                out.write('?');
            }
        } finally {
            out.close();
        }
    }
}
