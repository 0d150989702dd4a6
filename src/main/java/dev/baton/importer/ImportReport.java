package dev.baton.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an import carried over and what it did not: the files written with their steps, how many assertions and
 * captures were translated, every script line kept as a comment with its item, everything else left out with the
 * reason, and the variables the user must still give. Shown on the console and written as {@code import-report.md}.
 */
public final class ImportReport {

    /** A file written: a collection with its steps, or an environment. */
    public record Written(String file, String kind, String name, int steps) {
    }

    /** A script line that was kept as a comment, not translated. */
    public record Untranslated(String item, String script, int line, String text) {
    }

    /** Something of the input that is not in the output, and why. */
    public record LeftOut(String item, String what, String reason) {
    }

    private final String source;
    private final List<Written> written = new ArrayList<>();
    private final List<Untranslated> untranslated = new ArrayList<>();
    private final List<LeftOut> leftOut = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Set<String> toSet = new TreeSet<>();
    private final Set<String> undefined = new TreeSet<>();
    private int assertions;
    private int captures;
    private boolean scripts = true;

    /** A report of importing {@code source}, such as {@code Postman collection 'Users' (users.json)}. */
    public ImportReport(String source) {
        this.source = source;
    }

    /** Says the source has no scripts (an OpenAPI document), so that the report does not count their lines. */
    public ImportReport withoutScripts() {
        scripts = false;
        return this;
    }

    public void written(String file, String kind, String name, int steps) {
        written.add(new Written(file, kind, name, steps));
    }

    public void assertions(int count) {
        assertions += count;
    }

    public void captures(int count) {
        captures += count;
    }

    public void untranslated(String item, String script, int line, String text) {
        untranslated.add(new Untranslated(item, script, line, text));
    }

    public void leftOut(String item, String what, String reason) {
        leftOut.add(new LeftOut(item, what, reason));
    }

    /** A remark about the whole import, such as a choice the importer made. */
    public void note(String text) {
        if (!notes.contains(text)) {
            notes.add(text);
        }
    }

    /** An OS environment variable the written environments read, which the user must set. */
    public void toSet(String osVariable) {
        toSet.add(osVariable);
    }

    /** A variable the collections use that neither they nor a given environment define. */
    public void undefined(String variable) {
        undefined.add(variable);
    }

    public List<Written> writtenFiles() {
        return List.copyOf(written);
    }

    public List<Untranslated> untranslatedLines() {
        return List.copyOf(untranslated);
    }

    public List<LeftOut> leftOutParts() {
        return List.copyOf(leftOut);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    public Set<String> undefinedVariables() {
        return Set.copyOf(undefined);
    }

    public int assertions() {
        return assertions;
    }

    public int captures() {
        return captures;
    }

    /** The number of steps written. */
    public int steps() {
        return written.stream().mapToInt(Written::steps).sum();
    }

    private long collections() {
        return written.stream().filter(w -> w.kind().equals("collection")).count();
    }

    /** The summary line: collections, steps, assertions, captures, lines not translated, parts left out. */
    public String summary() {
        return plural(collections(), "collection") + ", " + plural(steps(), "step") + ", "
                + plural(assertions, "assertion") + " and " + plural(captures, "capture") + " translated; "
                + (scripts ? plural(untranslated.size(), "script line") + " kept as comments, " : "")
                + plural(leftOut.size(), "part") + " left out";
    }

    /** The report for the console: what was written, then everything that did not carry over. */
    public String console() {
        StringBuilder out = new StringBuilder("Imported " + source + "\n");
        for (Written w : written) {
            out.append("  wrote ").append(w.file()).append("  (").append(w.kind())
                    .append(w.kind().equals("collection") ? ", " + plural(w.steps(), "step") : "").append(")\n");
        }
        for (Untranslated u : untranslated) {
            out.append("  not translated: ").append(u.item()).append(" (").append(u.script()).append(" line ")
                    .append(u.line()).append("): ").append(u.text().strip()).append('\n');
        }
        for (LeftOut l : leftOut) {
            out.append("  left out: ").append(l.item().isEmpty() ? "" : l.item() + ": ").append(l.what())
                    .append(" (").append(l.reason()).append(")\n");
        }
        notes.forEach(n -> out.append("  note: ").append(n).append('\n'));
        if (!toSet.isEmpty()) {
            out.append("  set before running: ").append(String.join(", ", toSet)).append('\n');
        }
        if (!undefined.isEmpty()) {
            out.append("  defined nowhere (give them with --var or an environment): ")
                    .append(String.join(", ", undefined)).append('\n');
        }
        return out.append(summary()).append('\n').toString();
    }

    /** The report as Markdown, for {@code import-report.md}. */
    public String markdown() {
        StringBuilder md = new StringBuilder("# Import report\n\nImported " + source + " with `baton import`.\n\n"
                + summary() + ".\n\n## Files\n\n| file | kind | name | steps |\n| --- | --- | --- | --- |\n");
        for (Written w : written) {
            md.append(row(code(w.file()), w.kind(), w.name(), w.kind().equals("collection") ? "" + w.steps() : ""));
        }
        if (!toSet.isEmpty() || !undefined.isEmpty()) {
            md.append("\n## Variables to give\n\n");
            if (!toSet.isEmpty()) {
                md.append("The environments read these OS environment variables (secret values are never written "
                        + "to disk): ").append(String.join(", ", toSet.stream().map(ImportReport::code).toList()))
                        .append(".\n\n");
            }
            if (!undefined.isEmpty()) {
                md.append("Used but defined nowhere (give them with `--var NAME=VALUE` or in an environment): ")
                        .append(String.join(", ", undefined.stream().map(ImportReport::code).toList())).append(".\n\n");
            }
        }
        if (scripts) {
            scriptLines(md);
        }
        md.append("\n## Left out\n\n");
        if (leftOut.isEmpty()) {
            md.append("Nothing.\n");
        } else {
            md.append("| item | what | why |\n| --- | --- | --- |\n");
            leftOut.forEach(l -> md.append(row(l.item(), l.what(), l.reason())));
        }
        if (!notes.isEmpty()) {
            md.append("\n## Notes\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    private void scriptLines(StringBuilder md) {
        md.append("\n## Script lines not translated\n\n");
        if (untranslated.isEmpty()) {
            md.append("None: every script line became an expectation or a capture.\n");
        } else {
            md.append("Each is kept as a comment beside its step.\n\n| item | script | line | text |\n"
                    + "| --- | --- | --- | --- |\n");
            untranslated.forEach(u -> md.append(row(u.item(), u.script(), "" + u.line(), code(u.text().strip()))));
        }
    }

    private static String row(String... cells) {
        StringBuilder row = new StringBuilder("|");
        for (String cell : cells) {
            row.append(' ').append(cell.replace("|", "\\|").replaceAll("[\r\n]+", " "))
                    .append(" |");
        }
        return row.append('\n').toString();
    }

    private static String code(String text) {
        String ticks = text.contains("`") ? "``" : "`";
        return ticks + (ticks.length() == 2 ? " " + text + " " : text) + ticks;
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
