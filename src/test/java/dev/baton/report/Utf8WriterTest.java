package dev.baton.report;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class Utf8WriterTest {

    private static final String PIECES = "a<&\u00e9\u20ac\ud83d\ude00\ud800\udc00\ud83d\u0000\n";

    @Test
    void writesWhatTheJdkEncoderWritesWhereverTheTextIsCut() throws Exception {
        Random random = new Random(42);
        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(PIECES.charAt(random.nextInt(PIECES.length())));
            }
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            ByteArrayOutputStream actual = new ByteArrayOutputStream();
            try (Writer jdk = new OutputStreamWriter(expected, StandardCharsets.UTF_8);
                 Writer ours = new Utf8Writer(actual)) {
                int at = 0;
                while (at < text.length()) {
                    int n = 1 + random.nextInt(text.length() - at);
                    String piece = text.substring(at, at + n);
                    switch (random.nextInt(3)) {
                        case 0 -> {
                            jdk.write(piece);
                            ours.write(piece);
                        }
                        case 1 -> {
                            jdk.write(piece.toCharArray(), 0, n);
                            ours.write(piece.toCharArray(), 0, n);
                        }
                        default -> {
                            jdk.write(("xx" + piece), 2, n);
                            ours.write(("xx" + piece), 2, n);
                        }
                    }
                    at += n;
                }
            }
            assertArrayEquals(expected.toByteArray(), actual.toByteArray(), () -> "text: " + text.codePoints()
                    .mapToObj(Integer::toHexString).toList());
        }
    }
}
