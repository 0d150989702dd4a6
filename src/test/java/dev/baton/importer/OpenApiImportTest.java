package dev.baton.importer;

import dev.baton.testing.CliRun;
import dev.baton.testing.HttpStub;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code baton import openapi} on OpenAPI 3.0 and 3.1 documents of the shapes real APIs publish: one step per
 * operation with its parameters, body and expectations, the security schemes as Baton's credentials, the written
 * collection run against a loopback server and, for the OAuth 2.0 flows, against the embedded sandbox.
 */
class OpenApiImportTest {

    private static final Path SPECS = TestFiles.repositoryFile("src/test/resources/import/openapi");

    @TempDir
    Path dir;

    private Map<String, Object> imported(String spec, String collection) {
        Path out = dir.resolve(spec);
        CliRun run = CliRun.of("import", "openapi", SPECS.resolve(spec).toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run::toString);
        return new Yaml().load(TestFiles.read(out.resolve(collection)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> step(Map<String, Object> collection, String name) {
        for (Object step : (List<Object>) collection.get("steps")) {
            if (((Map<String, Object>) step).get("name").equals(name)) {
                return (Map<String, Object>) step;
            }
        }
        throw new AssertionError("no step '" + name + "' in " + collection.get("steps"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String... keys) {
        Map<String, Object> current = parent;
        for (String key : keys) {
            current = (Map<String, Object>) current.get(key);
        }
        return current;
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePetStoreOf30BecomesOneStepPerOperationWithItsOAuthFlowFirst() {
        Map<String, Object> yaml = imported("petstore-3.0.yaml", "pet-store.yaml");
        List<Object> names = ((List<Map<String, Object>>) yaml.get("steps")).stream().map(s -> s.get("name"))
                .map(Object.class::cast).toList();
        assertEquals(List.of("OAuth 2.0 (petstore_auth): authorize", "OAuth 2.0 (petstore_auth): get the access token",
                "Add a new pet to the store", "Finds Pets by status", "Find pet by ID", "Deletes a pet",
                "Place an order for a pet", "getInventory", "Logs out current logged in user session"), names);
        Map<String, Object> vars = map(yaml, "vars");
        assertEquals("<<scheme>>://127.0.0.1:<<port>>/api/v3", vars.get("baseUrl"));
        assertEquals("8080", vars.get("port"));
        assertEquals("<<scheme>>://127.0.0.1:<<port>>/oauth/token", vars.get("petstore_auth.tokenUrl"),
                "a token URL relative to the server is resolved against its origin");
        assertEquals(Map.of("type", "oauth2-pkce", "method", "S256"), yaml.get("auth"));

        Map<String, Object> authorize = step(yaml, "OAuth 2.0 (petstore_auth): authorize");
        assertEquals("authorize", authorize.get("oauth"));
        assertEquals("write:pets read:pets", map(authorize, "request", "query").get("scope"),
                "one token with the scopes of every operation that uses the scheme");
        Map<String, Object> token = step(yaml, "OAuth 2.0 (petstore_auth): get the access token");
        assertEquals("token", token.get("oauth"));
        assertEquals("<<oauth.code>>", map(token, "request", "form").get("code"));

        Map<String, Object> addPet = map(step(yaml, "Add a new pet to the store"), "request");
        assertEquals("POST", addPet.get("method"));
        assertEquals(Map.of("name", "doggie", "photoUrls", List.of("https://example.com")), addPet.get("json"),
                "the required properties, the readOnly id left out, JSON chosen over XML");
        assertEquals("<<petstore_auth.accessToken>>", addPet.get("bearer"));

        Map<String, Object> byStatus = map(step(yaml, "Finds Pets by status"), "request");
        assertEquals(Map.of("status", "available"), byStatus.get("query"), "the optional limit has no example");

        Map<String, Object> byId = step(yaml, "Find pet by ID");
        assertEquals("<<baseUrl>>/pet/10", map(byId, "request").get("url"));
        assertEquals("<<api_key.apiKey>>", map(byId, "request", "headers").get("api_key"));
        assertNull(map(byId, "request").get("bearer"), "the first requirement Baton can send is used");
        assertEquals(Map.of("startsWith", "application/json"), map(byId, "expect", "headers").get("Content-Type"));

        Map<String, Object> delete = step(yaml, "Deletes a pet");
        assertEquals(Map.of("X-Request-Id", "3fa85f64-5717-4562-b3fc-2c963f66afa6"), map(delete, "request",
                "headers"), "an Accept parameter is ignored, as OpenAPI says");
        assertEquals(204, map(delete, "expect").get("status"));

        Map<String, Object> order = step(yaml, "Place an order for a pet");
        assertEquals("2", map(order, "request", "form").get("quantity"), "minimum 1, exclusive in 3.0's way");
        assertEquals(Map.of("ge", 200, "le", 299), map(order, "expect").get("status"));
        assertNull(map(order, "request").get("bearer"), "security: [] sends nothing");

        assertNull(step(yaml, "getInventory").get("expect"), "only a default response: no status to expect");
        assertEquals("SESSIONID=<<session.apiKey>>", map(step(yaml, "Logs out current logged in user session"),
                "request", "headers").get("Cookie"), "a $ref to a security scheme is followed");

        String environment = TestFiles.read(dir.resolve("petstore-3.0.yaml/environments/local.yaml"));
        assertTrue(environment.contains("petstore_auth.clientSecret: {env: PETSTORE_AUTH_CLIENT_SECRET, secret: "
                + "true}") && environment.contains("oauthPassword: {env: OAUTH_PASSWORD, secret: true}"), environment);
        String report = TestFiles.read(dir.resolve("petstore-3.0.yaml/import-report.md"));
        assertTrue(report.contains("| TRACE /store/inventory | the operation | Baton sends no TRACE requests |"),
                report);
        assertTrue(report.contains("only 'default'") && report.contains("`petstore_auth.clientId`"), report);
        assertFalse(report.contains("script line"), report);
    }

    @Test
    void users31TakesJsonSchemaTypesStylesServersAndFilesBesideIt() {
        Map<String, Object> yaml = imported("users-3.1.json", "users-api.yaml");
        assertEquals("https://<<tenant>>.users.example/v2", map(yaml, "vars").get("baseUrl"));
        assertEquals("acme", map(yaml, "vars").get("tenant"));
        assertEquals(Map.of("type", "client-credentials", "tokenUrl", "<<machine.tokenUrl>>", "clientId",
                "<<machine.clientId>>", "clientSecret", "<<machine.clientSecret>>", "scope",
                "teams:read teams:write"), yaml.get("auth"));

        Map<String, Object> list = map(step(yaml, "listUsers"), "request");
        assertEquals(Map.of("page", 1, "role", "admin,member", "filter[team]", "core"), list.get("query"),
                "minimum, explode: false with examples, deepObject with a 3.1 examples list");
        assertEquals("<<bearerAuth.token>>", list.get("bearer"), "the document's security applies");
        assertEquals("<<X-Api-Token>>", map(list, "headers").get("X-Api-Token"), "a secret-named parameter");

        Map<String, Object> create = map(step(yaml, "Create a user"), "request");
        assertEquals("application/merge-patch+json", map(create, "headers").get("Content-Type"));
        assertEquals("Ada", map(create, "json").get("name"), "the media type's example");

        Map<String, Object> avatar = map(step(yaml, "Upload an avatar"), "request");
        assertEquals("<<baseUrl>>/users/3fa85f64-5717-4562-b3fc-2c963f66afa6/avatar", avatar.get("url"));
        assertEquals(Map.of("username", "<<basicAuth.username>>", "password", "<<basicAuth.password>>"),
                avatar.get("basicAuth"));

        assertEquals("https://status.users.example/health", map(step(yaml, "Health"), "request").get("url"),
                "an operation's own server");
        Map<String, Object> team = map(step(yaml, "Create a team"), "request");
        assertEquals(Map.of("name", "Platform", "members", List.of(Map.of("email", "lin@example.com", "lead", true))),
                team.get("json"), "a request body and its example in another file, by $ref");
        assertNull(team.get("bearer"), "the client-credentials helper sends the token");

        String report = TestFiles.read(dir.resolve("users-3.1.json/import-report.md"));
        assertTrue(report.contains("| Reports of the tenant (GET /reports) | the credentials | security scheme 'oidc' "
                + "(openIdConnect): the endpoints are in the discovery document"), report);
        assertTrue(report.contains("| the webhooks | they are requests the API sends"), report);
        if (!PendingSyntax.MULTIPART) {
            assertTrue(report.contains("the multipart/form-data request body"), report);
        }
    }

    @Test
    void theImportedCollectionRunsAgainstALoopbackServerAndFailsWhereTheServerDiffers() {
        Path spec = TestFiles.write(dir, "things.yaml", """
                openapi: 3.1.0
                info: {title: Things, version: "1"}
                servers: [{url: "https://things.example/api"}]
                security: [{key: []}]
                paths:
                  /things/{id}:
                    get:
                      summary: Get a thing
                      parameters:
                        - {name: id, in: path, required: true, schema: {type: integer, examples: [7]}}
                      responses:
                        "200":
                          description: ok
                          content:
                            application/json:
                              schema: {type: object, required: [id], properties: {id: {type: integer}}}
                  /things:
                    post:
                      summary: Make a thing
                      requestBody:
                        content:
                          application/json:
                            schema: {type: object, required: [name], properties: {name: {type: string}}}
                      responses:
                        "201": {description: made, content: {application/json: {schema: {type: object}}}}
                  /broken:
                    get:
                      summary: A thing the server breaks
                      responses:
                        "200": {description: ok}
                components:
                  securitySchemes:
                    key: {type: apiKey, in: header, name: X-Key}
                """);
        Path out = dir.resolve("things");
        CliRun imported = CliRun.of("import", "openapi", spec.toString(), "--out", out.toString());
        assertEquals(0, imported.exitCode(), imported::toString);
        try (HttpStub http = HttpStub.start()) {
            http.server().stubFor(get(urlPathEqualTo("/api/things/7")).withHeader("X-Key", equalTo("k-123456"))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody("{\"id\": 7}")));
            http.server().stubFor(post(urlPathEqualTo("/api/things")).withHeader("X-Key", equalTo("k-123456"))
                    .withRequestBody(equalTo("{\"name\":\"example\"}"))
                    .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "text/html")
                            .withBody("<p>made</p>")));
            http.server().stubFor(get(urlPathEqualTo("/api/broken")).willReturn(aResponse().withStatus(500)));
            Path environment = TestFiles.write(dir, "loopback.yaml", """
                    vars:
                      baseUrl: %s/api
                      key.apiKey: {value: k-123456, secret: true}
                    """.formatted(http.baseUrl()));
            CliRun run = CliRun.of("run", out.toString(), "--env", environment.toString());
            assertEquals(1, run.exitCode(), run::toString);
            assertTrue(run.out().matches("(?s).*PASS +Get a thing.*"), run::toString);
            assertTrue(run.out().matches("(?s).*(FAIL|ERROR) +Make a thing.*"), "the content type differs: " + run);
            assertTrue(run.out().matches("(?s).*FAIL +A thing the server breaks.*"), run::toString);
            assertTrue(run.out().contains("1 passed, 2 failed"), run::toString);
            assertFalse(run.all().contains("k-123456"), run::toString);
            if (PendingSyntax.JSON_SCHEMA) {
                http.server().stubFor(get(urlPathEqualTo("/api/things/7")).willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json").withBody("{\"id\": \"seven\"}")));
                CliRun schema = CliRun.of("run", out.toString(), "--env", environment.toString(), "--step",
                        "Get a thing");
                assertEquals(1, schema.exitCode(), schema::toString);
                assertTrue(schema.out().contains("/id"), "the violation by its JSON pointer: " + schema);
            }
        }
    }

    @Test
    void theOAuthFlowsOfTheDocumentRunAgainstTheSandbox() {
        Path out = dir.resolve("zoom");
        CliRun imported = CliRun.of("import", "openapi", SPECS.resolve("zoom-users-3.0.yaml").toString(), "--out",
                out.toString());
        assertEquals(0, imported.exitCode(), imported::toString);
        String yaml = TestFiles.read(out.resolve("zoom-users.yaml"));
        assertTrue(yaml.contains("type: oauth2-pkce") && yaml.contains("oauth: authorize"), yaml);
        assertTrue(yaml.contains("grant_type: client_credentials"), "the second OAuth scheme gets a token step, "
                + "since the PKCE helper holds the collection's auth: " + yaml);
        Path environment = TestFiles.write(dir, "sandbox.yaml", """
                sandbox: embedded
                vars:
                  baseUrl: <<sandbox.url>>/v2
                  zoom_user.authorizationUrl: <<sandbox.url>>/oauth/authorize
                  zoom_user.tokenUrl: <<sandbox.url>>/oauth/token
                  zoom_app.tokenUrl: <<sandbox.url>>/oauth/token
                  zoom_user.clientId: sandbox-client
                  zoom_app.clientId: sandbox-client
                  zoom_user.redirectUri: https://baton.test/oauth/callback
                  zoom_user.clientSecret: {value: sandbox-client-secret, secret: true}
                  zoom_app.clientSecret: {value: sandbox-client-secret, secret: true}
                  oauthUsername: sandbox.user@baton.test
                  oauthPassword: {value: sandbox-password, secret: true}
                """);
        CliRun run = CliRun.of("run", out.toString(), "--env", environment.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("5 passed, 0 failed"), run::toString);
        assertFalse(run.all().contains("sandbox-password") || run.all().contains("sandbox-client-secret"),
                run::toString);

        Path wrongSecret = TestFiles.write(dir, "wrong.yaml", TestFiles.read(environment).replace(
                "zoom_app.clientSecret: {value: sandbox-client-secret", "zoom_app.clientSecret: {value: not-it"));
        CliRun refused = CliRun.of("run", out.toString(), "--env", wrongSecret.toString());
        assertEquals(1, refused.exitCode(), refused::toString);
        assertTrue(refused.out().matches("(?s).*FAIL +OAuth 2.0 \\(zoom_app\\): get the access token.*"),
                refused::toString);
    }

    @Test
    void aClientCredentialsSchemeAloneBecomesTheCollectionsHelperAndRunsAgainstTheSandbox() {
        Path spec = TestFiles.write(dir, "app.yaml", TestFiles.read(SPECS.resolve("zoom-users-3.0.yaml"))
                .replace("- zoom_user: [\"user:read\"]", "- zoom_app: [\"user:read:admin\"]"));
        Path out = dir.resolve("app");
        assertEquals(0, CliRun.of("import", "openapi", spec.toString(), "--out", out.toString()).exitCode());
        String yaml = TestFiles.read(out.resolve("zoom-users.yaml"));
        assertTrue(yaml.contains("type: client-credentials") && !yaml.contains("oauth: authorize"), yaml);
        Path environment = TestFiles.write(dir, "sandbox.yaml", """
                sandbox: embedded
                vars:
                  baseUrl: <<sandbox.url>>/v2
                  zoom_app.tokenUrl: <<sandbox.url>>/oauth/token
                  zoom_app.clientId: sandbox-client
                  zoom_app.clientSecret: {value: sandbox-client-secret, secret: true}
                """);
        CliRun run = CliRun.of("run", out.toString(), "--env", environment.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("2 passed, 0 failed"), run::toString);
    }

    @Test
    void badDocumentsAreRefusedWithTheirPlaceAndNothingIsWritten() {
        record Bad(String name, String content, String message, String position) {
        }
        List<Bad> cases = List.of(
                new Bad("swagger.yaml", "swagger: '2.0'\ninfo: {title: Old, version: '1'}\npaths: {}\n",
                        "this is a Swagger 2.0 document; Baton reads OpenAPI 3.0 and 3.1", ":1:"),
                new Bad("future.yaml", "openapi: 4.0.0\ninfo: {title: F, version: '1'}\npaths: {}\n",
                        "unknown OpenAPI version '4.0.0': Baton reads 3.0 and 3.1", ":1:10"),
                new Bad("postman.json", "{\"info\": {\"name\": \"C\"}, \"item\": []}",
                        "this is a Postman collection, not an OpenAPI document; use 'baton import postman'", ":1:1"),
                new Bad("list.yaml", "- openapi\n", "not an OpenAPI document", ":1:1"),
                new Bad("broken.json", "{\"openapi\": \"3.1.0\",\n \"paths\": {\"/a\": }\n}",
                        "invalid JSON", ":2:"),
                new Bad("broken.yaml", "openapi: 3.0.0\npaths:\n  /a:\n    get: [\n", "invalid YAML", ":"),
                new Bad("empty-paths.yaml", "openapi: 3.1.0\ninfo: {title: E, version: '1'}\npaths: {}\n",
                        "the document has no operations under 'paths'", ":3:"),
                new Bad("dangling.yaml", """
                        openapi: 3.0.3
                        info: {title: D, version: '1'}
                        paths:
                          /a:
                            get:
                              parameters:
                                - $ref: '#/components/parameters/Nope'
                              responses: {'200': {description: ok}}
                        """, "reference '#/components/parameters/Nope' points at nothing", ":7:"),
                new Bad("undeclared.yaml", """
                        openapi: 3.0.3
                        info: {title: U, version: '1'}
                        security: [{ghost: []}]
                        paths:
                          /a:
                            get:
                              responses: {'200': {description: ok}}
                        """, "security scheme 'ghost' is not declared under components.securitySchemes", ":3:"),
                new Bad("java.yaml", "openapi: !!java.lang.Runtime 3.0.0\npaths: {}\n", "tag is not allowed",
                        ":1:10"),
                new Bad("include.yaml", "openapi: 3.0.0\npaths: !include paths.yaml\n", "YAML tag '!include' is not "
                        + "allowed: plain data only", ":2:8"));
        for (Bad bad : cases) {
            Path spec = TestFiles.write(dir, bad.name(), bad.content());
            Path out = dir.resolve("out-" + bad.name());
            CliRun run = CliRun.of("import", "openapi", spec.toString(), "--out", out.toString());
            assertEquals(2, run.exitCode(), bad.name() + ": " + run);
            assertTrue(run.err().contains(bad.message()), bad.name() + ": " + run);
            assertTrue(run.err().contains(bad.name() + bad.position()), bad.name() + ": " + run);
            assertFalse(run.all().contains("Exception") || run.all().contains("\tat "), bad.name() + ": " + run);
            assertFalse(Files.exists(out), bad.name() + ": nothing is written");
        }
    }
}
