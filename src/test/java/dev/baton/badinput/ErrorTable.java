package dev.baton.badinput;

import dev.baton.testing.CliRun;
import dev.baton.testing.TestFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The table of {@code docs/errors.md}: one row per bad input, with what Baton prints, the exit code and whether a
 * request is sent. Tests check their run against their row, so that the page says what Baton really does.
 */
final class ErrorTable {

    /** Placeholders the page may write in a message, and what they stand for. */
    private static final Map<String, String> PLACEHOLDERS = Map.of(
            "<file>", "\\S+",
            "<dir>", "\\S+",
            "<port>", "\\d{2,5}",
            "<n>", "\\d+",
            "<list>", ".+");
    private static final Pattern PLACEHOLDER = Pattern.compile("<file>|<dir>|<port>|<n>|<list>");

    /**
     * One row.
     *
     * @param input    the bad input: also the {@code @DisplayName} of its test
     * @param message  the first line of what Baton prints, with placeholders, without backticks
     * @param exit     the exit code column as written, e.g. {@code 2} or {@code 1 (should be 2)}
     * @param sent     the "request sent" column as written, starting with yes or no
     */
    record Row(String input, String message, String exit, String sent) {

        /** Whether the exit code written is a known wrong one ("1 (should be 2)"). */
        boolean exitIsKnownIssue() {
            return exit.contains("should be");
        }

        int exitCode() {
            Matcher m = Pattern.compile("^\\d").matcher(exit);
            assertTrue(m.find(), () -> "the exit column of '" + input + "' does not start with a digit: " + exit);
            return Integer.parseInt(m.group());
        }

        boolean requestSent() {
            assertTrue(sent.startsWith("yes") || sent.startsWith("no"),
                    () -> "the request column of '" + input + "' must start with yes or no: " + sent);
            return sent.startsWith("yes");
        }

        /** The message as a regular expression: placeholders become patterns, the rest is literal. */
        Pattern messagePattern() {
            StringBuilder regex = new StringBuilder();
            Matcher m = PLACEHOLDER.matcher(message);
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(message.substring(last, m.start()))).append(PLACEHOLDERS.get(m.group()));
                last = m.end();
            }
            regex.append(Pattern.quote(message.substring(last)));
            return Pattern.compile(regex.toString());
        }

        /**
         * Checks a run against the row: some output line (trimmed) is the message, the exit code is the one
         * written (unless the row marks it as a known issue, then it is at least not 0), and a request was sent
         * or not as written.
         */
        void check(CliRun run, boolean requestWasSent) {
            Pattern pattern = messagePattern();
            assertTrue(run.all().lines().map(String::trim).anyMatch(l -> pattern.matcher(l).matches()),
                    () -> "docs/errors.md says '" + input + "' prints\n  " + message + "\nbut no line matches:\n" + run);
            if (exitIsKnownIssue()) {
                assertNotEquals(0, run.exitCode(), () -> "'" + input + "' must not pass\n" + run);
            } else {
                assertEquals(exitCode(), run.exitCode(), () -> "docs/errors.md gives exit " + exit + " for '"
                        + input + "'\n" + run);
            }
            assertEquals(requestSent(), requestWasSent, () -> "docs/errors.md says request sent: " + sent
                    + " for '" + input + "'");
        }
    }

    private ErrorTable() {
    }

    /** The rows of the first table of {@code docs/errors.md} whose header starts with "Input", by input. */
    static Map<String, Row> read() {
        Path page = TestFiles.repositoryFile("docs/errors.md");
        List<String> lines = TestFiles.read(page).lines().toList();
        Map<String, Row> rows = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : lines) {
            if (!inTable) {
                inTable = line.startsWith("| Input |");
                continue;
            }
            if (!line.startsWith("|")) {
                break;
            }
            if (line.startsWith("| ---") || line.startsWith("|---")) {
                continue;
            }
            List<String> cells = cells(line);
            assertTrue(cells.size() >= 4, () -> "a row of docs/errors.md has fewer than 4 cells: " + line);
            Row row = new Row(cells.get(0), unquote(cells.get(1)), cells.get(2), cells.get(3));
            assertTrue(rows.put(row.input(), row) == null, () -> "two rows of docs/errors.md are '" + row.input()
                    + "'");
        }
        assertTrue(rows.size() >= 20, () -> "docs/errors.md has only " + rows.size() + " rows");
        return rows;
    }

    /** The cells of a Markdown table row; {@code \|} is a literal bar. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        String body = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }

    private static String unquote(String cell) {
        return cell.length() >= 2 && cell.startsWith("`") && cell.endsWith("`") ? cell.substring(1, cell.length() - 1)
                : cell;
    }
}
