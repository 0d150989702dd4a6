package dev.baton.template;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean" for near-miss names: the closest known name within a small edit distance. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The known name closest to {@code name}, if one is close enough to be a typo. */
    public static Optional<String> didYouMean(String name, Collection<String> known) {
        int limit = Math.max(1, Math.min(3, name.length() / 3));
        return known.stream()
                .filter(k -> !k.equals(name))
                .map(k -> new Candidate(k, distance(name.toLowerCase(), k.toLowerCase())))
                .filter(c -> c.distance <= limit)
                .min(Comparator.comparingInt(Candidate::distance))
                .map(Candidate::name);
    }

    private record Candidate(String name, int distance) {
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
