package dev.baton.secret;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One immutable state of a {@link Redactor}: the forms of its secrets and its public values, and the masking of a
 * text with them.
 *
 * <p>A text is searched as it is and in every view that undoes one or two of the encodings of {@link Decoded} (the
 * same one twice included: JSON in JSON, a URL encoded twice); each match is masked where it stands in the original.
 * So that a text cut short never shows part of a secret: a run of a secret's characters as long as its
 * {@link SecretForms#fragmentLength fragment length} is masked where it stands as a cut (each end at the secret's own
 * start or end, or where the text's word ends; unless it lies inside a value declared public, or is a whole word of
 * the secret made of letters alone), and a shorter run of at least {@link Redactor#MIN_LENGTH} characters that is a prefix of a secret
 * (in any of its forms) and ends at a cut mark ({@code ...} or {@code …}, a closing quote between them allowed) is
 * masked, and so is a suffix of a secret that starts right after one. A JSON Web Token is masked by its shape (three
 * Base64URL parts, the first starting {@code eyJ}, which is {@code {"}), and so is its start before a cut mark: in
 * every view, upper-cased, in hex, and inside Base64 of binary data too; a text that holds the start of no token in
 * any of these forms is not decoded for tokens.
 */
final class Masking {

    static final Masking NONE = new Masking(List.of(), Set.of());

    /**
     * A JSON Web Token, signed (three parts) or encrypted (five), starting where a run of Base64URL characters does:
     * so that a run of a million such characters is read once, not once from each {@code eyJ} in it.
     */
    static final Pattern JWT = token("eyJ", "A-Za-z0-9_-");
    /** A JSON Web Token upper-cased, as a server that shouts echoes it. */
    private static final Pattern UPPER_JWT = token("EYJ", "A-Z0-9_-");
    private static final Pattern CUT_JWT = cutToken("eyJ", "A-Za-z0-9_-");
    private static final Pattern CUT_UPPER_JWT = cutToken("EYJ", "A-Z0-9_-");
    /** The Base64 characters that {@code eyJ}, the start of every token, gives at each of its three alignments. */
    private static final List<String> TOKEN_HEADS_IN_BASE64 = base64Heads(List.of("eyJ"));
    /** The same, Base64-encoded once more, as a view undoes twice. */
    private static final List<String> TOKEN_HEADS_IN_BASE64_TWICE = base64Heads(TOKEN_HEADS_IN_BASE64);
    /**
     * An {@code e}, {@code y} or {@code J} (or {@code E}, {@code Y}) in an encoding a view undoes: an HTML character
     * reference, a JSON {@code \}{@code u} escape, a percent-encoded byte (once or twice); the start of a token wholly
     * encoded holds one.
     */
    private static final Pattern ENCODED_TOKEN_LETTER = Pattern.compile("(?i)&(?:amp;)?#(?:x0*(?:65|79|4a|45|59)"
            + "|0*(?:101|121|74|69|89));?|\\\\u00(?:65|79|4a|45|59)|%(?:25)?(?:65|79|4a|45|59)");
    /** {@code eyJ} and {@code EYJ} in hex, either case: the start of a token written in hex. */
    private static final List<String> TOKEN_HEADS_IN_HEX = List.of("65794a", "65794A", "45594a", "45594A");
    private static final List<Pattern> TOKEN_SHAPES = List.of(JWT, UPPER_JWT, CUT_JWT, CUT_UPPER_JWT);
    private static final Pattern CUT_MARK = Pattern.compile("\\.\\.\\.|…");
    /** Not after a Base64URL character: where a token may start. */
    private static final String RUN_START = "(?<![A-Za-z0-9_-])";
    private static final int MIN = Redactor.MIN_LENGTH;

    private final List<SecretForms> secrets;
    private final Set<String> publicValues;
    /** Made on the first mask, not on every registration: runs register many secrets and write few texts. */
    private volatile Indexes indexes;

    private Masking(List<SecretForms> secrets, Set<String> publicValues) {
        this.secrets = List.copyOf(secrets);
        this.publicValues = Set.copyOf(publicValues);
    }

    /** The forms of every secret, filed for a one-pass search. */
    private record Indexes(FormIndex<String> folded, FormIndex<SecretForms.Base64Core> base64,
                           FormIndex<SecretForms.Block> blocks) {
        static Indexes of(List<SecretForms> secrets) {
            List<String> folded = new ArrayList<>();
            List<SecretForms.Base64Core> cores = new ArrayList<>();
            List<SecretForms.Block> blocks = new ArrayList<>();
            for (SecretForms secret : secrets) {
                folded.addAll(secret.folded());
                cores.addAll(secret.base64());
                blocks.addAll(secret.blocks());
            }
            return new Indexes(new FormIndex<>(folded, form -> form), new FormIndex<>(cores,
                    SecretForms.Base64Core::core), new FormIndex<>(blocks, SecretForms.Block::secret,
                    SecretForms.Block::offset));
        }
    }

    private Indexes indexes() {
        Indexes made = indexes;
        if (made == null) {
            made = Indexes.of(secrets);
            indexes = made;
        }
        return made;
    }

    List<SecretForms> secrets() {
        return secrets;
    }

    boolean isPublic(String value) {
        return publicValues.contains(value);
    }

    Masking withSecrets(List<SecretForms> forms) {
        return new Masking(forms, publicValues);
    }

    Masking withPublic(String value) {
        Set<String> values = new HashSet<>(publicValues);
        values.add(value);
        return new Masking(secrets, values);
    }

    String apply(String text) {
        return apply(text, false, false);
    }

    /**
     * The text masked; with {@code lines}, Baton's {@link OwnWords#LINE_PREFIXES line prefixes} are kept where they
     * open a line: after each line break, and at the start when {@code startsLine}.
     */
    String apply(String text, boolean lines, boolean startsLine) {
        boolean jwt = mayHoldToken(text);
        if (secrets.isEmpty() && !jwt) {
            return text;
        }
        Spans spans = new Spans();
        Spans shown = secrets.isEmpty() ? null : publicSpans(text);
        for (Decoded view : views(text)) {
            if (shown != null) {
                find(view, spans, shown);
            }
            if (jwt) {
                tokens(view, spans);
            }
        }
        if (jwt) {
            hexTokens(text, spans);
            if (holdsAny(text, TOKEN_HEADS_IN_BASE64)) {
                tokens(Decoded.base64Bytes(text), spans);
            }
        }
        if (spans.isEmpty()) {
            return text;
        }
        Spans keep = protectedSpans(text);
        if (lines) {
            linePrefixes(text, startsLine, keep);
        }
        return spans.replace(text, keep, Redactor.MASK);
    }

    /** The text itself and its decoded views: each decoding that applies, and a second one on top of it. */
    private static List<Decoded> views(String text) {
        List<Decoded> views = new ArrayList<>();
        Decoded original = Decoded.identity(text);
        views.add(original);
        for (Decoded.Decoding first : Decoded.Decoding.values()) {
            Decoded once = decode(original, first);
            if (once == null) {
                continue;
            }
            views.add(once);
            for (Decoded.Decoding second : Decoded.Decoding.values()) {
                Decoded twice = decode(once, second);
                if (twice != null) {
                    views.add(twice);
                }
            }
        }
        return views;
    }

    /** The view decoded once more, or {@code null} when that changes nothing. */
    private static Decoded decode(Decoded view, Decoded.Decoding decoding) {
        if (!decoding.applies(view.text)) {
            return null;
        }
        Decoded decoded = view.then(decoding);
        return decoded.text.equals(view.text) ? null : decoded;
    }

    private void find(Decoded view, Spans spans, Spans shown) {
        String text = view.text;
        String foldedText = SecretForms.fold(text);
        Indexes index = indexes();
        index.folded().search(foldedText, (form, at) -> spans.add(view.originalStart(at),
                view.originalEnd(at + form.length())));
        index.blocks().heads(foldedText, (block, at) -> fragment(view, foldedText, block, at, spans, shown));
        index.base64().search(text, (core, at) -> {
            int start = core.mixedBefore() && at > 0 && SecretForms.isBase64(text.charAt(at - 1)) ? at - 1 : at;
            int end = at + core.core().length();
            end = core.mixedAfter() && end < text.length() && SecretForms.isBase64(text.charAt(end)) ? end + 1 : end;
            while (end < text.length() && text.charAt(end) == '=') {
                end++;
            }
            spans.add(view.originalStart(start), view.originalEnd(end));
        });
        cuts(view, foldedText, spans);
    }

    /**
     * The run of the secret's characters around one of its blocks found at {@code at}, each end shortened to where
     * the secret or a word of the text ends, masked when it is then as long as the secret's fragment length, not
     * white space alone, not a whole word of the secret, and not inside a value declared public.
     */
    private static void fragment(Decoded view, String folded, SecretForms.Block block, int at, Spans spans,
                                 Spans shown) {
        String secret = block.secret();
        int before = 0;
        while (before < at && before < block.offset()
                && folded.charAt(at - before - 1) == secret.charAt(block.offset() - before - 1)) {
            before++;
        }
        int after = FormIndex.HEAD;
        while (at + after < folded.length() && block.offset() + after < secret.length()
                && folded.charAt(at + after) == secret.charAt(block.offset() + after)) {
            after++;
        }
        int start = at - before;
        int end = at + after;
        int shift = block.offset() - at;
        if (start + shift != 0) {
            while (start < end && isInsideAWord(folded, start - 1)) {
                start++;
            }
        }
        if (end + shift != secret.length()) {
            while (end > start && isInsideAWord(folded, end)) {
                end--;
            }
        }
        if (end - start < block.fragment() || folded.substring(start, end).isBlank()
                || isWordOf(secret, start + shift, end + shift)) {
            return;
        }
        int originalStart = view.originalStart(start);
        int originalEnd = view.originalEnd(end);
        if (!shown.covers(originalStart, originalEnd)) {
            spans.add(originalStart, originalEnd);
        }
    }

    /**
     * Whether {@code text[next]}, just outside a run of a secret's characters, continues a word of the text: a letter
     * or digit. A run cut by a server ends where the secret does or where the text's word ends; where the text goes on
     * with a letter or digit instead ({@code sandbox-p} of {@code sandbox-public-client} for the secret
     * {@code sandbox-password}), the run is shortened to where a word of the text ends, and is often too short then.
     */
    private static boolean isInsideAWord(String text, int next) {
        return next >= 0 && next < text.length() && Character.isLetterOrDigit(text.charAt(next));
    }

    /**
     * Whether {@code secret[start, end)} is one of its words, letters alone between non-letters ({@code password} of
     * {@code sandbox-password}): ordinary text holds such a word too, so it is not masked as a fragment.
     */
    private static boolean isWordOf(String secret, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isLetter(secret.charAt(i))) {
                return false;
            }
        }
        return (start == 0 || !Character.isLetter(secret.charAt(start - 1)))
                && (end == secret.length() || !Character.isLetter(secret.charAt(end)));
    }

    /** Prefixes of a secret that end at a cut mark, and suffixes that start after one. */
    private void cuts(Decoded view, String folded, Spans spans) {
        String text = view.text;
        Matcher mark = CUT_MARK.matcher(text);
        while (mark.find()) {
            int end = mark.start() > 0 && isQuote(text.charAt(mark.start() - 1)) ? mark.start() - 1 : mark.start();
            int start = mark.end() < text.length() && isQuote(text.charAt(mark.end())) ? mark.end() + 1 : mark.end();
            for (SecretForms secret : secrets) {
                for (String form : secret.folded()) {
                    cut(view, folded, form, end, start, spans);
                }
                for (SecretForms.Base64Core core : secret.base64()) {
                    cut(view, text, core.core(), end, start, spans);
                }
            }
        }
    }

    private static void cut(Decoded view, String text, String form, int end, int start, Spans spans) {
        for (int length = Math.min(form.length() - 1, end); length >= MIN; length--) {
            if (text.regionMatches(end - length, form, 0, length)) {
                spans.add(view.originalStart(end - length), view.originalEnd(end));
                break;
            }
        }
        for (int length = Math.min(form.length() - 1, text.length() - start); length >= MIN; length--) {
            if (text.regionMatches(start, form, form.length() - length, length)) {
                spans.add(view.originalStart(start), view.originalEnd(start + length));
                break;
            }
        }
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    /**
     * Whether the text may hold a JSON Web Token: the start of one ({@code eyJ}) as it is, upper-cased, in Base64, in
     * hex, or in an encoding a view undoes. A few searches of the text, so that a text without one costs no view.
     */
    private static boolean mayHoldToken(String text) {
        if (text.contains("eyJ") || text.contains("EYJ") || holdsAny(text, TOKEN_HEADS_IN_BASE64)
                || holdsAny(text, TOKEN_HEADS_IN_BASE64_TWICE) || hexHead(text, 0) >= 0) {
            return true;
        }
        boolean escapes = text.indexOf('&') >= 0 || text.indexOf('\\') >= 0 || text.indexOf('%') >= 0;
        return escapes && ENCODED_TOKEN_LETTER.matcher(text).find();
    }

    private static boolean holdsAny(String text, List<String> heads) {
        for (String head : heads) {
            if (text.contains(head)) {
                return true;
            }
        }
        return false;
    }

    /**
     * JSON Web Tokens, whole or before a cut mark, as they are or upper-cased, in one view of a text, masked where
     * they stand in the original.
     */
    private void tokens(Decoded view, Spans spans) {
        if (view.text.contains("eyJ")) {
            tokens(view, spans, JWT, CUT_JWT);
        }
        if (view.text.contains("EYJ")) {
            tokens(view, spans, UPPER_JWT, CUT_UPPER_JWT);
        }
    }

    private void tokens(Decoded view, Spans spans, Pattern whole, Pattern cutShort) {
        Matcher token = whole.matcher(view.text);
        while (token.find()) {
            if (!isPublicToken(token.group())) {
                spans.add(view.originalStart(token.start()), view.originalEnd(token.end()));
            }
        }
        Matcher cut = cutShort.matcher(view.text);
        while (cut.find()) {
            if (publicValues.stream().noneMatch(p -> p.regionMatches(true, 0, cut.group(), 0, cut.group().length()))) {
                spans.add(view.originalStart(cut.start()), view.originalEnd(cut.end()));
            }
        }
    }

    /**
     * JSON Web Tokens written in hex, either case, as a registered secret's hex form is found: from each place where
     * {@code eyJ} (or {@code EYJ}) starts in hex, the hex pairs that follow are read while they give the characters of
     * a token, and tokens are looked for in them, whole or before a cut mark that follows the hex. Each hex digit is
     * read once.
     */
    private void hexTokens(String text, Spans spans) {
        int at = hexHead(text, 0);
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
            String candidate = CUT_MARK.matcher(after).lookingAt() || after.length() > 1 && isQuote(after.charAt(0))
                    && CUT_MARK.matcher(after.substring(1)).lookingAt() ? decoded + after : decoded.toString();
            for (Pattern shape : TOKEN_SHAPES) {
                Matcher token = shape.matcher(candidate);
                while (token.find()) {
                    if (token.end() <= decoded.length() && !isPublicToken(token.group())) {
                        spans.add(at + 2 * token.start(), at + 2 * token.end());
                    }
                }
            }
            at = hexHead(text, Math.max(end, at + 2));
        }
    }

    /** Where {@code eyJ} or {@code EYJ} next starts in hex, either case, from {@code from}; or -1. */
    private static int hexHead(String text, int from) {
        int first = -1;
        for (String head : TOKEN_HEADS_IN_HEX) {
            int at = text.indexOf(head, from);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    private boolean isPublicToken(String token) {
        return publicValues.contains(token) || publicValues.stream().anyMatch(token::equalsIgnoreCase);
    }

    /** The Base64 characters that each of {@code texts} gives at each of its three alignments. */
    private static List<String> base64Heads(List<String> texts) {
        return texts.stream().flatMap(text -> SecretForms.of(text, 3).base64().stream())
                .map(SecretForms.Base64Core::core).distinct().toList();
    }

    private static Pattern token(String head, String characters) {
        String part = "[" + characters + "]";
        return Pattern.compile(RUN_START + head + part + "{2,}\\." + part + "+\\." + part + "*(?:\\." + part + "*\\." + part
                + "*)?");
    }

    private static Pattern cutToken(String head, String characters) {
        String part = "[" + characters + "]";
        return Pattern.compile(RUN_START + head + part + "{" + (Redactor.MIN_LENGTH - 3) + ",}(?:\\." + part
                + "+){0,2}(?=\\.?[\"']?(?:\\.\\.\\.|…))");
    }

    /** Where Baton's own phrases stand in the text. */
    private static Spans protectedSpans(String text) {
        return occurrences(text, OwnWords.all());
    }

    /** Adds where Baton's line prefixes open a line of the text, after any indentation. */
    private static void linePrefixes(String text, boolean startsLine, Spans keep) {
        for (int line = startsLine ? 0 : nextLine(text, 0); line >= 0; line = nextLine(text, line)) {
            int at = line;
            while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                at++;
            }
            for (String prefix : OwnWords.LINE_PREFIXES) {
                if (text.startsWith(prefix, at)) {
                    keep.add(at, at + prefix.length());
                }
            }
        }
    }

    private static int nextLine(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? -1 : end + 1;
    }

    /** Where values declared public stand in the text, so that a fragment of a secret inside one is left. */
    private Spans publicSpans(String text) {
        return occurrences(text, publicValues);
    }

    private static Spans occurrences(String text, Collection<String> values) {
        Spans found = new Spans();
        for (String value : values) {
            for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
                found.add(at, at + value.length());
            }
        }
        return found;
    }

    /** Ranges of a text, start inclusive and end exclusive. */
    static final class Spans {
        private int[] starts = new int[8];
        private int[] ends = new int[8];
        private int size;

        void add(int start, int end) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            size++;
        }

        boolean isEmpty() {
            return size == 0;
        }

        /** Whether {@code [start, end)} lies wholly inside one of these spans. */
        boolean covers(int start, int end) {
            for (int i = 0; i < size; i++) {
                if (starts[i] <= start && end <= ends[i]) {
                    return true;
                }
            }
            return false;
        }

        /** The text with these spans, merged where they overlap or touch, each replaced by {@code mask}. */
        String replace(String text, Spans keep, String mask) {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(starts[a], starts[b]));
            StringBuilder out = new StringBuilder(text.length());
            int written = 0;
            int openStart = -1;
            int openEnd = -1;
            for (int i : order) {
                if (keep.covers(starts[i], ends[i])) {
                    continue;
                }
                if (openStart >= 0 && starts[i] <= openEnd) {
                    openEnd = Math.max(openEnd, ends[i]);
                    continue;
                }
                if (openStart >= 0) {
                    out.append(text, written, openStart).append(mask);
                    written = openEnd;
                }
                openStart = starts[i];
                openEnd = ends[i];
            }
            if (openStart >= 0) {
                out.append(text, written, openStart).append(mask);
                written = openEnd;
            }
            return out.append(text, written, text.length()).toString();
        }
    }
}
