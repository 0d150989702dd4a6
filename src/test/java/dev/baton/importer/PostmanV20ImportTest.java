package dev.baton.importer;

import dev.baton.testing.CliRun;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A collection in Postman's format v2.0 (auth attributes as objects, URLs as strings) with the body modes a v2.1
 * collection has too: GraphQL, raw XML, form data with a file part, URL-encoded; an API key in the query.
 */
class PostmanV20ImportTest {

    @TempDir
    Path dir;

    @Test
    void aV20CollectionAndItsBodyModesImport() {
        Path out = dir.resolve("shop");
        CliRun run = CliRun.of("import", "postman", TestFiles.repositoryFile(
                "src/test/resources/import/postman/shop-v2.0.postman_collection.json").toString(), "--out",
                out.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("format v2.0"), run::toString);
        String yaml = TestFiles.read(out.resolve("shop-v2-0.yaml"));

        assertTrue(yaml.contains("base_url: http://127.0.0.1:9999") && yaml.contains("url: <<base_url>>/graphql"),
                "a Postman name with a space is renamed: " + yaml);
        assertTrue(run.out().contains("Postman variable 'base url' is 'base_url' in Baton"), run::toString);
        assertTrue(yaml.contains("api_key: <<shopKey>>"), "the collection's apikey in the query, from v2.0's "
                + "object form: " + yaml);
        assertTrue(yaml.contains("{\"query\":\"query ($n: Int) { products(first: $n) { id } }\",\"variables\":{\"n\": 3}}"),
                "GraphQL as its JSON body: " + yaml);
        assertTrue(yaml.contains("url: <<base_url>>/orders/<<$randomInt>>") && yaml.contains("<order><item>word"
                + "<<$randomInt>></item></order>") && yaml.contains("contentType: application/xml"), yaml);
        assertTrue(yaml.contains("bearer: <<pictureToken>>"), yaml);
        assertTrue(yaml.contains("who: Ada"), "a fixed value for a random first name: " + yaml);
        int signForm = yaml.indexOf("name: Sign a form");
        assertFalse(yaml.substring(signForm).contains("api_key"), "noauth sends no key: " + yaml);

        String report = TestFiles.read(out.resolve("import-report.md"));
        if (!PendingSyntax.DIGEST) {
            assertTrue(report.contains("digest authentication"), report);
        }
        if (!PendingSyntax.MULTIPART) {
            assertTrue(report.contains("the multipart/form-data body (2 parts)"), report);
        }
    }
}
