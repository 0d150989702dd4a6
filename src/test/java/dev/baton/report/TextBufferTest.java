package dev.baton.report;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A text buffer hands on every character in order, whatever the sizes of the pieces, and only when it must. */
class TextBufferTest {

    @Test
    void piecesOfEverySizeArriveInOrder() throws IOException {
        Random random = new Random(5);
        StringWriter target = new StringWriter();
        StringBuilder expected = new StringBuilder();
        TextBuffer buffer = new TextBuffer(target);
        for (int i = 0; i < 3000; i++) {
            int length = random.nextInt(i % 100 == 0 ? 40_000 : 300);
            StringBuilder piece = new StringBuilder();
            for (int c = 0; c < length; c++) {
                piece.append((char) ('a' + random.nextInt(26)));
            }
            String text = "<" + piece + ">";
            switch (i % 3) {
                case 0 -> buffer.write(text.charAt(0));
                case 1 -> buffer.write(text.toCharArray(), 0, text.length());
                default -> buffer.write(text, 0, text.length());
            }
            expected.append(i % 3 == 0 ? text.substring(0, 1) : text);
            if (i % 500 == 0) {
                buffer.flush();
                assertEquals(expected.toString(), target.toString(), "after a flush, everything so far");
            }
        }
        buffer.close();
        assertEquals(expected.toString(), target.toString());
    }

    @Test
    void smallPiecesWaitForAFlush() throws IOException {
        StringWriter target = new StringWriter();
        TextBuffer buffer = new TextBuffer(target);
        buffer.write("<a x=\"1\">");
        buffer.write('z');
        assertEquals("", target.toString());
        buffer.flush();
        assertEquals("<a x=\"1\">z", target.toString());
    }
}
