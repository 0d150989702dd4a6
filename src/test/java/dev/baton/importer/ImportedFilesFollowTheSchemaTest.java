package dev.baton.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.baton.testing.CliRun;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** What {@code baton import} writes from each source of the tests is valid against the format's JSON Schemas. */
class ImportedFilesFollowTheSchemaTest {

    private static final Path SOURCES = Path.of("src/test/resources/import");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyImportedCollectionAndEnvironmentValidates() {
        return Stream.of(
                List.of("postman", "postman/users-api.postman_collection.json", "-e",
                        "postman/users-api.postman_environment.json"),
                List.of("postman", "postman/shop-v2.0.postman_collection.json"),
                List.of("postman", "postman/zoom-pkce.postman_collection.json"),
                List.of("postman", "newman/comparison.postman_collection.json"),
                List.of("openapi", "openapi/petstore-3.0.yaml"),
                List.of("openapi", "openapi/users-3.1.json"),
                List.of("openapi", "openapi/zoom-users-3.0.yaml")
        ).map(args -> DynamicTest.dynamicTest(args.get(1), () -> {
            Path out = dir.resolve(args.get(1).replaceAll("\\W", "_"));
            List<String> command = Stream.concat(Stream.of("import", args.get(0)), args.stream().skip(1)
                    .map(a -> a.startsWith("-") ? a : SOURCES.resolve(a).toString())).toList();
            CliRun run = CliRun.of(Stream.concat(command.stream(), Stream.of("--out", out.toString()))
                    .toArray(String[]::new));
            assertEquals(0, run.exitCode(), run::toString);
            List<Path> written;
            try (Stream<Path> walk = Files.walk(out)) {
                written = walk.filter(f -> f.toString().matches(".*\\.ya?ml$")).sorted().toList();
            }
            assertFalse(written.isEmpty(), "the import wrote YAML files");
            for (Path file : written) {
                JsonNode document = yaml(Files.readString(file));
                Path schema = Path.of("schema", (document.has("steps") ? "collection" : "environment")
                        + ".schema.json");
                assertEquals(List.of(), validator(schema).validate(document).stream().map(Error::toString).toList(),
                        out.relativize(file) + " against " + schema);
            }
        }));
    }

    private static Schema validator(Path schema) throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(Files.readString(schema));
    }

    /** YAML read as Baton reads it (SnakeYAML's YAML 1.1 types), as JSON. */
    private static JsonNode yaml(String content) {
        return JSON.valueToTree(new Yaml(new SafeConstructor(new LoaderOptions())).load(content));
    }
}
