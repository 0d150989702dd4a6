package dev.baton.secret;

import org.jsoup.nodes.Entities;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A text with one encoding undone, each of its characters mapped back to the span of the original it came from, so
 * that a secret found in the decoded text can be masked where it stands in the original.
 *
 * <p>The decodings are those a secret meets on its way to an output: percent-encoding (RFC 3986 §2.1, with
 * {@code +} for a space as HTML form encoding writes it, or literal as in a path), JSON string escapes
 * (RFC 8259 §7: {@code \"}, {@code \\}, {@code \/}, {@code \n}..., {@code \}{@code uXXXX} in either case) and HTML
 * character references (named, decimal, hex). A sequence that does not decode is kept as it is.
 */
final class Decoded {

    /** One way of decoding, and the character whose presence means it may apply. */
    enum Decoding {
        PERCENT('%'), FORM('+'), JSON('\\'), HTML('&');

        private final char trigger;

        Decoding(char trigger) {
            this.trigger = trigger;
        }

        boolean applies(String text) {
            return text.indexOf(trigger) >= 0 || this == FORM && text.indexOf('%') >= 0;
        }
    }

    final String text;
    /** Where each character of {@link #text} starts in the original; {@code null} for the original itself. */
    private final int[] from;
    /** Where each character of {@link #text} ends in the original (exclusive). */
    private final int[] to;

    private Decoded(String text, int[] from, int[] to) {
        this.text = text;
        this.from = from;
        this.to = to;
    }

    /** The original, not decoded. */
    static Decoded identity(String text) {
        return new Decoded(text, null, null);
    }

    /** Where the character at {@code index} of this text starts in the original. */
    int originalStart(int index) {
        return from == null ? index : from[index];
    }

    /** Where the characters before {@code end} of this text end in the original. */
    int originalEnd(int end) {
        return to == null ? end : to[end - 1];
    }

    /** This text decoded once more; spans still point into the original. */
    Decoded then(Decoding decoding) {
        Builder out = new Builder(text.length());
        switch (decoding) {
            case PERCENT -> percent(out, false);
            case FORM -> percent(out, true);
            case JSON -> json(out);
            case HTML -> html(out);
        }
        return out.build();
    }

    private void percent(Builder out, boolean plusIsSpace) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%' && hexByte(i) >= 0) {
                i = percentRun(out, i);
            } else {
                out.add(plusIsSpace && c == '+' ? ' ' : c, i, i + 1);
                i++;
            }
        }
    }

    /** Decodes a run of {@code %XX} as UTF-8; a byte that does not start a valid sequence is kept as Latin-1. */
    private int percentRun(Builder out, int start) {
        int i = start;
        while (i < text.length() && text.charAt(i) == '%' && hexByte(i) >= 0) {
            int lead = hexByte(i);
            int length = lead < 0x80 ? 1 : lead >= 0xC2 && lead < 0xE0 ? 2 : lead >= 0xE0 && lead < 0xF0 ? 3
                    : lead >= 0xF0 && lead < 0xF5 ? 4 : 0;
            byte[] bytes = new byte[Math.max(1, length)];
            bytes[0] = (byte) lead;
            boolean whole = length > 0;
            for (int k = 1; whole && k < length; k++) {
                int at = i + 3 * k;
                int next = at < text.length() && text.charAt(at) == '%' ? hexByte(at) : -1;
                whole = next >= 0x80 && next < 0xC0;
                if (whole) {
                    bytes[k] = (byte) next;
                }
            }
            if (whole) {
                String decoded = new String(bytes, StandardCharsets.UTF_8);
                for (int k = 0; k < decoded.length(); k++) {
                    out.add(decoded.charAt(k), i, i + 3 * length);
                }
                i += 3 * length;
            } else {
                out.add((char) lead, i, i + 3);
                i += 3;
            }
        }
        return i;
    }

    private int hexByte(int percentAt) {
        if (percentAt + 2 >= text.length()) {
            return -1;
        }
        int high = Character.digit(text.charAt(percentAt + 1), 16);
        int low = Character.digit(text.charAt(percentAt + 2), 16);
        return high < 0 || low < 0 ? -1 : high * 16 + low;
    }

    private void json(Builder out) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                out.add(c, i, i + 1);
                i++;
                continue;
            }
            char e = text.charAt(i + 1);
            char plain = switch (e) {
                case '"', '\\', '/', '\'' -> e;
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                case 'b' -> '\b';
                case 'f' -> '\f';
                default -> 0;
            };
            if (plain != 0) {
                out.add(plain, i, i + 2);
                i += 2;
            } else if (e == 'u' && i + 6 <= text.length() && isHex(text, i + 2, i + 6)) {
                out.add((char) Integer.parseInt(text.substring(i + 2, i + 6), 16), i, i + 6);
                i += 6;
            } else {
                out.add(c, i, i + 1);
                i++;
            }
        }
    }

    private void html(Builder out) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = c == '&' ? reference(i) : -1;
            if (end < 0) {
                out.add(c, i, i + 1);
                i++;
                continue;
            }
            String decoded = referenceValue(text.substring(i + 1, text.charAt(end - 1) == ';' ? end - 1 : end));
            for (int k = 0; k < decoded.length(); k++) {
                out.add(decoded.charAt(k), i, end);
            }
            i = end;
        }
    }

    /** The end of a character reference starting at {@code amp}, or -1 when there is none. */
    private int reference(int amp) {
        int i = amp + 1;
        boolean numeric = i < text.length() && text.charAt(i) == '#';
        boolean hex = numeric && i + 1 < text.length() && (text.charAt(i + 1) == 'x' || text.charAt(i + 1) == 'X');
        int digits = numeric ? i + (hex ? 2 : 1) : i;
        int j = digits;
        while (j < text.length() && j - digits < 32 && (numeric ? Character.digit(text.charAt(j), hex ? 16 : 10) >= 0
                : Character.isLetterOrDigit(text.charAt(j)))) {
            j++;
        }
        if (j == digits) {
            return -1;
        }
        boolean semicolon = j < text.length() && text.charAt(j) == ';';
        if (numeric) {
            return referenceValue(text.substring(amp + 1, j)).isEmpty() ? -1 : semicolon ? j + 1 : j;
        }
        return semicolon && Entities.isNamedEntity(text.substring(i, j)) ? j + 1 : -1;
    }

    /** {@code #65}, {@code #x41} or {@code amp} as the text it stands for; empty when it stands for nothing. */
    private static String referenceValue(String reference) {
        if (!reference.startsWith("#")) {
            return Entities.getByName(reference);
        }
        boolean hex = reference.length() > 1 && (reference.charAt(1) == 'x' || reference.charAt(1) == 'X');
        try {
            int codePoint = Integer.parseInt(reference.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : "";
        } catch (NumberFormatException tooLong) {
            return "";
        }
    }

    private static boolean isHex(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Collects decoded characters with their spans in this text, and maps them on to the original. */
    private final class Builder {
        private final StringBuilder chars;
        private int[] starts;
        private int[] ends;

        Builder(int capacity) {
            chars = new StringBuilder(capacity);
            starts = new int[capacity];
            ends = new int[capacity];
        }

        void add(char c, int start, int end) {
            int n = chars.length();
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2 + 1);
                ends = Arrays.copyOf(ends, n * 2 + 1);
            }
            starts[n] = originalStart(start);
            ends[n] = originalEnd(end);
            chars.append(c);
        }

        Decoded build() {
            int n = chars.length();
            return new Decoded(chars.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
        }
    }
}
