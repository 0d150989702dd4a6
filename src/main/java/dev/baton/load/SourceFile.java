package dev.baton.load;

import dev.baton.model.Diagnostic;
import dev.baton.model.Position;
import dev.baton.secret.CredentialShapes;
import dev.baton.secret.SecretNames;
import dev.baton.template.TemplateException;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The lines of a user file, to quote them in errors. */
public final class SourceFile {

    /** The line breaks YAML knows: CR LF, LF, CR, NEL, LS and PS. */
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\n\r\u0085\u2028\u2029]");

    /** {@code key: value} on one line, as YAML writes a variable. */
    private static final Pattern KEY_VALUE = Pattern.compile("^(\\s*(?:-\\s+)?([\\w.$-]+)\\s*:\\s*)(\\S.*)$");
    /** {@code name: value} inside a flow map: {@code {password: "x", extra: 1}}. */
    private static final Pattern FLOW_PAIR = Pattern.compile(
            "([{,]\\s*[\"']?([\\w.$-]+)[\"']?\\s*:\\s*)(\"[^\"]*\"|'[^']*'|[^,}\\]]*[^,}\\]\\s])");
    /** {@code name=value} in the query of a URL. */
    private static final Pattern QUERY_PAIR = Pattern.compile("([?&]([^=&\\s\"'#]+)=)([^&\\s\"'#]*)");
    private static final String HIDDEN = "(value hidden)";
    /** {@code user:password@} in a URL. */
    private static final Pattern USER_INFO = Pattern.compile("(://)[^/?#@\\s\"']+@");
    /** A YAML boolean or null: a setting such as {@code secret: true}, never a secret. */
    private static final Pattern FLAG = Pattern.compile("(?i)true|false|yes|no|on|off|null|~");

    private final String name;
    private final String content;
    private List<String> lines;

    private final boolean hideSecrets;

    public SourceFile(String name, String content) {
        this(name, content, false);
    }

    private SourceFile(String name, String content, boolean hideSecrets) {
        this.name = name;
        this.content = content;
        this.hideSecrets = hideSecrets;
    }

    /** The lines, split when first asked for: most files are quoted in no error. */
    private synchronized List<String> lines() {
        if (lines == null) {
            lines = content.isEmpty() ? List.of() : List.of(LINE_BREAK.split(content, -1));
        }
        return lines;
    }

    /** The file as the user named it. */
    public String name() {
        return name;
    }

    /** The 1-based line, or {@code null} past the end. */
    public String line(int number) {
        List<String> lines = lines();
        if (number < 1 || number > lines.size()) {
            return null;
        }
        String line = lines.get(number - 1);
        return hideSecrets ? hidden(line) : line;
    }

    /**
     * The line with every written secret replaced: the literal value (not a placeholder, not a capture or other map)
     * of a secret-looking key, in block or flow style; every {@code {value: ...}} map; the value of a secret-looking
     * query parameter in a URL; and anything shaped like a credential.
     */
    private static String hidden(String line) {
        Matcher m = KEY_VALUE.matcher(line);
        if (m.matches()) {
            String value = m.group(3);
            boolean literal = !value.startsWith("{") && !value.startsWith("[") && !value.contains("<<")
                    && !FLAG.matcher(value).matches();
            boolean written = value.startsWith("{") && value.contains("value:");
            if ((literal && SecretNames.isSecret(m.group(2))) || written) {
                return m.group(1) + HIDDEN;
            }
        }
        String hidden = USER_INFO.matcher(line).replaceAll("$1" + Matcher.quoteReplacement(HIDDEN) + "@");
        hidden = replaceSecret(FLOW_PAIR.matcher(hidden), 3);
        hidden = replaceSecret(QUERY_PAIR.matcher(hidden), 3);
        return CredentialShapes.replaceIn(hidden, HIDDEN);
    }

    /** The text of the matcher with group {@code value} hidden where group 2 is a secret-looking name. */
    private static String replaceSecret(Matcher m, int value) {
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean secret = SecretNames.isSecret(m.group(2)) && !m.group(value).contains("<<")
                    && !m.group(value).isBlank() && !m.group(value).startsWith("{")
                    && !FLAG.matcher(m.group(value)).matches();
            m.appendReplacement(out, Matcher.quoteReplacement(secret ? m.group(1) + HIDDEN : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The same file, quoted with written secrets hidden: an error must not print the secret written next to it.
     */
    public SourceFile hidingSecrets() {
        return new SourceFile(name, content, true);
    }

    /** A position in this file from 0-based line and column. */
    public Position at(int line0, int column0) {
        return new Position(name, line0 + 1, column0 + 1);
    }

    /** A position from 0-based line and column, moved back to the end of the last line when past it. */
    public Position clamped(int line0, int column0) {
        List<String> lines = lines();
        int last = lines.size() - 1;
        while (last > 0 && lines.get(last).isEmpty()) {
            last--;
        }
        if (line0 <= last) {
            return at(line0, column0);
        }
        return at(Math.max(0, last), last < 0 ? 0 : lines.get(last).length());
    }

    /** An error at a position in this file. */
    public LoadException error(Position position, String message) {
        return new LoadException(quote(position, message));
    }

    /** A problem at a position in this file, with its line as it may be quoted and the caret under the spot. */
    public Diagnostic quote(Position position, String message) {
        return new Diagnostic(message, position, line(position.line()), caret(position));
    }

    /**
     * The column of a position in its quoted line: the hidden secrets before it shorten or lengthen the line, so the
     * spot is found by hiding the text before it; a spot inside a hidden value stays under {@code (value hidden)};
     * otherwise the text after the spot finds it.
     */
    private int caret(Position position) {
        String written = position.line() < 1 || position.line() > lines().size() ? null
                : lines().get(position.line() - 1);
        if (!hideSecrets || written == null) {
            return position.column();
        }
        String shown = hidden(written);
        if (shown.equals(written)) {
            return position.column();
        }
        int at = Math.min(Math.max(0, position.column() - 1), written.length());
        String before = hidden(written.substring(0, at));
        boolean sameNext = at == written.length()
                || shown.length() > before.length() && shown.charAt(before.length()) == written.charAt(at);
        if (shown.startsWith(before) && sameNext) {
            return before.length() + 1;
        }
        if (shown.startsWith(before) && before.endsWith(HIDDEN)) {
            int end = before.length();
            return Math.max(end - HIDDEN.length() + 1, Math.min(position.column(), end));
        }
        String after = written.substring(at);
        return shown.endsWith(after) ? shown.length() - after.length() + 1 : position.column();
    }

    /** A placeholder error as a load error. */
    public LoadException error(TemplateException e) {
        return error(e.position(), e.getMessage());
    }
}
