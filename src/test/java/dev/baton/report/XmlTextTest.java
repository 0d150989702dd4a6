package dev.baton.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** What an XML 1.0 document can hold (XML 1.0 §2.2, Char). */
class XmlTextTest {

    @Test
    void textItCanHoldIsKept() {
        String plain = "tab\there, lines\r\n, <&> \u00e9 \u4e2d";
        assertSame(plain, XmlText.of(plain));
        String beyond = "\ud83d\ude00 \ue000 \ufffd";
        assertEquals(beyond, XmlText.of(beyond));
    }

    @Test
    void controlCharactersNoncharactersAndLoneSurrogatesAreReplaced() {
        assertEquals("a\ufffdb\ufffdc", XmlText.of("a\u0001b\u001fc"));
        assertEquals("x\ufffd\ufffdy", XmlText.of("x\ufffe\uffffy"));
        assertEquals("\ud83d\ude00 \ufffd \ufffd", XmlText.of("\ud83d\ude00 \ud83d \ude00"));
        assertEquals("\ufffd\ud83d\ude00", XmlText.of("\u0000\ud83d\ude00"));
    }
}
