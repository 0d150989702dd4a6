package dev.baton.secret;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON Web Tokens found by their shape (three Base64URL parts, the first starting {@code eyJ}, which is {@code {"}),
 * registered or not, in one text a {@link Masking} masks: whole or before a cut mark, as they are or upper-cased, in
 * each view the masking searches (percent-encoded, JSON-escaped, HTML references, Base64, and two of these), in hex of
 * either case, and inside Base64 of binary data. Values declared public are left.
 *
 * <p>{@link #mayHold} tells in one pass whether a text holds the start of a token in any of these forms; a text that
 * does not is not decoded for tokens, so output without tokens costs one look at each character.
 */
final class TokenShapes {

    /** A JSON Web Token, signed (three parts) or encrypted (five). */
    static final Pattern JWT = whole("eyJ", "A-Za-z0-9_-");
    /** A JSON Web Token upper-cased, as a server that shouts echoes it. */
    private static final Pattern UPPER_JWT = whole("EYJ", "A-Z0-9_-");
    private static final Pattern CUT_JWT = cut("eyJ", "A-Za-z0-9_-");
    private static final Pattern CUT_UPPER_JWT = cut("EYJ", "A-Z0-9_-");
    private static final List<Pattern> SHAPES = List.of(JWT, UPPER_JWT, CUT_JWT, CUT_UPPER_JWT);
    /**
     * The Base64 characters that {@code eyJ} gives at each of its three alignments (the core {@link SecretForms}
     * finds for it); written out, not worked out at start-up, and checked against {@link SecretForms} by a test.
     */
    static final List<String> IN_BASE64 = List.of("ZXlK", "V5S", "leU");
    /** The same for each of those, as Base64 of Base64 shows a token's start. */
    static final List<String> IN_BASE64_TWICE = List.of("WlhsS", "pYbE", "aWGxL", "VjVT", "Y1U", "WNV", "bGVV", "xlV",
            "sZV");
    /** {@code eyJ} and {@code EYJ} in hex, either case. */
    private static final List<String> IN_HEX = List.of("65794a", "65794A", "45594a", "45594A");
    /**
     * The starts of a token as it is, upper-cased, in Base64 (once or twice) and in hex, filed by their first
     * character.
     */
    private static final String[][] HEADS = heads();
    /**
     * An {@code e}, {@code y} or {@code J} (or {@code E}, {@code Y}) in an encoding a view undoes: an HTML character
     * reference (once or twice), a JSON {@code \}{@code u} escape, a percent-encoded byte (once or twice); the start
     * of a token wholly encoded holds one.
     */
    private static final Pattern ENCODED_LETTER = Pattern.compile("(?i)&(?:amp;)?#(?:x0*(?:65|79|4a|45|59)"
            + "|0*(?:101|121|74|69|89));?|\\\\u00(?:65|79|4a|45|59)|%(?:25)?(?:65|79|4a|45|59)");

    private final Set<String> publicValues;
    private final Masking.Spans spans;

    /** Finds the tokens not in {@code publicValues}, adding where they stand to {@code spans}. */
    TokenShapes(Set<String> publicValues, Masking.Spans spans) {
        this.publicValues = publicValues;
        this.spans = spans;
    }

    /** Whether the text holds the start of a token in one of the forms looked for: one pass over its characters. */
    static boolean mayHold(String text) {
        boolean escapes = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= HEADS.length) {
                continue;
            }
            escapes |= c == '&' || c == '\\' || c == '%';
            String[] heads = HEADS[c];
            if (heads != null) {
                for (String head : heads) {
                    if (text.startsWith(head, i)) {
                        return true;
                    }
                }
            }
        }
        return escapes && ENCODED_LETTER.matcher(text).find();
    }

    /** The tokens of one view of the text, masked where they stand in the original. */
    void in(Decoded view) {
        if (view.text.contains("eyJ")) {
            in(view, JWT, CUT_JWT);
        }
        if (view.text.contains("EYJ")) {
            in(view, UPPER_JWT, CUT_UPPER_JWT);
        }
    }

    private void in(Decoded view, Pattern whole, Pattern cutShort) {
        each(whole, view.text, token -> {
            if (!isPublic(token.group())) {
                spans.add(view.originalStart(token.start()), view.originalEnd(token.end()));
            }
        });
        each(cutShort, view.text, cut -> {
            String start = cut.group();
            if (publicValues.stream().noneMatch(p -> p.regionMatches(true, 0, start, 0, start.length()))) {
                spans.add(view.originalStart(cut.start()), view.originalEnd(cut.end()));
            }
        });
    }

    /**
     * Each token of a shape in the text, also one glued to the characters before it. A shape is tried at each place
     * its head ({@code eyJ}, {@code EYJ}) starts; when it does not match there, it cannot match at a later head of the
     * same run of token characters either (each would end its first part where that run ends), so the search goes on
     * after the run: every character is read a bounded number of times, however many heads a hostile run holds.
     */
    static void each(Pattern shape, String text, Consumer<MatchResult> found) {
        String head = shape.pattern().substring(0, 3);
        boolean upper = head.equals("EYJ");
        Matcher matcher = shape.matcher(text);
        int at = text.indexOf(head);
        while (at >= 0) {
            matcher.region(at, text.length());
            int next;
            if (matcher.lookingAt()) {
                found.accept(matcher.toMatchResult());
                next = Math.max(matcher.end(), at + 1);
            } else {
                next = at + 3;
                while (next < text.length() && tokenCharacter(text.charAt(next), upper)) {
                    next++;
                }
            }
            at = text.indexOf(head, next);
        }
    }

    private static boolean tokenCharacter(char c, boolean upper) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || !upper && c >= 'a' && c <= 'z';
    }

    /**
     * Tokens written in hex, either case: from each place where {@code eyJ} (or {@code EYJ}) starts in hex, the pairs
     * that follow are read while they give a token's characters, and tokens looked for in them, whole or before a cut
     * mark that follows the hex. Each hex digit is read once.
     */
    void inHex(String text) {
        int[] next = new int[IN_HEX.size()];
        Arrays.fill(next, Integer.MIN_VALUE);
        int at = hexHead(text, 0, next);
        while (at >= 0) {
            StringBuilder decoded = new StringBuilder();
            int end = at;
            while (end + 1 < text.length()) {
                int high = Character.digit(text.charAt(end), 16);
                int low = Character.digit(text.charAt(end + 1), 16);
                char c = (char) (high * 16 + low);
                if (high < 0 || low < 0 || !(SecretForms.isBase64(c) || c == '.')) {
                    break;
                }
                decoded.append(c);
                end += 2;
            }
            String after = text.substring(end, Math.min(text.length(), end + 5));
            boolean cutHere = Masking.CUT_MARK.matcher(after).lookingAt() || after.length() > 1
                    && Masking.isQuote(after.charAt(0)) && Masking.CUT_MARK.matcher(after.substring(1)).lookingAt();
            String candidate = cutHere ? decoded + after : decoded.toString();
            int start = at;
            int length = decoded.length();
            for (Pattern shape : SHAPES) {
                each(shape, candidate, token -> {
                    if (token.end() <= length && !isPublic(token.group())) {
                        spans.add(start + 2 * token.start(), start + 2 * token.end());
                    }
                });
            }
            at = hexHead(text, Math.max(end, at + 2), next);
        }
    }

    /** Tokens inside Base64 of bytes that are not text (which the Base64 view does not decode). */
    void inBinaryBase64(String text) {
        for (String head : IN_BASE64) {
            if (text.contains(head)) {
                in(Decoded.base64Bytes(text));
                return;
            }
        }
    }

    private boolean isPublic(String token) {
        return publicValues.contains(token) || publicValues.stream().anyMatch(token::equalsIgnoreCase);
    }

    /** Where {@code eyJ} or {@code EYJ} next starts in hex from {@code from}, or -1. */
    /**
     * Where the next hex head starts at or after {@code from}; {@code next} keeps each head's next place (-1 when there
     * is none left), so each is searched for once along the text, not again from every token found.
     */
    private static int hexHead(String text, int from, int[] next) {
        int first = -1;
        for (int i = 0; i < next.length; i++) {
            if (next[i] != -1 && next[i] < from) {
                next[i] = text.indexOf(IN_HEX.get(i), from);
            }
            if (next[i] >= 0 && (first < 0 || next[i] < first)) {
                first = next[i];
            }
        }
        return first;
    }

    private static String[][] heads() {
        List<String> all = new ArrayList<>(List.of("eyJ", "EYJ"));
        all.addAll(IN_BASE64);
        all.addAll(IN_BASE64_TWICE);
        all.addAll(IN_HEX);
        String[][] byFirst = new String[128][];
        for (String head : all) {
            String[] filed = byFirst[head.charAt(0)];
            String[] more = filed == null ? new String[1] : Arrays.copyOf(filed, filed.length + 1);
            more[more.length - 1] = head;
            byFirst[head.charAt(0)] = more;
        }
        return byFirst;
    }

    /** {@code head} and the parts of a token, each {@code #} of the shape one of {@code characters}. */
    private static Pattern whole(String head, String characters) {
        return shape(head + "#{2,}\\.#+\\.#*(?:\\.#*\\.#*)?", characters);
    }

    private static Pattern cut(String head, String characters) {
        return shape(head + "#{" + (Redactor.MIN_LENGTH - 3) + ",}(?:\\.#+){0,2}(?=\\.?[\"']?(?:\\.\\.\\.|…))",
                characters);
    }

    private static Pattern shape(String shape, String characters) {
        return Pattern.compile(shape.replace("#", "[" + characters + "]"));
    }
}
