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
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i][j - 1] + 1, d[i - 1][j] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1); // swapped neighbours are one typo
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
