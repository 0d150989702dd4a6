package dev.baton.report.html;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Writes HTML elements straight to a writer as they are opened and closed, escaping as the HTML standard's
 * serialization does: {@code &}, {@code <}, {@code >} and no-break spaces in text; those and both quotes in attribute
 * values, which are always quoted. A {@code pre} whose text starts with a line break gets one more, which the parser
 * drops.
 */
final class HtmlWriter {

    private static final Set<String> VOID = Set.of("img", "input", "meta", "br", "hr", "link");

    private final PrintWriter out;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean inStartTag;
    private boolean freshPre;

    HtmlWriter(PrintWriter out) {
        this.out = out;
    }

    /** Starts an element; attributes may follow until its content or its end. */
    HtmlWriter open(String tag) {
        endStartTag();
        out.write('<');
        out.write(tag);
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
        out.write(' ');
        out.write(name);
        out.write("=\"");
        escape(value, true);
        out.write('"');
        return this;
    }

    /** A boolean attribute ({@code open}) of the element just started. */
    HtmlWriter attr(String name) {
        out.write(' ');
        out.write(name);
        return this;
    }

    /** Text in the element open now. */
    HtmlWriter text(String text) {
        endStartTag();
        if (freshPre && text.startsWith("\n")) {
            out.write('\n');
        }
        freshPre = false;
        escape(text, false);
        return this;
    }

    /** Markup or style written as it is, unescaped: Baton's own, never a value of the run. */
    HtmlWriter raw(String markup) {
        endStartTag();
        freshPre = false;
        out.write(markup);
        return this;
    }

    /** Ends the element opened last. */
    HtmlWriter close() {
        endStartTag();
        freshPre = false;
        String tag = open.pop();
        if (!VOID.contains(tag)) {
            out.write("</");
            out.write(tag);
            out.write('>');
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

    private void endStartTag() {
        if (inStartTag) {
            out.write('>');
            inStartTag = false;
            freshPre = open.peek().equals("pre");
        }
    }

    private void escape(String text, boolean attribute) {
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            String entity = entity(text.charAt(i), attribute);
            if (entity != null) {
                out.write(text, from, i - from);
                out.write(entity);
                from = i + 1;
            }
        }
        out.write(text, from, text.length() - from);
    }

    private static String entity(char c, boolean attribute) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '\u00a0' -> "&nbsp;";
            case '"' -> attribute ? "&quot;" : null;
            case '\'' -> attribute ? "&#39;" : null;
            default -> null;
        };
    }
}
