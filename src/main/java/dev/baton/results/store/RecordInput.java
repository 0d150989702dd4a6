package dev.baton.results.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Reads back a record that {@link RecordOutput} wrote. */
final class RecordInput {

    private final ByteBuffer in;

    RecordInput(byte[] record) {
        this.in = ByteBuffer.wrap(record);
    }

    String string() {
        int length = in.getInt();
        if (length < 0) {
            return null;
        }
        String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    int integer() {
        return in.getInt();
    }

    long number() {
        return in.getLong();
    }

    boolean flag() {
        return in.get() != 0;
    }
}
