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
 * character references (named, decimal, hex), and Base64 or Base64URL (RFC 4648 §4, §5): a run of at least
 * {@link #BASE64_RUN} characters of either alphabet, standing between other characters, that decodes to text (valid
 * UTF-8 without control characters other than white space), as a token or a secret encoded once more does. A
 * sequence that does not decode is kept as it is.
 */
final class Decoded {

    /** One way of decoding, and the character whose presence means it may apply. */
    enum Decoding {
        PERCENT('%'), FORM('+'), JSON('\\'), HTML('&'), BASE64('\0');

        private final char trigger;

        Decoding(char trigger) {
            this.trigger = trigger;
        }

        boolean applies(String text) {
            if (this == BASE64) {
                return hasBase64Run(text);
            }
            return text.indexOf(trigger) >= 0 || this == FORM && text.indexOf('%') >= 0;
        }
    }

    /** The shortest run of Base64 characters that is decoded: the Base64 of 6 bytes. */
    static final int BASE64_RUN = 8;

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
            case BASE64 -> base64(out);
        }
        return out.build();
    }

    private static boolean hasBase64Run(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = SecretForms.isBase64(text.charAt(i)) ? run + 1 : 0;
            if (run >= BASE64_RUN) {
                return true;
            }
        }
        return false;
    }

    /**
     * The original with every run of Base64 decoded to its bytes, each byte one character (as ISO-8859-1 reads it),
     * whether the bytes are text or not: a token inside binary data that was Base64-encoded is found in it.
     */
    static Decoded base64Bytes(String text) {
        Decoded original = identity(text);
        Builder out = original.new Builder(text.length());
        original.base64Runs(out, (start, end) -> {
            byte[] bytes = original.base64Bytes(start, end);
            for (int b = 0; b < bytes.length; b++) {
                out.add((char) (bytes[b] & 0xFF), start + 8 * b / 6, start + (8 * (b + 1) - 1) / 6 + 1);
            }
            return true;
        });
        return out.build();
    }

    /** What to do with one run of Base64 characters: add what it decodes to and answer true, or answer false. */
    @FunctionalInterface
    private interface RunDecoder {
        boolean decode(int start, int end);
    }

    private void base64(Builder out) {
        base64Runs(out, (start, end) -> base64Run(out, start, end));
    }

    /** Each run of Base64 long enough given to {@code decoder}; the rest, and each run it refuses, kept as it is. */
    private void base64Runs(Builder out, RunDecoder decoder) {
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && SecretForms.isBase64(text.charAt(end))) {
                end++;
            }
            if (end - i < BASE64_RUN || !decoder.decode(i, end)) {
                for (int k = i; k < Math.max(end, i + 1); k++) {
                    out.add(text.charAt(k), k, k + 1);
                }
            }
            i = Math.max(end, i + 1);
        }
    }

    private byte[] base64Bytes(int start, int end) {
        byte[] bytes = new byte[(end - start) * 6 / 8];
        int buffer = 0;
        int bits = 0;
        int n = 0;
        for (int k = start; k < end; k++) {
            buffer = buffer << 6 | base64Value(text.charAt(k));
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                bytes[n++] = (byte) (buffer >> bits);
                buffer &= (1 << bits) - 1;
            }
        }
        return bytes;
    }

    /**
     * Adds the text that {@code text[start, end)} decodes to, each character mapped to the Base64 characters that
     * hold its bytes' bits; adds nothing and answers false when the bytes are not text.
     */
    private boolean base64Run(Builder out, int start, int end) {
        byte[] bytes = base64Bytes(start, end);
        int n = bytes.length;
        StringBuilder chars = new StringBuilder(n);
        int[] from = new int[n];
        int[] to = new int[n];
        int b = 0;
        while (b < n) {
            int lead = bytes[b] & 0xFF;
            int length = lead < 0x80 ? 1 : lead >= 0xC2 && lead < 0xE0 ? 2 : lead >= 0xE0 && lead < 0xF0 ? 3
                    : lead >= 0xF0 && lead < 0xF5 ? 4 : 0;
            if (length == 0 || b + length > n || lead < 0x20 && lead != '\t' && lead != '\n' && lead != '\r'
                    || lead == 0x7F) {
                return false;
            }
            for (int k = 1; k < length; k++) {
                if ((bytes[b + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            String decoded = new String(bytes, b, length, StandardCharsets.UTF_8);
            for (int k = 0; k < decoded.length(); k++) {
                int at = chars.length();
                chars.append(decoded.charAt(k));
                from[at] = start + 8 * b / 6;
                to[at] = start + (8 * (b + length) - 1) / 6 + 1;
            }
            b += length;
        }
        for (int k = 0; k < chars.length(); k++) {
            out.add(chars.charAt(k), from[k], to[k]);
        }
        return true;
    }

    private static int base64Value(char c) {
        return c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' + 26 : c >= '0' && c <= '9'
                ? c - '0' + 52 : c == '+' || c == '-' ? 62 : 63;
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
