package dev.baton.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.load.CollectionLoader;
import dev.baton.model.Body;
import dev.baton.model.Position;
import dev.baton.model.Step;
import dev.baton.model.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateTest {

    private static final String FILE = "c.yaml";

    @TempDir
    Path dir;

    private static Position at(int line, int column) {
        return new Position(FILE, line, column);
    }

    private static List<String> describe(Template template) {
        return template.placeholders().stream().map(p -> p.variable() + "@" + p.position()).toList();
    }

    private Step loadStep(String yaml) throws Exception {
        Path file = Files.writeString(dir.resolve("c.yaml"), yaml);
        return new CollectionLoader().load(file).steps().get(0);
    }

    @Test
    void placeholdersOnOneLineWithTheirColumns() throws TemplateException {
        //                                     col 10 is 'a'; "<<x>>" starts at index 2, "<<y.z>>" at 10
        Template template = Template.parse(new Text("a <<x>> b <<y.z>> <<x>>", at(3, 10)));
        assertEquals(List.of("x@c.yaml:3:12", "y.z@c.yaml:3:20", "x@c.yaml:3:28"), describe(template));
        assertEquals(Set.of("x", "y.z"), template.variables());
        assertEquals(List.of("x", "y.z"), new ArrayList<>(template.variables()));
    }

    @Test
    void renderFillsEachPlaceholderThroughTheLookup() throws TemplateException {
        List<String> calls = new ArrayList<>();
        Template template = Template.parse(new Text("<<a>>-<<b>>!", at(1, 1)));
        String out = template.render((name, usedAt) -> {
            calls.add(name + "@" + usedAt.column());
            return name.toUpperCase();
        });
        assertEquals("A-B!", out);
        assertEquals(List.of("a@1", "b@7"), calls);
    }

    @Test
    void builtinAndDottedNamesAreNames() throws TemplateException {
        Template template = Template.parse(new Text("<<$uuid>> <<pkce.code_verifier>> <<a-b_c9>>", at(1, 1)));
        assertEquals(List.of("$uuid", "pkce.code_verifier", "a-b_c9"), new ArrayList<>(template.variables()));
    }

    @Test
    void textWithoutPlaceholders() throws TemplateException {
        Template template = Template.parse(new Text("plain > text < with >> and \\ alone", at(1, 1)));
        assertTrue(template.placeholders().isEmpty());
        assertEquals("plain > text < with >> and \\ alone", template.render((n, p) -> {
            throw new AssertionError("no lookup expected");
        }));
    }

    @Test
    void backslashWritesALiteralOpeningBracketPair() throws TemplateException {
        Template template = Template.parse(new Text("\\<<x>> and <<y>>", at(2, 5)));
        assertEquals(List.of("y@c.yaml:2:16"), describe(template));
        assertEquals("<<x>> and Y", template.render((name, usedAt) -> name.toUpperCase()));
    }

    @Test
    void backslashBeforeMalformedOpenerIsFine() throws TemplateException {
        Template template = Template.parse(new Text("a \\<< b", at(1, 1)));
        assertEquals("a << b", template.render((n, p) -> "?"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<<foo            | 1",
            "x <<>>           | 3",
            "ab << x >>       | 4",
            "<<ok>> and <<1st>> | 12",
            "<<a b>>          | 1",
            "end <<           | 5"})
    void malformedPlaceholdersAreErrorsAtTheirOpener(String raw, int column) {
        TemplateException e = assertThrows(TemplateException.class, () -> Template.parse(new Text(raw, at(4, 1))));
        assertEquals(at(4, column), e.position());
        assertEquals("'<<' must open a placeholder such as <<name>>; write \\<< for a literal '<<'", e.getMessage());
    }

    @Test
    void malformedPlaceholderOnTheSecondLineOfABlock() {
        TemplateException e = assertThrows(TemplateException.class,
                () -> Template.parse(new Text("first <<ok>>\n  second <<oops", at(10, 9))));
        assertEquals(at(11, 18), e.position());
    }

    @Test
    void valuesFromOutsideAFileKeepTheirOrigin() throws TemplateException {
        Template template = Template.parse(new Text("x <<y>>", Position.of("--var a")));
        assertEquals(Position.of("--var a"), template.placeholders().get(0).position());
    }

    @Test
    void quotedScalarsAreOffsetPastTheQuote() throws Exception {
        Step step = loadStep("""
                name: x
                steps:
                  - name: a
                    request:
                      url: "https://<<host>>/x?q=<<q>>"
                """);
        Text url = step.request().url();
        String file = url.position().file();
        // the quote is column 12, so 'h' of https is 13 and "<<host>>" starts 8 later
        assertEquals(List.of("host@" + file + ":5:21", "q@" + file + ":5:34"), describe(Template.parse(url)));
    }

    @Test
    void singleQuotedScalarsToo() throws Exception {
        Step step = loadStep("""
                name: x
                steps:
                  - name: a
                    request:
                      url: '<<base>>/x'
                """);
        Template template = Template.parse(step.request().url());
        assertEquals(new Position(step.request().url().position().file(), 5, 13),
                template.placeholders().get(0).position());
    }

    @Test
    void literalBlockPlaceholdersAreOnTheirOwnLines() throws Exception {
        Step step = loadStep("""
                name: x
                steps:
                  - name: a
                    request:
                      url: http://x
                      body: |
                        first <<a>>
                        second <<b>> and <<c>>
                """);
        Text body = ((Body.Raw) step.request().body()).content();
        String file = body.position().file();
        assertEquals(List.of("a@" + file + ":7:15", "b@" + file + ":8:16", "c@" + file + ":8:26"),
                describe(Template.parse(body)));
    }

    @Test
    void jsonKeysInQuotesArePositionedAtTheirContent() throws Exception {
        Step step = loadStep("""
                name: x
                steps:
                  - name: a
                    request: {url: http://x}
                    expect:
                      json:
                        "$.items[<<i>>]": 1
                """);
        Text key = step.expectations().get(0).argument();
        assertEquals(new Position(key.position().file(), 7, 18), Template.parse(key).placeholders().get(0).position());
    }
}
