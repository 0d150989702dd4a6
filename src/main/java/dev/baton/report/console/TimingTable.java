package dev.baton.report.console;

import dev.baton.results.StepTimings;

import java.util.ArrayList;
import java.util.List;

/** The timing summary at the end of a repeated run: one row per step, its times in milliseconds, aligned. */
final class TimingTable {

    private static final String[] HEADINGS = {"step", "tries", "min", "median", "p95", "max"};

    private TimingTable() {
    }

    static List<String> lines(List<StepTimings> timings) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADINGS);
        boolean several = timings.stream().map(StepTimings::collection).distinct().count() > 1;
        for (StepTimings t : timings) {
            rows.add(new String[]{several ? t.collection() + " \u203a " + t.step() : t.step(),
                    Integer.toString(t.samples()), t.min() + " ms", t.median() + " ms", t.p95() + " ms",
                    t.max() + " ms"});
        }
        int[] widths = new int[HEADINGS.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("Timings across iterations and retries:");
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ").append(pad(row[0], widths[0], false));
            for (int i = 1; i < row.length; i++) {
                line.append("  ").append(pad(row[i], widths[i], true));
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(width - text.length());
        return right ? spaces + text : text + spaces;
    }
}
