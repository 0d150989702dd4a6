package dev.baton.load;

import static dev.baton.load.LoadAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.model.Environment;
import dev.baton.model.EnvironmentVariable;
import dev.baton.model.Position;
import dev.baton.model.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentLoaderTest {

    @TempDir
    Path dir;

    /** An OS environment that records what is asked of it. */
    final List<String> asked = new ArrayList<>();
    final Map<String, String> os = Map.of(
            "APP_CLIENT_ID", "cid-<<raw>>",
            "APP_SECRET", "s3cret-value",
            "APP_PORT", "9090");
    final EnvironmentLoader loader = new EnvironmentLoader(name -> {
        asked.add(name);
        return os.get(name);
    });

    @Nested
    class Loading {

        static final String STAGING = """
                description: Staging, for tests
                sandbox: embedded
                vars:
                  baseUrl: https://staging.test/<<region>>
                  token: {value: abc-<<suffix>>, secret: true}
                  clientId: {env: APP_CLIENT_ID}
                  clientSecret: {env: APP_SECRET, secret: true}
                  region: {env: APP_REGION, default: eu-<<zone>>}
                  port: {env: APP_PORT, default: "8080"}
                  missing: {env: APP_MISSING, secret: true}
                """;

        Path file;
        Environment environment;

        void load() throws Exception {
            file = LoadAssertions.write(dir, "staging.yaml", STAGING);
            environment = loader.load(file);
        }

        Position at(int line, int column) {
            return new Position(file.toString(), line, column);
        }

        EnvironmentVariable variable(String name) {
            return environment.variables().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
        }

        @Test
        void nameFileSandboxAndOrder() throws Exception {
            load();
            assertEquals("staging", environment.name());
            assertEquals(file, environment.file());
            assertTrue(environment.sandbox());
            assertEquals(List.of("baseUrl", "token", "clientId", "clientSecret", "region", "port", "missing"),
                    environment.variables().stream().map(EnvironmentVariable::name).toList());
        }

        @Test
        void plainValueIsTemplatedText() throws Exception {
            load();
            assertEquals(new EnvironmentVariable("baseUrl", new Text("https://staging.test/<<region>>", at(4, 12)),
                    true, false, null), variable("baseUrl"));
        }

        @Test
        void valueWithSecret() throws Exception {
            load();
            assertEquals(new EnvironmentVariable("token", new Text("abc-<<suffix>>", at(5, 18)), true, true, null),
                    variable("token"));
        }

        @Test
        void envIsReadThroughTheInjectedEnvironmentAndTakenAsIs() throws Exception {
            load();
            assertEquals(new EnvironmentVariable("clientId", new Text("cid-<<raw>>", at(6, 19)), false, false, null),
                    variable("clientId"));
            EnvironmentVariable secret = variable("clientSecret");
            assertEquals("s3cret-value", secret.value().raw());
            assertTrue(secret.secret());
            assertFalse(secret.templated());
            assertTrue(asked.containsAll(List.of("APP_CLIENT_ID", "APP_SECRET", "APP_REGION", "APP_PORT",
                    "APP_MISSING")), asked::toString);
        }

        @Test
        void envWithDefault() throws Exception {
            load();
            // unset: the default, which is written in the file and so may use variables
            assertEquals(new EnvironmentVariable("region", new Text("eu-<<zone>>", at(8, 38)), true, false, null),
                    variable("region"));
            // set: the OS value wins over the default
            assertEquals("9090", variable("port").value().raw());
            assertFalse(variable("port").templated());
        }

        @Test
        void unsetEnvHasAProblemNamingTheOsVariableAndWhereItIsWritten() throws Exception {
            load();
            EnvironmentVariable missing = variable("missing");
            assertNull(missing.value());
            assertTrue(missing.secret());
            assertFalse(missing.templated());
            assertEquals("the OS environment variable APP_MISSING is not set (" + file + ":10:18)",
                    missing.problem());
        }

        @Test
        void theRealOsEnvironmentIsNotConsultedWhenOneIsInjected() throws Exception {
            assertTrue(System.getenv("PATH") != null, "this test needs PATH set in the real environment");
            Path file = LoadAssertions.write(dir, "e.yaml", """
                    vars:
                      path: {env: PATH}
                    """);
            EnvironmentVariable path = loader.load(file).variables().get(0);
            assertNull(path.value());
            assertTrue(path.problem().contains("PATH is not set"), path.problem());
        }

        @Test
        void withoutSandboxAndEmpty() throws Exception {
            Path plain = LoadAssertions.write(dir, "plain.yml", "vars:\n  a: b\n");
            Environment environment = loader.load(plain);
            assertEquals("plain", environment.name());
            assertFalse(environment.sandbox());
            Path empty = LoadAssertions.write(dir, "empty.yaml", "");
            Environment none = loader.load(empty);
            assertEquals("empty", none.name());
            assertTrue(none.variables().isEmpty());
            assertFalse(none.sandbox());
        }

        @Test
        void theShippedLocalEnvironmentUsesTheSandbox() throws Exception {
            Environment local = new EnvironmentLoader(name -> null).load(Path.of("environments/local.yaml"));
            assertTrue(local.sandbox());
            assertTrue(local.variables().stream().anyMatch(v -> v.name().equals("clientSecret") && v.secret()));
        }
    }

    @Nested
    class Errors {

        Path file;

        LoadException error(String yaml) throws IOException {
            file = LoadAssertions.write(dir, "e.yaml", yaml);
            return assertThrows(LoadException.class, () -> loader.load(file));
        }

        @Test
        void unknownTopLevelKeyWithSuggestion() throws IOException {
            LoadException e = error("""
                    sandbox: embedded
                    varz:
                      a: b
                    """);
            assertError(e, file, 2, 1, "varz", "unknown key 'varz' in the environment; did you mean 'vars'?");
        }

        @Test
        void unknownTopLevelKeyWithoutSuggestion() throws IOException {
            LoadException e = error("""
                    colour: red
                    """);
            assertError(e, file, 1, 1, "colour", "unknown key 'colour' in the environment; expected one of: "
                    + "description, sandbox, vars");
        }

        @Test
        void unknownValueKeys() throws IOException {
            LoadException e = error("""
                    vars:
                      token: {value: x, secert: true}
                    """);
            assertError(e, file, 2, 21, "secert", "unknown key 'secert' in variable token; did you mean 'secret'?");
            e = error("""
                    vars:
                      token: {valeu: x}
                    """);
            assertError(e, file, 2, 11, "valeu", "unknown key 'valeu' in variable token; did you mean 'value'?");
        }

        @Test
        void neitherValueNorEnv() throws IOException {
            LoadException e = error("""
                    vars:
                      token: {secret: true}
                    """);
            assertError(e, file, 2, 10, "{secret", "variable token needs either 'value' or 'env'");
        }

        @Test
        void bothValueAndEnv() throws IOException {
            LoadException e = error("""
                    vars:
                      token: {value: a, env: TOKEN}
                    """);
            assertError(e, file, 2, 10, "{value", "variable token needs either 'value' or 'env'");
        }

        @Test
        void defaultWithValue() throws IOException {
            LoadException e = error("""
                    vars:
                      token: {value: a, default: b}
                    """);
            assertError(e, file, 2, 21, "default", "'default' goes with 'env'");
        }

        @Test
        void emptyEnvName() throws IOException {
            LoadException e = error("""
                    vars:
                      token: {env: ""}
                    """);
            assertError(e, file, 2, 16, "\"\"", "variable token env must not be empty");
        }

        @Test
        void anErrorNeverQuotesTheSecretWrittenOnItsLine() throws IOException {
            LoadException e = error("""
                    vars:
                      clientSecret: {value: hunter2-the-secret, secrte: true}
                    """);
            assertTrue(e.getMessage().contains("unknown key 'secrte'"), e.getMessage());
            assertFalse(e.render().contains("hunter2-the-secret"), e.render());
            assertTrue(e.render().contains("clientSecret: (value hidden)"), e.render());
        }

        @Test
        void sandboxMustBeEmbedded() throws IOException {
            LoadException e = error("""
                    description: x
                    sandbox: docker
                    """);
            assertError(e, file, 2, 10, "docker", "sandbox must be 'embedded' or {switches: [...]}, found 'docker'");
        }

        @Test
        void secretMustBeABoolean() throws IOException {
            LoadException e = error("""
                    vars:
                      token: {value: a, secret: maybe}
                    """);
            assertError(e, file, 2, 29, "maybe", "secret must be true or false, found 'maybe'");
        }

        @Test
        void invalidVariableName() throws IOException {
            LoadException e = error("""
                    vars:
                      ok: 1
                      not ok: 2
                    """);
            assertError(e, file, 3, 3, "not ok", "'not ok' is not a valid variable name");
        }

        @Test
        void varsMustBeAMap() throws IOException {
            LoadException e = error("""
                    vars: [a, b]
                    """);
            assertError(e, file, 1, 7, "[a, b]", "vars must be a map of key: value, found a list");
        }

        @Test
        void malformedYaml() throws IOException {
            LoadException e = error("""
                    vars:
                      a: 'open
                    """);
            assertError(e, file, 2, 6, "'open", "invalid YAML", "found unexpected end of stream");
        }
    }

    @Nested
    class Locate {

        Path project;
        Path collection;

        void project() throws IOException {
            project = dir.resolve("project");
            collection = LoadAssertions.write(project, "collections/api.yaml", "name: api\n");
            LoadAssertions.write(project, "environments/staging.yaml", "vars: {a: b}\n");
            LoadAssertions.write(project, "collections/environments/qa.yml", "vars: {a: b}\n");
        }

        List<String> workingDirectoryNames() throws IOException {
            Path folder = Path.of("environments");
            assertTrue(Files.isDirectory(folder), "the project's environments/ folder is needed for this test");
            try (Stream<Path> files = Files.list(folder)) {
                return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                        .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
            }
        }

        @Test
        void aNameInTheWorkingDirectory() throws Exception {
            String name = workingDirectoryNames().get(0);
            Path found = loader.locate(name, List.of());
            assertTrue(Files.isSameFile(Path.of("environments", name + ".yaml"), found), found::toString);
        }

        @Test
        void aNameBesideTheCollectionsFolder() throws Exception {
            project();
            Path found = loader.locate("staging", List.of(collection));
            assertTrue(Files.isSameFile(project.resolve("environments/staging.yaml"), found), found::toString);
            assertTrue(loader.exists("staging", List.of(collection)));
            assertFalse(loader.exists("staging", List.of()));
        }

        @Test
        void aNameInsideTheCollectionsFolderWithYml() throws Exception {
            project();
            Path found = loader.locate("qa", List.of(collection));
            assertTrue(Files.isSameFile(project.resolve("collections/environments/qa.yml"), found), found::toString);
        }

        @Test
        void aNameIsNotFoundWithoutTheCollection() throws Exception {
            project();
            LoadException e = assertThrows(LoadException.class, () -> loader.locate("staging", List.of()));
            assertTrue(e.getMessage().startsWith("unknown environment 'staging'"), e.getMessage());
        }

        @Test
        void aFilePath() throws Exception {
            project();
            Path file = project.resolve("environments/staging.yaml");
            assertEquals(file, loader.locate(file.toString(), List.of()));
            String relative = "environments/" + workingDirectoryNames().get(0) + ".yaml";
            assertEquals(Path.of(relative), loader.locate(relative, List.of(collection)));
        }

        @Test
        void aMissingFilePath() {
            String missing = dir.resolve("nope.yaml").toString();
            LoadException e = assertThrows(LoadException.class, () -> loader.locate(missing, List.of()));
            assertEquals(Position.of(missing), e.position());
            assertEquals("environment file not found", e.getMessage());
            assertEquals("error: environment file not found (" + missing + ")", e.render());
        }

        @Test
        void anUnknownNameSuggestsANearOneAndListsTheKnown() throws Exception {
            project();
            List<String> known = new ArrayList<>(workingDirectoryNames());
            known.addAll(List.of("qa", "staging"));
            LoadException e = assertThrows(LoadException.class, () -> loader.locate("stagign", List.of(collection)));
            assertEquals(Position.of("--env stagign"), e.position());
            assertTrue(e.getMessage().startsWith("unknown environment 'stagign'; did you mean 'staging'?"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("known environments: "
                    + String.join(", ", known.stream().distinct().sorted().toList())), e.getMessage());
        }

        @Test
        void dveSuggestsDev() throws Exception {
            Path other = LoadAssertions.write(dir, "other/collections/c.yaml", "name: c\n");
            LoadAssertions.write(dir, "other/environments/dev.yaml", "vars: {a: b}\n");
            LoadAssertions.write(dir, "other/environments/prod.yaml", "vars: {a: b}\n");
            LoadException e = assertThrows(LoadException.class, () -> loader.locate("dve", List.of(other)));
            assertTrue(e.getMessage().contains("did you mean 'dev'?"), e.getMessage());
            assertTrue(e.getMessage().contains("known environments: "), e.getMessage());
            assertTrue(e.getMessage().contains("dev") && e.getMessage().contains("prod"), e.getMessage());
            assertEquals("error: " + e.getMessage() + " (--env dve)", e.render());
        }

        @Test
        void anUnknownNameWithNoNearOneListsTheKnown() throws Exception {
            project();
            LoadException e = assertThrows(LoadException.class,
                    () -> loader.locate("kubernetes", List.of(collection)));
            assertFalse(e.getMessage().contains("did you mean"), e.getMessage());
            assertTrue(e.getMessage().contains("; known environments: "), e.getMessage());
            assertTrue(e.getMessage().contains("staging"), e.getMessage());
        }
    }
}
