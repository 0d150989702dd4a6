package dev.baton.queries;

import dev.baton.testing.CliRun;
import dev.baton.testing.EchoServer;
import dev.baton.testing.EchoServers;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The query kinds of issue 14 through the CLI against a loopback server: each read by a capture and by an
 * expectation, and a failing case with the message a user gets.
 */
class QueryKindsTest {

    private static final String USERS_XML = """
            <?xml version="1.0"?>
            <users xmlns="urn:example:users" xmlns:m="urn:example:meta">
              <user id="42"><name>Ada</name><m:role>admin</m:role></user>
              <user id="7"><name>Grace</name><m:role>user</m:role></user>
            </users>
            """;

    @RegisterExtension
    final EchoServers servers = new EchoServers();

    @TempDir
    Path dir;

    private CliRun run(String collection, String... extra) {
        Path file = TestFiles.write(dir, "c.yaml", collection);
        String[] base = {"run", file.toString(), "--env", TestFiles.emptyEnvironment(dir).toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.of(args);
    }

    private EchoServer serving(String contentType, String body) {
        return servers.start(request -> EchoServer.Reply.of(200, contentType, body));
    }

    @Test
    void xpathOnXmlWithTheDocumentsPrefixesAndUnderscoreForTheDefaultNamespace() {
        EchoServer server = serving("application/xml", USERS_XML);
        CliRun run = run("""
                name: xml
                steps:
                  - name: read users
                    request: {url: "%s/users"}
                    capture:
                      firstId: {xpath: "//_:user[1]/@id"}
                      count: {xpath: "count(//_:user)"}
                    expect:
                      xpath:
                        "//_:user[@id='42']/_:name": Ada
                        "//_:user/m:role": {any: {equals: user}}
                        "count(//_:user)": 2
                        "boolean(//_:user[@id='7'])": true
                  - name: use them
                    request: {url: "%s/users/<<firstId>>?n=<<count>>"}
                    expect:
                      url: {endsWith: "/users/42?n=2"}
                """.formatted(server.baseUrl(), server.baseUrl()));
        assertEquals(0, run.exitCode(), run::toString);
    }

    @Test
    void xpathOnHtmlAndAFailureSaysWhatItFound() {
        EchoServer server = serving("text/html; charset=utf-8",
                "<html><head><title>Sign in</title></head><body><a href='/next'>go</a><p>one<p>two</body></html>");
        Path file = TestFiles.write(dir, "c.yaml", """
                name: html
                steps:
                  - name: page
                    request: {url: "%s/"}
                    expect:
                      xpath:
                        "//title": Sign in
                        "//a/@href": /next
                        "count(//p)": 3
                """.formatted(server.baseUrl()));
        CliRun run = CliRun.of("run", file.toString(), "--env", TestFiles.emptyEnvironment(dir).toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("xpath count(//p): expected equals 3 but was 2"), run::toString);
        assertTrue(run.out().contains(TestFiles.positionOf(file, "\"count(//p)\"")), run::toString);
    }

    @Test
    void xpathOnABodyWithADoctypeIsRefusedAndNoEntityIsExpanded() {
        EchoServer server = serving("application/xml", """
                <?xml version="1.0"?>
                <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <r>&x;</r>
                """);
        CliRun run = run("""
                name: xxe
                steps:
                  - name: hostile
                    request: {url: "%s/"}
                    capture:
                      leaked: {xpath: "string(/r)"}
                """.formatted(server.baseUrl()));
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("capture leaked (xpath string(/r)): the body is not XML"), run::toString);
        assertTrue(run.out().contains("DOCTYPE"), run::toString);
        assertTrue(!run.all().contains("root:"), run::toString);
    }

    @Test
    void jsonSchemaFromAFileAndInlineListsEveryViolationByPointer() {
        EchoServer server = serving("application/json", "{\"id\": \"x\", \"items\": [{\"n\": 1}, {\"n\": \"two\"}]}");
        TestFiles.write(dir, "schemas/user.json", """
                {"$schema": "http://json-schema.org/draft-07/schema#",
                 "type": "object", "required": ["id", "name"],
                 "properties": {"id": {"type": "integer"}}}
                """);
        Path file = TestFiles.write(dir, "c.yaml", """
                name: schema
                steps:
                  - name: user
                    request: {url: "%s/user"}
                    expect:
                      jsonSchema: schemas/user.json
                  - name: items
                    request: {url: "%s/user"}
                    expect:
                      jsonSchema:
                        type: object
                        properties:
                          items: {type: array, items: {properties: {n: {type: integer}}}}
                """.formatted(server.baseUrl(), server.baseUrl()));
        CliRun run = CliRun.of("run", file.toString(), "--env", TestFiles.emptyEnvironment(dir).toString());
        assertEquals(1, run.exitCode(), run::toString);
        String out = run.out();
        assertTrue(out.contains("jsonSchema schemas/user.json: the body does not match the schema: /id: "), out);
        assertTrue(out.contains("jsonSchema schemas/user.json: the body does not match the schema: (the document): ")
                && out.contains("name"), out);
        assertTrue(out.contains("jsonSchema: the body does not match the schema: /items/1/n: "), out);
        assertTrue(out.contains(TestFiles.positionOf(file, "schemas/user.json")), out);
        assertTrue(out.contains("0 passed, 2 failed"), out);
    }

    @Test
    void jsonSchemaThatHoldsPassesAndItsViolationsCanBeCaptured() {
        EchoServer server = serving("application/json", "{\"id\": 3}");
        CliRun run = run("""
                name: schema
                steps:
                  - name: valid
                    request: {url: "%s/"}
                    capture:
                      problems: {jsonSchema: {type: object, required: [id]}}
                    expect:
                      jsonSchema: {type: object, required: [id], properties: {id: {type: integer, minimum: 1}}}
                  - name: none
                    request: {url: "%s/?p=<<problems>>"}
                    expect:
                      url: {endsWith: "?p=[]"}
                """.formatted(server.baseUrl(), server.baseUrl()));
        assertEquals(0, run.exitCode(), run::toString);
    }

    @Test
    void hashesAndSizeOfTheBodyBytes() throws Exception {
        String body = "héllo, world";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        EchoServer server = serving("text/plain; charset=utf-8", body);
        CliRun run = run("""
                name: hashes
                steps:
                  - name: digest
                    request: {url: "%s/"}
                    capture:
                      hash: {sha256: true}
                    expect:
                      sha256: %s
                      md5: %s
                      bytes: %d
                  - name: wrong
                    request: {url: "%s/?h=<<hash>>"}
                    expect:
                      bytes: {lt: 5}
                      url: {endsWith: "%s"}
                """.formatted(server.baseUrl(), sha, md5, bytes.length, server.baseUrl(), sha));
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("bytes: expected lt 5 but was " + bytes.length), run::toString);
        assertTrue(run.out().contains("1 passed, 1 failed"), run::toString);
    }

    @Test
    void cookieAttributesAsTheServerSetThem() {
        EchoServer server = servers.start(request -> EchoServer.Reply.of(200, "text/plain", "ok")
                .with("Set-Cookie", "SID=abc123; Path=/app; HttpOnly; SameSite=Lax; Max-Age=3600")
                .with("Set-Cookie", "theme=dark"));
        CliRun run = run("""
                name: cookies
                steps:
                  - name: set
                    request: {url: "%s/app/login"}
                    capture:
                      sameSite: {cookie: SID, attr: SameSite}
                    expect:
                      cookie:
                        SID@HttpOnly: true
                        SID@Path: /app
                        SID@Max-Age: {ge: 3000}
                        SID@Secure: true
                        theme@HttpOnly: false
                        theme: dark
                        missing@Secure: {exists: false}
                """.formatted(server.baseUrl()));
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("cookie SID @Secure: expected equals true but was false"), run::toString);
        assertEquals(1, run.out().lines().filter(l -> l.contains("expected")).count(), run::toString);
    }

    @Test
    void anUnknownCookieAttributeIsALoadErrorWithDidYouMean() {
        CliRun run = run("""
                name: cookies
                steps:
                  - name: set
                    request: {url: "http://127.0.0.1:9/"}
                    expect:
                      cookie:
                        SID@HtpOnly: true
                """);
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("unknown cookie attribute 'HtpOnly'; did you mean 'HttpOnly'?"), run::toString);
    }

    @Test
    void versionFinalUrlAndRedirectCount() {
        EchoServer server = servers.start(request -> switch (request.uri().getPath()) {
            case "/a" -> EchoServer.Reply.of(302, "text/plain", "").with("Location", "/b");
            case "/b" -> EchoServer.Reply.of(303, "text/plain", "").with("Location", "/c?done=1");
            default -> EchoServer.Reply.of(200, "text/plain", "end");
        });
        CliRun run = run("""
                name: redirects
                steps:
                  - name: followed
                    request: {url: "%s/a"}
                    followRedirects: true
                    capture:
                      hops: {redirects: true}
                    expect:
                      version: HTTP/1.1
                      url: "%s/c?done=1"
                      redirects: 2
                  - name: not followed
                    request: {url: "%s/a?hops=<<hops>>"}
                    expect:
                      redirects: 0
                      status: 302
                """.formatted(server.baseUrl(), server.baseUrl(), server.baseUrl()));
        assertEquals(0, run.exitCode(), run::toString);
    }

    @Test
    void aStepReportsEveryFailureEachWithItsPosition() {
        EchoServer server = servers.start(request -> EchoServer.Reply.of(500, "text/html", "<h1>oops</h1>"));
        Path file = TestFiles.write(dir, "c.yaml", """
                name: every failure
                steps:
                  - name: create
                    request:
                      method: POST
                      url: "%s/users"
                      json: {name: Ada}
                    capture:
                      id: {json: $.id}
                    expect:
                      status: 201
                      headers:
                        Content-Type: {startsWith: application/json}
                """.formatted(server.baseUrl()));
        CliRun run = CliRun.of("run", file.toString(), "--env", TestFiles.emptyEnvironment(dir).toString());
        assertEquals(1, run.exitCode(), run::toString);
        String out = run.out();
        assertTrue(out.contains("capture id (json $.id): the body is not JSON (content type text/html)"), out);
        assertTrue(out.contains("status: expected equals 201 but was 500"), out);
        assertTrue(out.contains("header Content-Type: expected startsWith \"application/json\" but was \"text/html\""),
                out);
        assertTrue(out.contains(TestFiles.positionOf(file, "id: {json")), out);
        assertTrue(out.contains(TestFiles.positionOf(file, "201")), out);
        assertTrue(out.contains(TestFiles.positionOf(file, "Content-Type: {")), out);
    }
}
