package dev.baton.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.baton.auth.AuthType;
import dev.baton.auth.AuthTypes;
import dev.baton.check.Queries;
import dev.baton.model.Operator;
import dev.baton.sandbox.SandboxSwitch;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One definition of the format: the keys each reader accepts (the readers' own constants and the auth registry),
 * the JSON Schemas in {@code schema/} and the table "Every key" of docs/collections.md agree, block by block, in
 * both directions. The schemas validate every shipped collection, environment and example and the test collections
 * under {@code src/test/resources}, and refuse a misspelt key where the loader refuses it too.
 */
class FormatAgreementTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path COLLECTION_SCHEMA = Path.of("schema/collection.schema.json");
    private static final Path ENVIRONMENT_SCHEMA = Path.of("schema/environment.schema.json");
    private static final Path DOCS = Path.of("docs/collections.md");

    /**
     * A block of the format: its name in the docs table, the keys its reader accepts, and where the schema
     * describes it.
     */
    private record Block(String name, List<String> keys, Path schema, String pointer) {
    }

    private static List<Block> blocks() {
        List<Block> blocks = new ArrayList<>(List.of(
                new Block("collection", CollectionLoader.COLLECTION_KEYS, COLLECTION_SCHEMA, ""),
                new Block("step", CollectionLoader.STEP_KEYS, COLLECTION_SCHEMA, "/$defs/step"),
                new Block("request", RequestReader.REQUEST_KEYS, COLLECTION_SCHEMA, "/$defs/request"),
                new Block("request basicAuth", RequestReader.CREDENTIAL_KEYS, COLLECTION_SCHEMA, "/$defs/credentials"),
                new Block("request body file", RequestReader.FILE_BODY_KEYS, COLLECTION_SCHEMA, "/$defs/bodyFile"),
                new Block("request multipart part", RequestReader.PART_KEYS, COLLECTION_SCHEMA, "/$defs/part"),
                new Block("request graphql", RequestReader.GRAPHQL_KEYS, COLLECTION_SCHEMA, "/$defs/graphql"),
                new Block("capture", CheckReader.CAPTURE_KEYS, COLLECTION_SCHEMA, "/$defs/captureSpec"),
                new Block("expect", CheckReader.EXPECT_KEYS, COLLECTION_SCHEMA, "/$defs/expect"),
                new Block("expect oauth", Queries.OAUTH_PARAMETERS, COLLECTION_SCHEMA, "/$defs/oauthResponse"),
                new Block("expect jwt", JwtReader.EXPECT_KEYS, COLLECTION_SCHEMA, "/$defs/jwtExpect"),
                new Block("capture jwt", JwtReader.CAPTURE_KEYS, COLLECTION_SCHEMA, "/$defs/jwtCapture"),
                new Block("condition", Operator.keys(), COLLECTION_SCHEMA, "/$defs/operators"),
                new Block("retry", CheckReader.RETRY_KEYS, COLLECTION_SCHEMA, "/$defs/retry"),
                new Block("login", LoginReader.LOGIN_KEYS, COLLECTION_SCHEMA, "/$defs/login"),
                new Block("audit", AuditReader.KEYS, COLLECTION_SCHEMA, "/$defs/audit"),
                new Block("audit otherClient", AuditReader.CLIENT_KEYS, COLLECTION_SCHEMA, "/$defs/auditClient"),
                new Block("login page", LoginReader.PAGE_KEYS, COLLECTION_SCHEMA, "/$defs/loginPage"),
                new Block("login page match", LoginReader.MATCH_KEYS, COLLECTION_SCHEMA, "/$defs/loginMatch"),
                new Block("environment", EnvironmentLoader.ENVIRONMENT_KEYS, ENVIRONMENT_SCHEMA, ""),
                new Block("environment variable", EnvironmentLoader.VALUE_KEYS, ENVIRONMENT_SCHEMA,
                        "/$defs/variable"),
                new Block("environment sandbox", EnvironmentLoader.SANDBOX_KEYS, ENVIRONMENT_SCHEMA,
                        "/$defs/sandbox")));
        for (AuthType type : builtInAuthTypes()) {
            blocks.add(new Block("auth " + type.name(), AuthReader.keys(type), COLLECTION_SCHEMA,
                    "/$defs/auth-" + type.name()));
        }
        return blocks;
    }

    // ---------------------------------------------------------------- readers, schema, docs

    @TestFactory
    Stream<DynamicTest> everyBlockHasTheSameKeysInTheReaderTheSchemaAndTheDocs() {
        Map<String, Set<String>> docs = docsTable();
        return blocks().stream().map(block -> DynamicTest.dynamicTest(block.name(), () -> {
            Set<String> reader = new TreeSet<>(block.keys());
            assertEquals(reader.size(), block.keys().size(), "the reader lists a key twice: " + block.keys());
            JsonNode properties = schema(block.schema()).at(block.pointer() + "/properties");
            assertFalse(properties.isMissingNode(), block.schema() + "#" + block.pointer() + " has no properties");
            Set<String> inSchema = new TreeSet<>();
            properties.fieldNames().forEachRemaining(inSchema::add);
            assertEquals(reader, inSchema, block.name() + ": the reader's keys against " + block.schema() + "#"
                    + block.pointer());
            assertEquals(reader, docs.get(block.name()), block.name() + ": the reader's keys against the row '"
                    + block.name() + "' of " + DOCS + ", 'Every key'");
        }));
    }

    @Test
    void theDocsTableHasNoOtherBlock() {
        Set<String> known = new TreeSet<>(blocks().stream().map(Block::name).toList());
        assertEquals(known, docsTable().keySet());
    }

    @Test
    void theNamesABlockChoosesFromAreTheSameInTheSchema() {
        List<String> schemaTypes = new ArrayList<>();
        schema(COLLECTION_SCHEMA).at("/$defs/auth/properties/type/enum").forEach(n -> schemaTypes.add(n.asText()));
        assertEquals(new TreeSet<>(builtInAuthTypes().stream().map(AuthType::name).toList()),
                new TreeSet<>(schemaTypes), "auth types");
        List<String> switches = new ArrayList<>();
        schema(ENVIRONMENT_SCHEMA).at("/$defs/sandbox/properties/switches/items/enum")
                .forEach(n -> switches.add(n.asText()));
        assertEquals(SandboxSwitch.keys(), switches, "sandbox switches");
    }

    /** The table under "### Every key" of docs/collections.md: block name to the keys written in backticks. */
    private static Map<String, Set<String>> docsTable() {
        List<String> lines = read(DOCS).lines().toList();
        int start = lines.indexOf("### Every key");
        assertTrue(start >= 0, DOCS + " has a section '### Every key'");
        Map<String, Set<String>> table = new LinkedHashMap<>();
        Pattern code = Pattern.compile("`([^`]+)`");
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("#")) {
                break;
            }
            String[] cells = line.split("\\|");
            if (!line.startsWith("|") || cells.length < 3 || cells[1].isBlank() || cells[1].contains("---")
                    || cells[1].trim().equals("block")) {
                continue;
            }
            Set<String> keys = new TreeSet<>();
            Matcher m = code.matcher(cells[2]);
            while (m.find()) {
                keys.add(m.group(1));
            }
            assertTrue(table.put(cells[1].trim(), keys) == null, "row '" + cells[1].trim() + "' is written twice");
        }
        return table;
    }

    // ---------------------------------------------------------------- the schemas and the files

    @TestFactory
    Stream<DynamicTest> theSchemasValidateEveryShippedAndTestFile() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("collections", "environments", "examples", "src/test/resources")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(f -> f.toString().matches(".*\\.ya?ml$") && !f.toString().contains("node_modules")
                        && !f.toString().contains("/target/") && !f.startsWith("src/test/resources/import"))
                        .sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() >= 12, "found the files: " + files);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            JsonNode document = yaml(read(file));
            boolean collection = document != null && (document.has("steps") || document.has("audit"));
            if (collection) {
                new CollectionLoader().load(file);
            } else {
                new EnvironmentLoader(name -> null).load(file);
            }
            assertEquals(List.of(), messages(validator(collection ? COLLECTION_SCHEMA : ENVIRONMENT_SCHEMA)
                    .validate(document)), file.toString());
            if (file.startsWith("collections") || file.startsWith("environments") || file.startsWith("examples")) {
                assertTrue(read(file).lines().anyMatch(l -> l.startsWith("# yaml-language-server: $schema=")
                        && l.endsWith((collection ? "collection" : "environment") + ".schema.json")),
                        file + " names its schema for editors");
            }
        }));
    }

    /** A misspelt key in each kind of block: the schema refuses it, and so does the loader. */
    @TestFactory
    Stream<DynamicTest> aMisspeltKeyIsRefusedByTheSchemaAndTheLoader(@TempDir Path dir) {
        String step = "  - name: s\n    request: {url: 'http://127.0.0.1/x'}\n";
        Map<String, String> collections = new LinkedHashMap<>();
        collections.put("collection", "nmae: x\nsteps:\n" + step);
        collections.put("step", "steps:\n" + step + "    expcet: {status: 200}\n");
        collections.put("request", "steps:\n  - name: s\n    request: {url: 'http://127.0.0.1/x', heders: {}}\n");
        collections.put("capture", "steps:\n" + step + "    capture: {a: {json: $.a, secrte: true}}\n");
        collections.put("condition", "steps:\n" + step + "    expect: {status: {equal: 200}}\n");
        collections.put("login", "steps:\n" + step + "    oauth: authorize\n    login: {feilds: {a: b}}\n");
        collections.put("auth", "auth: {type: client-credentials, tokenURL: x, clientId: a, clientSecret: b}\n"
                + "steps:\n" + step);
        collections.put("auth api-key", "auth: {type: api-key, nmae: k, value: v}\nsteps:\n" + step);
        collections.put("audit", "audit: {issuer: 'http://127.0.0.1/', clientId: a, redirectUri: 'http://127.0.0.1/cb', "
                + "scpoe: openid}\n");
        return collections.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Path file = LoadAssertions.write(dir, e.getKey().replace(' ', '-') + ".yaml", e.getValue());
            assertFalse(validator(COLLECTION_SCHEMA).validate(yaml(e.getValue())).isEmpty(), "the schema takes "
                    + e.getValue());
            LoadException refused = assertThrows(LoadException.class, () -> new CollectionLoader().load(file));
            assertTrue(refused.getMessage().startsWith("unknown key"), refused::render);
        }));
    }

    @Test
    void aMisspeltKeyOfAnEnvironmentIsRefusedByTheSchemaAndTheLoader(@TempDir Path dir) throws IOException {
        for (String content : List.of("varz: {a: 1}\n", "vars: {a: {value: 1, secert: true}}\n",
                "sandbox: {switchs: [html-only]}\n")) {
            assertFalse(validator(ENVIRONMENT_SCHEMA).validate(yaml(content)).isEmpty(), content);
            Path file = LoadAssertions.write(dir, "env.yaml", content);
            LoadException refused = assertThrows(LoadException.class, () -> new EnvironmentLoader(n -> null)
                    .load(file));
            assertTrue(refused.getMessage().startsWith("unknown key"), refused::render);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The auth types Baton ships (the test class path adds one of its own). */
    static List<AuthType> builtInAuthTypes() {
        return AuthTypes.available().all().stream()
                .filter(t -> t.getClass().getPackageName().equals("dev.baton.auth.types")).toList();
    }

    private static Schema validator(Path schema) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(read(schema));
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(Error::toString).toList();
    }

    private static JsonNode schema(Path file) {
        try {
            return JSON.readTree(read(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** YAML read as Baton reads it (SnakeYAML's YAML 1.1 types), as JSON. */
    private static JsonNode yaml(String content) {
        Object data = new Yaml(new SafeConstructor(new LoaderOptions())).load(content);
        return data == null ? JSON.nullNode() : JSON.valueToTree(data);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
