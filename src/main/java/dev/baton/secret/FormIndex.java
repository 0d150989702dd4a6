package dev.baton.secret;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Forms of secrets filed by {@link #HEAD} characters of theirs, so that a text is searched in one pass whatever the
 * number of secrets: at each position only the items whose head hashes alike are compared. An item's head is the
 * {@code HEAD} characters of its source at its offset: the start of a whole form, or a block inside a secret.
 *
 * @param <T> what is filed: a form, a Base64 core with how it extends, or a block of a secret
 */
final class FormIndex<T> {

    /** Every form is at least this long ({@link Redactor#MIN_LENGTH}). */
    static final int HEAD = Redactor.MIN_LENGTH;

    private final List<T>[] buckets;
    private final Function<T, String> source;
    private final ToIntFunction<T> offset;
    private final int mask;

    /** Items whose head is the start of their form. */
    FormIndex(List<T> items, Function<T, String> form) {
        this(items, form, item -> 0);
    }

    @SuppressWarnings("unchecked")
    FormIndex(List<T> items, Function<T, String> source, ToIntFunction<T> offset) {
        int size = Integer.highestOneBit(Math.max(16, items.size() * 2) - 1) << 1;
        this.buckets = new List[size];
        this.source = source;
        this.offset = offset;
        this.mask = size - 1;
        for (T item : items) {
            int bucket = hash(source.apply(item), offset.applyAsInt(item)) & mask;
            if (buckets[bucket] == null) {
                buckets[bucket] = new ArrayList<>(2);
            }
            buckets[bucket].add(item);
        }
    }

    /** What a search reports: the item found and where its head stands in the text. */
    @FunctionalInterface
    interface Found<T> {
        void at(T item, int start);
    }

    /** Reports every position of {@code text} where a filed item's whole form stands, overlapping ones included. */
    void search(String text, Found<T> found) {
        heads(text, (item, at) -> {
            if (text.startsWith(source.apply(item), at)) {
                found.at(item, at);
            }
        });
    }

    /** Reports every position of {@code text} where a filed item's head stands; the rest is the caller's to compare. */
    void heads(String text, Found<T> found) {
        for (int i = 0; i + HEAD <= text.length(); i++) {
            List<T> bucket = buckets[hash(text, i) & mask];
            if (bucket == null) {
                continue;
            }
            for (T item : bucket) {
                if (text.regionMatches(i, source.apply(item), offset.applyAsInt(item), HEAD)) {
                    found.at(item, i);
                }
            }
        }
    }

    private static int hash(String text, int at) {
        int h = 0;
        for (int k = 0; k < HEAD; k++) {
            h = 31 * h + text.charAt(at + k);
        }
        return h ^ (h >>> 16);
    }
}
