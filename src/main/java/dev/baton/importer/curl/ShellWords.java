package dev.baton.importer.curl;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Splits a shell command line into words as a POSIX shell does (XCU 2.2, Quoting; 2.6.5, Field Splitting): blanks
 * separate words; a backslash outside quotes keeps the next character (and a backslash-newline joins lines); single
 * quotes keep everything; double quotes keep everything but {@code $ ` \ "} escapes by a backslash; and, as bash and
 * zsh do, {@code $'...'} with ANSI-C escapes. Nothing is expanded: {@code $NAME} and {@code ${NAME}} outside single
 * quotes are kept, marked, so that they can become variables. A word starting with {@code #} starts a comment; an
 * unquoted {@code | ; & < >} ends the command.
 */
public final class ShellWords {

    /** Stands for a {@code $} that started a parameter expansion, so that it is not taken for a literal dollar. */
    public static final char EXPANSION = '\uE000';

    /** A quote that is not closed, or another line the shell could not read. */
    public static final class ShellSyntaxException extends Exception {
        private final int index;

        ShellSyntaxException(String message, int index) {
            super(message);
            this.index = index;
        }

        /** Where in the line, 0-based. */
        public int index() {
            return index;
        }
    }

    /**
     * The words of the line.
     *
     * @param rest receives what followed an operator that ended the command ({@code | jq .}), else nothing
     */
    public static List<String> split(String line, StringBuilder rest) throws ShellSyntaxException {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '\n') {
                i += 2;
                continue;
            }
            if (c == '\\' && i + 2 < line.length() && line.charAt(i + 1) == '\r' && line.charAt(i + 2) == '\n') {
                i += 3;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                i++;
                continue;
            }
            if (word == null && c == '#') {
                int end = line.indexOf('\n', i);
                i = end < 0 ? line.length() : end;
                continue;
            }
            if ("|;&<>".indexOf(c) >= 0) {
                rest.append(line.substring(i).strip());
                break;
            }
            if (word == null) {
                word = new StringBuilder();
            }
            switch (c) {
                case '\\' -> {
                    if (i + 1 < line.length()) {
                        word.append(line.charAt(i + 1));
                    }
                    i += 2;
                }
                case '\'' -> {
                    int end = line.indexOf('\'', i + 1);
                    if (end < 0) {
                        throw new ShellSyntaxException("a single quote is not closed", i);
                    }
                    word.append(line, i + 1, end);
                    i = end + 1;
                }
                case '"' -> i = doubleQuoted(line, i, word);
                case '$' -> {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                        i = ansiC(line, i + 1, word);
                    } else {
                        i = dollar(line, i, word);
                    }
                }
                default -> {
                    word.append(c);
                    i++;
                }
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    private static int doubleQuoted(String line, int open, StringBuilder word) throws ShellSyntaxException {
        int i = open + 1;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(i + 1);
                if (next == '\n') {
                    i += 2;
                    continue;
                }
                if ("$`\"\\".indexOf(next) >= 0) {
                    word.append(next);
                    i += 2;
                    continue;
                }
            }
            if (c == '$') {
                i = dollar(line, i, word);
                continue;
            }
            word.append(c);
            i++;
        }
        throw new ShellSyntaxException("a double quote is not closed", open);
    }

    /** {@code $NAME} or {@code ${NAME}}: kept as {@code EXPANSION + NAME}; another {@code $} is literal. */
    private static int dollar(String line, int at, StringBuilder word) throws ShellSyntaxException {
        int i = at + 1;
        if (i < line.length() && line.charAt(i) == '{') {
            int end = line.indexOf('}', i);
            if (end < 0) {
                throw new ShellSyntaxException("a ${ is not closed", at);
            }
            word.append(EXPANSION).append(line, i + 1, end).append(EXPANSION);
            return end + 1;
        }
        int end = i;
        while (end < line.length() && (Character.isLetterOrDigit(line.charAt(end)) || line.charAt(end) == '_')) {
            end++;
        }
        if (end == i) {
            word.append('$');
            return i;
        }
        word.append(EXPANSION).append(line, i, end).append(EXPANSION);
        return end;
    }

    /** {@code $'...'}: backslash escapes as in C, as bash reads them; {@code \\xHH} and octal are bytes, read as UTF-8. */
    private static int ansiC(String line, int open, StringBuilder word) throws ShellSyntaxException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = open + 1;
        while (i < line.length()) {
            char c = line.charAt(i);
            char e = i + 1 < line.length() ? line.charAt(i + 1) : 0;
            boolean byteEscape = c == '\\' && (e == 'x' || e >= '0' && e <= '7');
            if (!byteEscape && bytes.size() > 0) {
                word.append(bytes.toString(StandardCharsets.UTF_8));
                bytes.reset();
            }
            if (c == '\'') {
                return i + 1;
            }
            if (c != '\\' || i + 1 >= line.length()) {
                word.append(c);
                i++;
                continue;
            }
            i += 2;
            switch (e) {
                case 'n' -> word.append('\n');
                case 't' -> word.append('\t');
                case 'r' -> word.append('\r');
                case 'a' -> word.append('\u0007');
                case 'b' -> word.append('\b');
                case 'e', 'E' -> word.append('\u001b');
                case 'f' -> word.append('\f');
                case 'v' -> word.append('\u000b');
                case '\\', '\'', '"', '?' -> word.append(e);
                case 'x' -> i = code(line, i, 16, 2, b -> bytes.write(b & 0xff));
                case 'u' -> i = code(line, i, 16, 4, word::appendCodePoint);
                case 'U' -> i = code(line, i, 16, 8, word::appendCodePoint);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> i = code(line, i - 1, 8, 3, b -> bytes.write(b & 0xff));
                default -> word.append('\\').append(e);
            }
        }
        throw new ShellSyntaxException("a $' quote is not closed", open - 1);
    }

    private static int code(String line, int from, int radix, int max, IntConsumer sink) {
        int end = from;
        while (end < line.length() && end - from < max && Character.digit(line.charAt(end), radix) >= 0) {
            end++;
        }
        if (end == from) {
            return from;
        }
        sink.accept(Integer.parseInt(line.substring(from, end), radix));
        return end;
    }
}
