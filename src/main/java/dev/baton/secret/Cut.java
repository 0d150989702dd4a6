package dev.baton.secret;

/**
 * Long values in messages are cut short for display, but only after masking: a secret that crosses the cut would
 * otherwise be shown in part. So a message marks a long value instead of cutting it, and {@link OutputBoundary}
 * cuts each marked value once the text is masked.
 */
public final class Cut {

    static final char PLAIN = '\uFDD0';
    static final char QUOTED = '\uFDD2';
    static final char END = '\uFDD1';

    private Cut() {
    }

    /** The value, to be cut at {@code limit} characters with a note of how many were left out. */
    public static String plain(String value, int limit) {
        return PLAIN + String.valueOf((char) limit) + value + END;
    }

    /**
     * A quoted value ({@code "..."}, its quotes included), to be cut inside its quotes at {@code limit} characters:
     * {@code "abc"... (12 more chars)}.
     */
    public static String quoted(String quotedValue, int limit) {
        return QUOTED + String.valueOf((char) limit) + quotedValue + END;
    }

    /** The text with every marked value cut to its limit and the marks removed. */
    static String apply(String text) {
        int start = nextMark(text, 0);
        if (start < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int done = 0;
        while (start >= 0) {
            int end = text.indexOf(END, start + 2);
            if (end < 0) {
                break;
            }
            out.append(text, done, start);
            int limit = text.charAt(start + 1);
            String value = text.substring(start + 2, end);
            out.append(text.charAt(start) == QUOTED ? cutQuoted(value, limit) : cutPlain(value, limit));
            done = end + 1;
            start = nextMark(text, done);
        }
        out.append(text, done, text.length());
        return out.toString();
    }

    /** Whether these characters open a marked value. */
    static boolean marks(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (chars[i] == PLAIN || chars[i] == QUOTED) {
                return true;
            }
        }
        return false;
    }

    /** Whether these characters of the text open a marked value. */
    static boolean marks(String text, int offset, int length) {
        int end = offset + length;
        if (end == text.length()) {
            return text.indexOf(PLAIN, offset) >= 0 || text.indexOf(QUOTED, offset) >= 0;
        }
        for (int i = offset; i < end; i++) {
            char c = text.charAt(i);
            if (c == PLAIN || c == QUOTED) {
                return true;
            }
        }
        return false;
    }

    private static int nextMark(String text, int from) {
        int plain = text.indexOf(PLAIN, from);
        int quoted = text.indexOf(QUOTED, from);
        return plain < 0 ? quoted : quoted < 0 ? plain : Math.min(plain, quoted);
    }

    private static String cutPlain(String value, int limit) {
        return value.length() <= limit ? value : value.substring(0, limit) + more(value.length() - limit);
    }

    private static String cutQuoted(String value, int limit) {
        boolean quoted = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"");
        if (!quoted) {
            return cutPlain(value, limit);
        }
        String inner = value.substring(1, value.length() - 1);
        return inner.length() <= limit ? value : "\"" + inner.substring(0, limit) + "\"" + more(inner.length() - limit);
    }

    private static String more(int leftOut) {
        return "... (" + leftOut + " more chars)";
    }
}
