package dev.baton.importer;

import dev.baton.testing.CliRun;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code baton import postman} of a collection that uses what Postman users use: folders, inherited auth of each kind
 * Baton sends, disabled parts, path variables and query arrays, dynamic variables, old and new test scripts, and an
 * environment with a secret. What it writes validates, keeps no secret on disk, and says what did not carry over.
 */
class PostmanImportTest {

    private static final Path POSTMAN = TestFiles.repositoryFile("src/test/resources/import/postman");
    private static final List<String> LITERAL_SECRETS = List.of("tok-5d1a-literal-collection-token",
            "ak-7Qw-literal-api-key", "hunter2-literal", "s3cret-admin-pw");

    @TempDir
    Path dir;

    private CliRun importUsers(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("import", "postman",
                POSTMAN.resolve("users-api.postman_collection.json").toString(), "-e",
                POSTMAN.resolve("users-api.postman_environment.json").toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run::toString);
        return run;
    }

    private static String all(Path out) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                text.append("=== ").append(out.relativize(file)).append('\n').append(Files.readString(file));
            }
        }
        return text.toString();
    }

    @Test
    void foldersBecomeCollectionsWithTheirInheritedAuthAndScriptsBecomeExpectations() throws IOException {
        Path out = dir.resolve("users");
        CliRun run = importUsers(out);
        assertTrue(run.out().contains("3 collections, 5 steps, 16 assertions and 1 capture translated; 2 script "
                + "lines kept as comments, 3 parts left out"), run::toString);
        String top = TestFiles.read(out.resolve("01-users-api.yaml"));
        String users = TestFiles.read(out.resolve("02-users-api-users.yaml"));
        String admin = TestFiles.read(out.resolve("03-users-api-admin.yaml"));

        assertFalse(top.contains("bearer"), "noauth on the request: " + top);
        assertTrue(top.contains("status: 200") && top.contains("body: {contains: ok}"), "tests[...] = ...: " + top);
        assertTrue(top.contains("duration: {lt: 10000}"), "the collection's test script runs for every request");

        assertTrue(users.contains("bearer: <<apiToken>>"), "the collection's bearer auth is inherited: " + users);
        assertTrue(users.contains("X-Request-Id: <<$uuid>>") && !users.contains("X-Debug"), users);
        assertTrue(users.contains("\"email\": \"user-<<$uuid>>@example.com\""), "a dynamic variable: " + users);
        assertTrue(users.contains("capture:\n      userId: {json: $.id}"), "pm.environment.set from the body");
        assertTrue(users.contains("Location: {exists: true}") && users.contains("status: 201"), users);
        assertTrue(users.contains("#    8 |     pm.expect(body.id).to.be.a('number');"),
                "an untranslated line is kept as a comment beside its step: " + users);
        assertTrue(users.contains("url: <<baseUrl>>/users/<<userId>>") && users.contains("fields: [name, tags]")
                && !users.contains("debug"), "a path variable, a query array, a disabled parameter: " + users);
        assertTrue(users.contains("$.tags: {contains: admin, length: 2}"), users);
        assertTrue(users.contains("X-Api-Key: <<xApiKey>>") && users.contains("password: <<password>>")
                && !users.contains("off:"), "apikey auth; a secret-named form field; a disabled field: " + users);
        assertTrue(users.contains("status: [200, 206]"), "oneOf: " + users);

        assertTrue(admin.contains("basicAuth: {username: admin, password: <<adminPassword>>}"),
                "the folder's basic auth: " + admin);
        assertFalse(admin.contains("Purge"), admin);

        String environment = TestFiles.read(out.resolve("environments/users-dev.yaml"));
        assertTrue(environment.contains("adminPassword: {env: ADMIN_PASSWORD, secret: true}")
                && environment.contains("apiToken: {env: API_TOKEN, secret: true}") && !environment.contains("old"),
                environment);

        String report = TestFiles.read(out.resolve("import-report.md"));
        assertTrue(report.contains("| Admin / Purge | the request | Baton sends DELETE, GET, HEAD, OPTIONS, PATCH, "
                + "POST, PUT, not PURGE |"), report);
        assertTrue(report.contains("| Users / Create a user | pre-request script | 1 | `pm.environment.set('stamp', "
                + "Date.now());` |"), report);
        assertTrue(report.contains("`ADMIN_PASSWORD`"), report);

        String written = all(out) + run.all();
        for (String secret : LITERAL_SECRETS) {
            assertFalse(written.contains(secret), "'" + secret + "' is written or printed");
        }
        CliRun validate = CliRun.of("validate", out.toString(), "--env", out.resolve("environments/users-dev.yaml")
                .toString());
        assertTrue(validate.all().contains("ADMIN_PASSWORD"), "the secrets are read from the OS: " + validate);
    }

    @Test
    void foldersBecomeTagsOnRequest() {
        Path out = dir.resolve("tags");
        importUsers(out, "--folders", "tags");
        String yaml = TestFiles.read(out.resolve("users-api.yaml"));
        assertTrue(yaml.contains("tags: [users]") && yaml.contains("tags: [admin]"), yaml);
        assertFalse(Files.exists(out.resolve("02-users-api-users.yaml")));
        CliRun bad = CliRun.of("import", "postman", POSTMAN.resolve("users-api.postman_collection.json").toString(),
                "--folders", "folders", "--out", dir.resolve("bad").toString());
        assertEquals(2, bad.exitCode(), bad::toString);
        assertTrue(bad.err().contains("--folders must be 'collections' or 'tags', not 'folders'"), bad::toString);
    }

    @Test
    void aSecondImportNeedsForceAndReplacesWhole() {
        Path out = dir.resolve("again");
        importUsers(out);
        CliRun again = CliRun.of("import", "postman", POSTMAN.resolve("users-api.postman_collection.json").toString(),
                "--out", out.toString());
        assertEquals(2, again.exitCode(), again::toString);
        assertTrue(again.err().contains("already exists (and 3 more of the files to write); pass --force"), again::toString);
        importUsers(out, "--force");
    }
}
