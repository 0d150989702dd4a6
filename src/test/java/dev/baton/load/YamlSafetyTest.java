package dev.baton.load;

import static dev.baton.load.LoadAssertions.assertError;
import static dev.baton.load.LoadAssertions.assertFileError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.model.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or broken files: tags, alias bombs, deep nesting, size, encoding, and files that are not there. */
class YamlSafetyTest {

    private static final Duration SAFETY_NET = Duration.ofSeconds(20);
    private static final String VALID_HEAD = """
            name: x
            steps:
              - name: a
                request: {url: http://x}
            """;

    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        return LoadAssertions.write(dir, "c.yaml", content);
    }

    @Test
    void javaTypeTagsAreRefusedAndNothingIsInstantiated() throws IOException {
        Path file = write("""
                name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://127.0.0.1:1/"]]]]
                steps:
                  - name: a
                    request: {url: http://x}
                """);
        LoadException e = assertTimeoutPreemptively(SAFETY_NET, () -> LoadAssertions.collectionError(file));
        assertError(e, file, 1, 7, "!!javax.script.ScriptEngineManager", "is not allowed", "tag",
                "javax.script.ScriptEngineManager");
    }

    @Test
    void aTagNamingAClassOnTheClasspathDoesNotConstructIt() throws IOException {
        int before = Tripwire.CREATED.get();
        Path file = write("""
                name: x
                vars:
                  boom: !!dev.baton.load.Tripwire [armed]
                  bang: !!dev.baton.load.Tripwire armed
                steps:
                  - name: a
                    request: {url: http://x}
                """);
        LoadException e = LoadAssertions.collectionError(file);
        assertError(e, file, 3, 9, "!!dev.baton.load.Tripwire", "dev.baton.load.Tripwire");
        assertEquals(before, Tripwire.CREATED.get(), "a Tripwire was constructed");
    }

    @Test
    void aTagAtTheRootIsRefused() throws IOException {
        Path file = write("""
                !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://127.0.0.1:1/"]]]]
                """);
        assertError(LoadAssertions.collectionError(file), file, 1, 1, "!!javax", "javax.script.ScriptEngineManager");
    }

    @Test
    void tagDirectivesDoNotSmuggleJavaTypes() throws IOException {
        Path file = write("""
                %TAG !j! tag:yaml.org,2002:java.net.
                ---
                name: !j!URL [http://127.0.0.1:1/]
                steps: []
                """);
        assertError(LoadAssertions.collectionError(file), file, 3, 7, "!j!URL", "java.net.URL");
    }

    @Test
    void localAndBinaryTagsAreRefused() throws IOException {
        Path file = write(VALID_HEAD.replace("name: x", "name: !custom x"));
        assertError(LoadAssertions.collectionError(file), file, 1, 7, "!custom",
                "YAML tag '!custom' is not allowed: Baton files hold plain data only");
        file = write(VALID_HEAD.replace("name: x", "name: !!binary aGVsbG8="));
        assertError(LoadAssertions.collectionError(file), file, 1, 7, "!!binary",
                "YAML tag 'tag:yaml.org,2002:binary' is not allowed");
    }

    @Test
    void billionLaughsIsRefusedQuickly() throws IOException {
        StringBuilder yaml = new StringBuilder("name: x\nvars:\n");
        yaml.append("  lol0: &lol0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (int level = 1; level <= 9; level++) {
            yaml.append("  lol").append(level).append(": &lol").append(level).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ", ").append("*lol").append(level - 1);
            }
            yaml.append("]\n");
        }
        yaml.append(VALID_HEAD.substring(VALID_HEAD.indexOf("steps:")));
        Path file = write(yaml.toString());
        LoadException e = assertTimeoutPreemptively(SAFETY_NET, () -> LoadAssertions.collectionError(file));
        assertTrue(e.getMessage().contains("the aliases expand the file to more than 250000 nodes"), e.getMessage());
        assertTrue(e.render().contains(file.getFileName() + ":3:"), e.render());
    }

    @Test
    void hundredsOfOrdinaryAliasesLoad() throws Exception {
        StringBuilder yaml = new StringBuilder("name: x\nsteps:\n");
        yaml.append("  - name: step0\n    request: &request {url: http://x, headers: &h {Accept: text/plain}}\n"
                + "    expect: &expect {status: 200, json: {$.a: 1, $.b: {exists: true}}}\n");
        for (int i = 1; i <= 300; i++) {
            yaml.append("  - name: step").append(i).append("\n    request: *request\n    expect: *expect\n");
        }
        var collection = new CollectionLoader().load(write(yaml.toString()));
        assertEquals(301, collection.steps().size());
        assertEquals("text/plain", collection.steps().get(300).request().headers().get(0).value().raw());
    }

    @Test
    void aRecursiveAliasIsRefusedNotAStackOverflow() throws IOException {
        Path file = write("""
                name: x
                vars: &self
                  again: *self
                steps:
                  - name: a
                    request: {url: http://x}
                """);
        LoadException e = assertTimeoutPreemptively(SAFETY_NET, () -> LoadAssertions.collectionError(file));
        assertError(e, file, 2, 7, "&self", "invalid YAML", "recursive alias");
    }

    @Test
    void aRecursiveListIsRefused() throws IOException {
        Path file = write("""
                name: x
                steps:
                  - name: a
                    request:
                      url: http://x
                      json: &loop [1, *loop]
                """);
        LoadException e = assertTimeoutPreemptively(SAFETY_NET, () -> LoadAssertions.collectionError(file));
        assertError(e, file, 6, 13, "&loop", "recursive alias");
    }

    @Test
    void sharedAliasesThatAreNotRecursiveAreFine() throws Exception {
        Path file = write("""
                name: x
                steps:
                  - name: a
                    request:
                      url: http://x
                      headers: &h {Accept: text/plain}
                  - name: b
                    request:
                      url: http://y
                      headers: *h
                """);
        var collection = new CollectionLoader().load(file);
        assertEquals("text/plain", collection.steps().get(1).request().headers().get(0).value().raw());
    }

    @Test
    void deepNestingIsRefused() throws IOException {
        String deep = "[".repeat(100) + "]".repeat(100);
        Path file = write("""
                name: x
                steps:
                  - name: a
                    request:
                      url: http://x
                      json: %s
                """.formatted(deep));
        LoadException e = assertTimeoutPreemptively(SAFETY_NET, () -> LoadAssertions.collectionError(file));
        assertFileError(e, file, "invalid YAML", "Nesting Depth");
    }

    @Test
    void deepBlockNestingIsRefused() throws IOException {
        StringBuilder yaml = new StringBuilder(VALID_HEAD).append("vars:\n");
        for (int i = 0; i < 100; i++) {
            yaml.append("  ".repeat(i + 1)).append("k").append(i).append(":\n");
        }
        Path file = write(yaml.toString());
        LoadException e = assertTimeoutPreemptively(SAFETY_NET, () -> LoadAssertions.collectionError(file));
        assertFileError(e, file, "Nesting Depth");
    }

    @Test
    void aFileOverTwoMebibytesIsRefusedBeforeParsing() throws IOException {
        String padding = "# " + "x".repeat(2 * 1024 * 1024) + "\n";
        Path file = write(VALID_HEAD + padding);
        LoadException e = LoadAssertions.collectionError(file);
        assertFileError(e, file, "file is " + Files.size(file) + " bytes", "the limit is 2 MiB");
        assertEquals(List.of("error: " + e.getMessage(), " --> " + file + ":1:1"), e.render().lines().toList());
    }

    @Test
    void aFileOfExactlyTwoMebibytesIsAccepted() throws Exception {
        String head = VALID_HEAD + "# ";
        Path file = write(head + "x".repeat(2 * 1024 * 1024 - head.length() - 1) + "\n");
        assertEquals(2 * 1024 * 1024, Files.size(file));
        assertEquals("x", new CollectionLoader().load(file).name());
    }

    @Test
    void aNonUtf8FileIsRefused() throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, "name: caf\u00e9\nsteps: []\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        LoadException e = LoadAssertions.collectionError(file);
        assertFileError(e, file, "not UTF-8");
        assertEquals(List.of("error: file is not UTF-8 text", " --> " + file + ":1:1"), e.render().lines().toList());
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path file = write("");
        LoadException e = LoadAssertions.collectionError(file);
        assertFileError(e, file, "the collection is empty; it needs at least 'name' and 'steps'");
    }

    @Test
    void aFileOfCommentsOnlyIsEmpty() throws IOException {
        Path file = write("# nothing here yet\n");
        LoadException e = LoadAssertions.collectionError(file);
        assertFileError(e, file, "the collection is empty");
        assertError(e, file, 1, 1, "#", "the collection is empty");
    }

    @Test
    void aMissingFile() {
        Path file = dir.resolve("nope.yaml");
        LoadException e = LoadAssertions.collectionError(file);
        assertEquals(Position.of(file.toString()), e.position());
        assertEquals(0, e.position().line());
        assertTrue(e.getMessage().contains("cannot read file: no such file"), e.getMessage());
        assertEquals("error: cannot read file: no such file (" + file + ")", e.render());
    }

    @Test
    void aDirectory() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("collections.yaml"));
        LoadException e = LoadAssertions.collectionError(folder);
        assertFileError(e, folder, "is a directory, not a file");
    }

    @Test
    void aFileInsideTheWorkingDirectoryIsShownRelative() {
        LoadException e = assertThrows(LoadException.class,
                () -> new CollectionLoader().load(Path.of("").toAbsolutePath().resolve("no-such-dir/x.yaml")));
        assertEquals(Path.of("no-such-dir", "x.yaml").toString(), e.position().file());
    }

    @Test
    void yamlMergeKeysAreRefusedRatherThanMisread() throws IOException {
        Path file = write("""
                name: x
                steps:
                  - name: a
                    request: &base {url: http://x}
                  - name: b
                    request:
                      <<: *base
                """);
        assertError(LoadAssertions.collectionError(file), file, 7, 7, "<<", "merge keys ('<<:') are not supported");
    }
}
