package dev.baton.importer.curl;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Command lines split into words as a POSIX shell (and bash's {@code $'...'}) splits them. */
class ShellWordsTest {

    private static List<String> words(String line) throws ShellWords.ShellSyntaxException {
        return ShellWords.split(line, new StringBuilder());
    }

    @Test
    void quotesAndEscapesAreTheShells() throws Exception {
        assertEquals(List.of("curl", "a b", "it's", "say \"hi\"", "$x stays", "tab\there", "back\\slash"),
                words("curl 'a b' it\\'s \"say \\\"hi\\\"\" '$x stays' $'tab\\there' \"back\\\\slash\""));
        assertEquals(List.of("curl", "-H", "X: 1", "https://a.test/"),
                words("curl \\\n  -H 'X: 1' \\\n  https://a.test/"), "a backslash-newline joins the lines, as copied from a browser's 'Copy as cURL'");
        assertEquals(List.of("curl", "a\"b'c"), words("curl a\"\\\"\"b\"'\"c"), "quotes joined in one word");
        assertEquals(List.of("curl", "\u00e9", "\n"), words("curl $'\\xc3\\xa9' $'\\n'"), "ANSI-C bytes are UTF-8");
    }

    @Test
    void anOperatorEndsTheCommandAndIsKept() throws Exception {
        StringBuilder rest = new StringBuilder();
        assertEquals(List.of("curl", "https://a.test/?a=1&b=2"), ShellWords.split("curl 'https://a.test/?a=1&b=2' "
                + "| jq .", rest));
        assertEquals("| jq .", rest.toString().strip());
        assertEquals(List.of("curl", "x"), words("curl x # a comment"));
    }

    @Test
    void parameterExpansionsAreMarkedNotExpanded() throws Exception {
        String mark = String.valueOf(ShellWords.EXPANSION);
        assertEquals(List.of("curl", mark + "TOKEN" + mark, "$literal", mark + "HOST" + mark + "/x"),
                words("curl $TOKEN '$literal' \"${HOST}/x\""));
    }

    @Test
    void anUnclosedQuoteSaysWhere() {
        var e = assertThrows(ShellWords.ShellSyntaxException.class, () -> words("curl \"https://a.test/"));
        assertEquals(5, e.index());
        assertThrows(ShellWords.ShellSyntaxException.class, () -> words("curl $'abc"));
    }
}
