package dev.baton.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.model.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes YAML to files and checks load errors: position, message and the rendered caret. */
final class LoadAssertions {

    private LoadAssertions() {
    }

    static Path write(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    /** Loads {@code yaml} as a collection from {@code dir/name}, expecting a load error. */
    static LoadException collectionError(Path file) {
        return assertThrows(LoadException.class, () -> new CollectionLoader().load(file));
    }

    /**
     * Asserts the error is at {@code file:line:col}, that the text at the caret starts with {@code atCaret},
     * that the message holds every fragment, and that {@code render()} shows the line with a caret under col.
     */
    static void assertError(LoadException e, Path file, int line, int col, String atCaret, String... fragments) {
        assertEquals(new Position(file.toString(), line, col), e.position(), () -> "position of: " + e.render());
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment),
                    () -> "message should contain <" + fragment + "> but was <" + e.getMessage() + ">");
        }
        String sourceLine = sourceLine(file, line);
        assertNotNull(sourceLine, "no line " + line + " in " + file);
        assertTrue(sourceLine.startsWith(atCaret, col - 1),
                () -> "expected <" + atCaret + "> at column " + col + " of <" + sourceLine + ">");
        assertRendered(e, file, line, col, sourceLine);
    }

    /** The rendered error: message, {@code --> file:line:col}, the source line and a caret under col. */
    static void assertRendered(LoadException e, Path file, int line, int col, String sourceLine) {
        List<String> rendered = e.render().lines().toList();
        String number = Integer.toString(line);
        String gutter = " ".repeat(number.length());
        assertEquals("error: " + e.getMessage(), rendered.get(0));
        assertEquals(gutter + "--> " + file + ":" + line + ":" + col, rendered.get(1));
        assertEquals(gutter + " |", rendered.get(2));
        String prefix = number + " | ";
        assertTrue(rendered.get(3).startsWith(prefix), rendered.get(3));
        String shown = rendered.get(3).substring(prefix.length());
        String pattern = java.util.Arrays.stream(shown.split("\\(value hidden\\)", -1))
                .map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining(".+?"));
        assertTrue(sourceLine.matches(pattern), () -> "shown <" + shown + "> is not the line <" + sourceLine
                + "> with secret values hidden");
        if (shown.equals(sourceLine)) {
            assertEquals(gutter + " | " + " ".repeat(col - 1) + "^", rendered.get(4));
        } else {
            String caretLine = rendered.get(4);
            int caret = caretLine.length() - 1 - (gutter + " | ").length();
            assertTrue(caretLine.startsWith(gutter + " | ") && caretLine.endsWith("^")
                    && caretLine.substring((gutter + " | ").length(), caretLine.length() - 1).isBlank()
                    && caret >= 0 && caret < shown.length(), () -> "the caret is not on the shown line:\n" + e.render());
            String atShown = sourceLine.substring(col - 1);
            boolean underSpot = shown.startsWith(atShown.substring(0, Math.min(atShown.length(), 3)), caret);
            boolean underHidden = hiddenAround(shown, caret);
            assertTrue(underSpot || underHidden, () -> "the caret is neither under the spot nor under a hidden value:\n"
                    + e.render());
        }
        assertEquals(5, rendered.size(), e::render);
    }

    /** An error about the whole file (no source line to show): {@code --> file:1:1} and no caret. */
    static void assertFileError(LoadException e, Path file, String... fragments) {
        assertEquals(new Position(file.toString(), 1, 1), e.position(), e::render);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment),
                    () -> "message should contain <" + fragment + "> but was <" + e.getMessage() + ">");
        }
    }

    private static String sourceLine(Path file, int line) {
        try {
            List<String> lines = Files.readString(file).lines().toList();
            return line <= lines.size() ? lines.get(line - 1) : null;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hiddenAround(String shown, int caret) {
        int from = shown.lastIndexOf("(value hidden)", caret);
        return from >= 0 && caret < from + "(value hidden)".length();
    }
}
