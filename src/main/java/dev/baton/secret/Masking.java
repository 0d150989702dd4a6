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
 * masked, and so is a suffix of a secret that starts right after one. JSON Web Tokens are masked by their shape, in
 * the same views and a few more ({@link TokenShapes}).
 */
final class Masking {

    static final Masking NONE = new Masking(List.of(), Set.of());

    static final Pattern CUT_MARK = Pattern.compile("\\.\\.\\.|…");
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
        boolean jwt = TokenShapes.mayHold(text);
        if (secrets.isEmpty() && !jwt) {
            return text;
        }
        Spans spans = new Spans();
        Spans shown = secrets.isEmpty() ? null : publicSpans(text);
        TokenShapes tokens = jwt ? new TokenShapes(publicValues, spans) : null;
        for (Decoded view : views(text)) {
            if (shown != null) {
                find(view, spans, shown);
            }
            if (tokens != null) {
                tokens.in(view);
            }
        }
        if (tokens != null) {
            tokens.inHex(text);
            tokens.inBinaryBase64(text);
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

    static boolean isQuote(char c) {
        return c == '"' || c == '\'';
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
