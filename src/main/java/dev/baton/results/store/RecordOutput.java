package dev.baton.results.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** One record being encoded, in a buffer that is reused for the next. Big-endian, as {@link RecordInput} reads. */
final class RecordOutput {

    private byte[] bytes = new byte[4096];
    private int size;

    /** Starts a new record. */
    RecordOutput reset() {
        size = 0;
        return this;
    }

    byte[] bytes() {
        return bytes;
    }

    int size() {
        return size;
    }

    void string(String value) {
        if (value == null) {
            integer(-1);
            return;
        }
        byte[] text = value.getBytes(StandardCharsets.UTF_8);
        integer(text.length);
        room(text.length);
        System.arraycopy(text, 0, bytes, size, text.length);
        size += text.length;
    }

    void integer(int value) {
        room(4);
        bytes[size++] = (byte) (value >>> 24);
        bytes[size++] = (byte) (value >>> 16);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    void number(long value) {
        integer((int) (value >>> 32));
        integer((int) value);
    }

    void flag(boolean value) {
        room(1);
        bytes[size++] = (byte) (value ? 1 : 0);
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
