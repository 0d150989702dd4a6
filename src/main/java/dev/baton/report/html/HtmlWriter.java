package dev.baton.report.html;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes HTML elements as they are opened and closed, with no document built, escaping as the HTML standard's
 * serialization does: {@code &}, {@code <}, {@code >} and no-break spaces in text; those and both quotes in attribute
 * values, which are always quoted. Every other character beyond ASCII is written as a numeric character reference,
 * so the page is ASCII whatever the run's text (and cheap to gather and encode). A {@code pre} whose text starts with
 * a line break gets one more, which the parser drops. The markup is gathered in memory and handed to the writer at
 * {@link #flush()}, in one piece a step.
 */
final class HtmlWriter {

    private static final boolean[] PLAIN_IN_TEXT = plainAscii(false);
    private static final boolean[] PLAIN_IN_ATTRIBUTE = plainAscii(true);

    private final PrintWriter out;
    private final StringBuilder buffer = new StringBuilder(4096);
    private final Deque<String> open = new ArrayDeque<>();
    private boolean inStartTag;
    private boolean freshPre;

    HtmlWriter(PrintWriter out) {
        this.out = out;
    }

    /** A writer whose markup is taken with {@link #markup()} rather than flushed. */
    static HtmlWriter detached() {
        return new HtmlWriter(null);
    }

    /** Starts an element; attributes may follow until its content or its end. */
    HtmlWriter open(String tag) {
        endStartTag();
        buffer.append('<');
        buffer.append(tag);
        open.push(tag);
        inStartTag = true;
        return this;
    }

    /** Starts an element with these classes (space-separated). */
    HtmlWriter open(String tag, String classes) {
        return open(tag).attr("class", classes);
    }

    /** An attribute of the element just started. */
    HtmlWriter attr(String name, String value) {
        buffer.append(' ');
        buffer.append(name);
        buffer.append("=\"");
        escape(value, true);
        buffer.append('"');
        return this;
    }

    /** A boolean attribute ({@code open}) of the element just started. */
    HtmlWriter attr(String name) {
        buffer.append(' ');
        buffer.append(name);
        return this;
    }

    /** Text in the element open now. */
    HtmlWriter text(String text) {
        endStartTag();
        if (freshPre && text.startsWith("\n")) {
            buffer.append('\n');
        }
        freshPre = false;
        escape(text, false);
        return this;
    }

    /** Markup or style written as it is, unescaped: Baton's own, never a value of the run. */
    HtmlWriter raw(String markup) {
        endStartTag();
        freshPre = false;
        buffer.append(markup);
        return this;
    }

    /** Hands what was written so far to the writer, and flushes it. */
    void flush() {
        out.write(buffer.toString());
        buffer.setLength(0);
        out.flush();
    }

    /** What was written so far. */
    String markup() {
        return buffer.toString();
    }

    /** Ends the element opened last. */
    HtmlWriter close() {
        endStartTag();
        freshPre = false;
        String tag = open.pop();
        if (!isVoid(tag)) {
            buffer.append("</");
            buffer.append(tag);
            buffer.append('>');
        }
        return this;
    }

    /** A whole element holding text: {@code <tag class="classes">text</tag>}. */
    HtmlWriter element(String tag, String classes, String text) {
        return open(tag, classes).text(text).close();
    }

    /** A whole element holding text, with no attribute. */
    HtmlWriter element(String tag, String text) {
        return open(tag).text(text).close();
    }

    /** Whether the element has no end tag. */
    private static boolean isVoid(String tag) {
        return switch (tag) {
            case "img", "input", "meta", "br", "hr", "link" -> true;
            default -> false;
        };
    }

    private void endStartTag() {
        if (inStartTag) {
            buffer.append('>');
            inStartTag = false;
            freshPre = open.peek().equals("pre");
        }
    }

    private void escape(String text, boolean attribute) {
        boolean[] plain = attribute ? PLAIN_IN_ATTRIBUTE : PLAIN_IN_TEXT;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 && plain[c]) {
                continue;
            }
            buffer.append(text, from, i);
            if (c < 0x80) {
                buffer.append(entity(c, attribute));
            } else if (c == '\u00a0') {
                buffer.append("&nbsp;");
            } else {
                int codePoint = text.codePointAt(i);
                buffer.append("&#").append(codePoint).append(';');
                i += Character.charCount(codePoint) - 1;
            }
            from = i + 1;
        }
        buffer.append(text, from, text.length());
    }

    /** Which ASCII characters text or an attribute value shows as they are. */
    private static boolean[] plainAscii(boolean attribute) {
        boolean[] plain = new boolean[0x80];
        for (char c = 0; c < plain.length; c++) {
            plain[c] = entity(c, attribute) == null;
        }
        return plain;
    }

    private static String entity(char c, boolean attribute) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> attribute ? "&quot;" : null;
            case '\'' -> attribute ? "&#39;" : null;
            default -> null;
        };
    }
}
