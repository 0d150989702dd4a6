package dev.baton.secret;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Forms of secrets filed by their first {@link #HEAD} characters, so that a text is searched in one pass whatever the
 * number of secrets: at each position only the forms whose head hashes alike are compared.
 *
 * @param <T> what is filed: a form, or a Base64 core with how it extends
 */
final class FormIndex<T> {

    /** Every form is at least this long ({@link Redactor#MIN_LENGTH}). */
    static final int HEAD = Redactor.MIN_LENGTH;

    private final List<T>[] buckets;
    private final Function<T, String> form;
    private final int mask;

    @SuppressWarnings("unchecked")
    FormIndex(List<T> items, Function<T, String> form) {
        int size = Integer.highestOneBit(Math.max(16, items.size() * 2) - 1) << 1;
        this.buckets = new List[size];
        this.form = form;
        this.mask = size - 1;
        for (T item : items) {
            int bucket = hash(form.apply(item), 0) & mask;
            if (buckets[bucket] == null) {
                buckets[bucket] = new ArrayList<>(2);
            }
            buckets[bucket].add(item);
        }
    }

    /** What a search reports: the item found and where its form starts. */
    @FunctionalInterface
    interface Found<T> {
        void at(T item, int start);
    }

    /** Reports every position of {@code text} where a filed form stands, overlapping ones included. */
    void search(String text, Found<T> found) {
        for (int i = 0; i + HEAD <= text.length(); i++) {
            List<T> bucket = buckets[hash(text, i) & mask];
            if (bucket == null) {
                continue;
            }
            for (T item : bucket) {
                if (text.startsWith(form.apply(item), i)) {
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
