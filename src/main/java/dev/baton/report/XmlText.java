package dev.baton.report;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Text an XML 1.0 document can hold, and the writer the XML reports are written with. Text: each character XML 1.0
 * does not allow (most control characters, unpaired surrogates, U+FFFE and U+FFFF) becomes U+FFFD, so a response or
 * message with such characters never makes a report that parsers refuse.
 */
public final class XmlText {

    private XmlText() {
    }

    /** The text, with every character XML 1.0 cannot hold replaced; the same string when there is none. */
    public static String of(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? !whitespace(c) : c >= 0xD800) {
                return replaced(text, i);
            }
        }
        return text;
    }

    /**
     * A StAX writer onto {@code out} through a buffer of its own, so the many small pieces it writes reach
     * {@code out} (and the output boundary behind it) a few kilobytes at a time; {@code flush()} hands them over.
     */
    public static XMLStreamWriter streamWriter(Writer out) throws IOException {
        try {
            return XMLOutputFactory.newFactory().createXMLStreamWriter(new TextBuffer(out));
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
    }

    private static String replaced(String text, int from) {
        StringBuilder safe = new StringBuilder(text.length()).append(text, 0, from);
        text.substring(from).codePoints().forEach(c -> safe.appendCodePoint(allowed(c) ? c : 0xFFFD));
        return safe.toString();
    }

    private static boolean whitespace(char c) {
        return c == 0x9 || c == 0xA || c == 0xD;
    }

    private static boolean allowed(int c) {
        return c < 0x20 ? whitespace((char) c)
                : c <= 0xD7FF || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
