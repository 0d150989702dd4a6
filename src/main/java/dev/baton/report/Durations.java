package dev.baton.report;

import java.util.Locale;

/** Durations as people read them: {@code 234 ms}, {@code 1.2 s}, {@code 2 min 5 s}. */
public final class Durations {

    private Durations() {
    }

    public static String format(long millis) {
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = millis / 1000;
        return seconds / 60 + " min " + seconds % 60 + " s";
    }
}
