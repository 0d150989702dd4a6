package dev.baton.secret;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Baton's own phrases, which masking never changes: a match of a secret that lies wholly inside one of them, where
 * the phrase stands in the text, is left alone. So a {@code state} pinned to {@code forged} is masked in a request
 * but not in Baton's message "the response may be forged (CSRF)".
 *
 * <p>A phrase is registered by the class that writes it, as a constant: {@code static final String X =
 * OwnWords.phrase("...")}. Only whole phrases of several words are kept safe, never single words, so that a secret
 * that happens to be an ordinary word is still masked everywhere else. The {@link #path paths of collection files}
 * are kept the same way, where they stand whole.
 *
 * <p>The {@link #LINE_PREFIXES words that open Baton's own lines} on the console ({@code error:}, {@code warning:},
 * {@code note:}) are kept too, where they open a line of a stream: a secret {@code error} masks every other
 * {@code error} of the text, never the prefix that says what the line is.
 */
public final class OwnWords {

    /** The words that open Baton's own lines on the console and stderr. */
    static final List<String> LINE_PREFIXES = List.of("error:", "warning:", "note:");

    private static final List<String> PHRASES = new CopyOnWriteArrayList<>();

    private OwnWords() {
    }

    /** Registers {@code phrase} as Baton's own words and returns it. */
    public static String phrase(String phrase) {
        if (!phrase.strip().contains(" ")) {
            throw new IllegalArgumentException("a phrase of Baton's own has several words: '" + phrase + "'");
        }
        if (!PHRASES.contains(phrase)) {
            PHRASES.add(phrase);
        }
        return phrase;
    }

    /**
     * Registers the paths by which a collection file is named in messages ({@code --> forged.yaml:4:5}): a file name
     * is the user's own word, never a secret, so a secret {@code forged} does not mask it where a position names it.
     */
    public static void path(String... shown) {
        for (String path : shown) {
            if (path != null && !path.isBlank() && !PHRASES.contains(path)) {
                PHRASES.add(path);
            }
        }
    }

    static List<String> all() {
        return PHRASES;
    }
}
