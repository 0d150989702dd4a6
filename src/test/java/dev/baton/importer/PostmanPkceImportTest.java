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
 * A Postman collection that uses the OAuth 2.0 helper with PKCE (Zoom's "Option 2 via Auth Helper"), imported and run
 * against Baton's embedded sandbox: the authorize and token steps the import writes run the whole flow.
 */
class PostmanPkceImportTest {

    private static final Path COLLECTION = TestFiles.repositoryFile(
            "src/test/resources/import/postman/zoom-pkce.postman_collection.json");

    @TempDir
    Path dir;

    private Path sandboxEnvironment(String clientId) {
        return TestFiles.write(dir, "sandbox.yaml", """
                sandbox: embedded
                vars:
                  zoomBaseUrl: <<sandbox.url>>
                  apiBaseUrl: <<sandbox.url>>/v2
                  clientId: %s
                  clientSecret: {value: sandbox-client-secret, secret: true}
                  zoomUser: sandbox.user@baton.test
                  oauthUsername: sandbox.user@baton.test
                  oauthPassword: {value: sandbox-password, secret: true}
                """.formatted(clientId));
    }

    @Test
    void theImportedHelperRunsTheFlowAgainstTheSandbox() {
        Path out = dir.resolve("out");
        CliRun imported = CliRun.of("import", "postman", COLLECTION.toString(), "--out", out.toString());
        assertEquals(0, imported.exitCode(), imported::toString);
        String yaml = TestFiles.read(out.resolve("zoom-pkce-via-the-auth-helper.yaml"));
        assertTrue(yaml.contains("type: oauth2-pkce"), yaml);
        assertTrue(yaml.contains("oauth: authorize") && yaml.contains("oauth: token"), yaml);

        CliRun run = CliRun.of("run", out.toString(), "--env", sandboxEnvironment("sandbox-client").toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("3 passed, 0 failed"), run::toString);
        assertFalse(run.all().contains("sandbox-password") || run.all().contains("sandbox-client-secret"),
                run::toString);
    }

    @Test
    void aPublicClientSendsItsIdInTheBodyAndTheSandboxChecksThePkceVerifier() {
        String json = TestFiles.read(COLLECTION)
                .replace("{\"key\": \"clientSecret\", \"value\": \"{{clientSecret}}\", \"type\": \"string\"},", "")
                .replace("\"value\": \"header\", \"type\": \"string\"}", "\"value\": \"body\", \"type\": \"string\"}");
        assertFalse(json.contains("clientSecret"), json);
        Path collection = TestFiles.write(dir, "public.postman_collection.json", json);
        Path out = dir.resolve("public");
        CliRun imported = CliRun.of("import", "postman", collection.toString(), "--out", out.toString());
        assertEquals(0, imported.exitCode(), imported::toString);
        String yaml = TestFiles.read(out.resolve("zoom-pkce-via-the-auth-helper.yaml"));
        assertTrue(yaml.contains("client_id: <<clientId>>") && !yaml.contains("basicAuth"), yaml);

        CliRun run = CliRun.of("run", out.toString(), "--env", sandboxEnvironment("sandbox-public-client").toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("3 passed, 0 failed"), run::toString);

        Path withoutPkce = TestFiles.write(dir, "plain.postman_collection.json", json.replace(
                "authorization_code_with_pkce", "authorization_code"));
        Path plain = dir.resolve("plain");
        assertEquals(0, CliRun.of("import", "postman", withoutPkce.toString(), "--out", plain.toString()).exitCode());
        assertFalse(TestFiles.read(plain.resolve("zoom-pkce-via-the-auth-helper.yaml")).contains("oauth2-pkce"));
        CliRun refused = CliRun.of("run", plain.toString(), "--env", sandboxEnvironment("sandbox-public-client")
                .toString());
        assertEquals(1, refused.exitCode(), refused::toString);
        assertTrue(refused.out().contains("invalid_request"), refused::toString);
    }
}
