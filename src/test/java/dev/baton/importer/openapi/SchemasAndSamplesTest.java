package dev.baton.importer.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.load.LoadException;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON Schemas written from response schemas (OpenAPI 3.0's dialect turned into draft 2020-12, references copied
 * under {@code $defs}) and the values made from schemas for parameters and bodies.
 */
class SchemasAndSamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SPECS = TestFiles.repositoryFile("src/test/resources/import/openapi");

    @TempDir
    Path dir;

    private static OpenApiDocument.Located at(OpenApiDocument document, String pointer) {
        return new OpenApiDocument.Located(document.root().at(pointer), document.file());
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    /** Equal as JSON text, whatever Java types the numbers are held in. */
    private static void same(String expected, JsonNode actual, String... why) throws Exception {
        assertEquals(json(expected), json(actual.toString()), why.length == 0 ? "" : why[0]);
    }

    @Test
    void openApi30KeywordsBecomeJsonSchemaAndReferencesAreCopiedOnce() throws Exception {
        OpenApiDocument document = OpenApiDocument.read(SPECS.resolve("petstore-3.0.yaml"));
        JsonNode schema = JsonSchemas.of(document, at(document, "/paths/~1pet~1findByStatus/get/responses/200/content"
                + "/application~1json/schema"));
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        same("{\"$ref\": \"#/$defs/Pet\"}", schema.get("items"));
        JsonNode pet = schema.at("/$defs/Pet");
        same("[\"string\", \"null\"]", pet.at("/properties/status/type"), "nullable: true");
        assertFalse(pet.at("/properties/status").has("nullable"));
        same("[10]", pet.at("/properties/id/examples"), "example becomes examples");
        same("{\"$ref\": \"#/$defs/Category\"}", pet.at("/properties/category"));
        assertEquals("Dogs", schema.at("/$defs/Category/properties/name/examples/0").asText());
        assertTrue(schema.at("/$defs/Tag").isObject());

        JsonNode order = JsonSchemas.of(document, at(document, "/components/schemas/Order"));
        assertEquals(1, order.at("/properties/quantity/exclusiveMinimum").asInt(), "exclusiveMinimum: true");
        assertFalse(order.at("/properties/quantity").has("minimum"));
    }

    @Test
    void openApi31SchemasKeepTheirKeywordsAndFollowReferencesIntoOtherFiles() throws Exception {
        OpenApiDocument document = OpenApiDocument.read(SPECS.resolve("users-3.1.json"));
        JsonNode user = JsonSchemas.of(document, at(document, "/components/schemas/User"));
        same("{\"$ref\": \"#/$defs/User\", \"description\": \"who they report to\"}", user.at("/properties/manager"),
                "a 3.1 $ref keeps its siblings; the schema refers to itself");
        same("[\"string\", \"null\"]", user.at("/properties/name/type"));

        JsonNode teams = JsonSchemas.of(document, at(document, "/paths/~1teams/get/responses/200/content"
                + "/application~1json/schema"));
        assertEquals("#/$defs/TeamList", teams.get("$ref").asText());
        same("{\"$ref\": \"#/$defs/Team\"}", teams.at("/$defs/TeamList/items"));
        same("{\"$ref\": \"#/$defs/Member\"}", teams.at("/$defs/Team/properties/members/items"),
                "a reference inside the other file is followed from there");
    }

    @Test
    void valuesAreMadeFromSchemas() throws Exception {
        Path spec = TestFiles.write(dir, "s.yaml", """
                openapi: 3.1.0
                info: {title: S, version: '1'}
                paths: {}
                components:
                  schemas:
                    Node:
                      type: object
                      required: [name, children, kind, size, when]
                      properties:
                        id: {type: string, readOnly: true}
                        name: {type: string, minLength: 3, maxLength: 5}
                        children: {type: array, items: {$ref: '#/components/schemas/Node'}}
                        kind: {oneOf: [{type: integer, minimum: 4}, {type: string}]}
                        size: {type: number, exclusiveMinimum: 0.5}
                        when: {type: string, format: date}
                    Both:
                      allOf:
                        - {$ref: '#/components/schemas/Named'}
                        - {type: object, properties: {age: {type: integer, default: 30}}}
                    Named:
                      type: object
                      properties: {name: {const: Ada}}
                """);
        OpenApiDocument document = OpenApiDocument.read(spec);
        SampleValues samples = new SampleValues(document);
        JsonNode node = samples.schema(at(document, "/components/schemas/Node"), 0, new java.util.HashSet<>());
        assertFalse(node.has("id"), "readOnly properties are not sent");
        assertEquals("examp", node.get("name").asText(), "maxLength");
        assertEquals(4, node.get("kind").asInt(), "the first of oneOf, at its minimum");
        assertEquals(1, node.get("size").asInt(), "above an exclusive minimum");
        assertEquals("2024-01-01", node.get("when").asText());
        assertTrue(node.at("/children/0").isNull() || node.at("/children/0/children").isArray(),
                "a schema that refers to itself stops: " + node);
        JsonNode both = samples.schema(at(document, "/components/schemas/Both"), 0, new java.util.HashSet<>());
        same("{\"name\": \"Ada\", \"age\": 30}", both);
    }

    @Test
    void aReferenceLoopIsAnErrorAtTheReference() {
        Path spec = TestFiles.write(dir, "loop.yaml", """
                openapi: 3.0.3
                info: {title: L, version: '1'}
                paths: {}
                components:
                  parameters:
                    A: {$ref: '#/components/parameters/B'}
                    B: {$ref: '#/components/parameters/A'}
                """);
        LoadException e = assertThrows(LoadException.class, () -> {
            OpenApiDocument document = OpenApiDocument.read(spec);
            document.resolve(at(document, "/components/parameters/A"));
        });
        assertTrue(e.render().contains("go round in a loop") && e.render().contains("loop.yaml:6:"), e.render());
    }
}
