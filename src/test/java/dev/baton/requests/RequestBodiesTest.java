package dev.baton.requests;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.baton.testing.CliRun;
import dev.baton.testing.EchoServer;
import dev.baton.testing.EchoServers;
import dev.baton.testing.HttpStub;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The request bodies of issue 14 against loopback servers: multipart, files, GraphQL. */
class RequestBodiesTest {

    @RegisterExtension
    final EchoServers servers = new EchoServers();

    @TempDir
    Path dir;

    private HttpStub http;

    @BeforeEach
    void start() {
        http = HttpStub.start();
        http.server().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("ok")));
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private CliRun run(Path collection, String... extra) {
        String[] base = {"run", collection.toString(), "--env", TestFiles.emptyEnvironment(dir).toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.of(args);
    }

    @Test
    void multipartTextAndFilePartsAsAServerParsesThem() throws Exception {
        byte[] pdf = {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, (byte) 0xFF, (byte) 0xFE, 10};
        Files.createDirectories(dir.resolve("data"));
        Files.write(dir.resolve("data/report.pdf"), pdf);
        Path file = TestFiles.write(dir, "c.yaml", """
                name: upload
                vars: {title: Quarterly}
                steps:
                  - name: upload
                    request:
                      method: POST
                      url: "%s/upload"
                      multipart:
                        title: <<title>> report
                        tag: [a, b]
                        note: {value: '{"x":1}', contentType: application/json}
                        file: {file: data/report.pdf, contentType: application/pdf}
                        copy: {file: data/report.pdf, filename: "résumé.pdf"}
                    expect:
                      status: 200
                """.formatted(http.baseUrl()));
        CliRun run = run(file);
        assertEquals(0, run.exitCode(), run::toString);
        LoggedRequest request = http.requests().get(0);
        assertTrue(request.getHeader("Content-Type").startsWith("multipart/form-data; boundary="),
                request.getHeader("Content-Type"));
        List<Request.Part> parts = List.copyOf(request.getParts());
        assertEquals(List.of("title", "tag", "tag", "note", "file", "copy"),
                parts.stream().map(Request.Part::getName).toList());
        assertEquals("Quarterly report", parts.get(0).getBody().asString());
        assertEquals("b", parts.get(2).getBody().asString());
        assertTrue(parts.get(3).getHeader("Content-Type").firstValue().startsWith("application/json"));
        assertArrayEquals(pdf, parts.get(4).getBody().asBytes());
        assertEquals("application/pdf", parts.get(4).getHeader("Content-Type").firstValue());
        assertTrue(parts.get(4).getHeader("Content-Disposition").firstValue().contains("filename=\"report.pdf\""));
        // RFC 7578 §4.2: a non-ASCII file name percent-encoded as UTF-8
        assertTrue(parts.get(5).getHeader("Content-Disposition").firstValue().contains("filename=\"r%C3%A9sum%C3%A9.pdf\""),
                parts.get(5).getHeader("Content-Disposition").firstValue());
    }

    @Test
    void aSecretTextPartIsMaskedInTheReports() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: upload
                steps:
                  - name: upload
                    request:
                      method: POST
                      url: "%s/upload"
                      multipart:
                        password: hunter2-very-secret
                    expect:
                      status: 201
                """.formatted(http.baseUrl()));
        Path report = dir.resolve("r.json");
        CliRun run = run(file, "--reporter", "json:" + report, "--debug");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(http.requests().get(0).getBodyAsString().contains("hunter2-very-secret"));
        assertFalse(run.all().contains("hunter2-very-secret"), run::toString);
        assertFalse(TestFiles.read(report).contains("hunter2-very-secret"));
        assertTrue(TestFiles.read(report).contains("name=\\\"password\\\""), TestFiles.read(report));
    }

    @Test
    void aSecretInGraphqlVariablesInATemplatedFileAndThroughAFunctionIsMaskedEverywhere() throws Exception {
        String secret = "Tok3n-9f8e7d6c5b4a-secret";
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.UTF_8)));
        TestFiles.write(dir, "payload.json", "{\"key\": \"<<apiToken>>\"}\n");
        Path file = TestFiles.write(dir, "c.yaml", """
                name: secrets
                steps:
                  - name: graphql
                    request:
                      url: "%1$s/graphql"
                      graphql: {query: "query { me }", variables: {key: <<apiToken>>}}
                    expect: {status: 201}
                  - name: file
                    request:
                      method: POST
                      url: "%1$s/file"
                      headers: {X-Hash: <<apiToken | sha256>>}
                      body: {file: payload.json, template: true}
                    expect: {status: 201}
                """.formatted(http.baseUrl()));
        Path report = dir.resolve("r.json");
        Path html = dir.resolve("r.html");
        CliRun run = run(file, "--secret", "apiToken=" + secret, "--reporter", "json:" + report,
                "--reporter", "html:" + html, "--debug");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(http.requests().get(0).getBodyAsString().contains(secret));
        assertTrue(http.requests().get(1).getBodyAsString().contains(secret));
        assertEquals(hash, http.requests().get(1).getHeader("X-Hash"));
        for (String output : List.of(run.all(), TestFiles.read(report), TestFiles.read(html))) {
            assertFalse(output.contains(secret), output);
            assertFalse(output.contains(hash), output);
        }
        assertTrue(run.err().contains("X-Hash"), run::toString);
    }

    @Test
    void aBinaryFileBodyIsSentAsItsBytesAndATemplatedOneWithItsPlaceholdersFilled() throws Exception {
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        Files.write(dir.resolve("blob.bin"), binary);
        TestFiles.write(dir, "payload.json", "{\"name\": \"<<name>>\",\n \"id\": <<id | number>>}\n");
        Path file = TestFiles.write(dir, "c.yaml", """
                name: files
                vars: {name: Ada, id: "42"}
                steps:
                  - name: binary
                    request: {method: PUT, url: "%s/blob", body: {file: blob.bin}}
                  - name: templated
                    request:
                      method: POST
                      url: "%s/json"
                      body: {file: payload.json, template: true}
                """.formatted(http.baseUrl(), http.baseUrl()));
        CliRun run = run(file);
        assertEquals(0, run.exitCode(), run::toString);
        assertArrayEquals(binary, http.requests().get(0).getBody());
        assertEquals("application/octet-stream", http.requests().get(0).getHeader("Content-Type"));
        assertEquals("{\"name\": \"Ada\",\n \"id\": 42}\n", http.requests().get(1).getBodyAsString());
        assertEquals("application/json", http.requests().get(1).getHeader("Content-Type"));
    }

    @Test
    void anUndefinedVariableInATemplatedFileIsFoundBeforeSendingAtItsLine() {
        TestFiles.write(dir, "payload.json", "{\n  \"name\": \"<<nmae>>\"\n}\n");
        Path file = TestFiles.write(dir, "c.yaml", """
                name: files
                vars: {name: Ada}
                steps:
                  - name: templated
                    request: {method: POST, url: "%s/json", body: {file: payload.json, template: true}}
                """.formatted(http.baseUrl()));
        CliRun run = run(file);
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("undefined variable 'nmae'; did you mean 'name'?"), run::toString);
        assertTrue(run.err().contains("payload.json:2:12"), run::toString);
        assertTrue(http.requests().isEmpty());
    }

    @Test
    void graphqlAsAJsonPostAndAsAGetWithItsErrorsFailingTheStepUnlessExpected() {
        EchoServer server = servers.start(request -> {
            String operation = request.method().equals("GET") ? query(request).get("query") : request.bodyText();
            String body = operation.contains("boom")
                    ? "{\"data\":null,\"errors\":[{\"message\":\"Cannot query field boom\"}]}"
                    : "{\"data\":{\"user\":{\"id\":\"42\",\"name\":\"Ada\"}}}";
            return EchoServer.Reply.of(200, "application/graphql-response+json", body);
        });
        Path file = TestFiles.write(dir, "c.yaml", """
                name: graphql
                vars: {id: "42"}
                steps:
                  - name: user
                    request:
                      url: "%1$s/graphql"
                      graphql:
                        query: "query User($id: ID!) { user(id: $id) { id name } }"
                        variables: {id: <<id>>, limit: 3}
                        operationName: User
                    capture:
                      name: {json: $.data.user.name}
                  - name: by GET
                    request:
                      method: GET
                      url: "%1$s/graphql"
                      graphql: {query: "{ user(id: 1) { name } }"}
                    expect:
                      json: {$.data.user.name: <<name>>}
                  - name: broken
                    request:
                      url: "%1$s/graphql"
                      graphql: {query: "{ boom }"}
                  - name: errors expected
                    request:
                      url: "%1$s/graphql"
                      graphql: {query: "{ boom }"}
                    expect:
                      json:
                        "$.errors[0].message": {contains: boom}
                """.formatted(server.baseUrl()));
        CliRun run = run(file);
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("3 passed, 1 failed"), run::toString);
        assertTrue(run.out().contains("graphql: the response has 1 error: \"Cannot query field boom\""), run::toString);
        assertTrue(run.out().contains(TestFiles.positionOf(file, "graphql: {query: \"{ boom }\"}")), run::toString);
        EchoServer.Request post = server.requests().get(0);
        assertEquals("POST", post.method());
        assertEquals("application/json", post.header("Content-Type"));
        assertEquals("{\"query\":\"query User($id: ID!) { user(id: $id) { id name } }\",\"variables\":{\"id\":\"42\","
                + "\"limit\":3},\"operationName\":\"User\"}", post.bodyText());
        EchoServer.Request get = server.requests().get(1);
        assertEquals("GET", get.method());
        assertEquals("{ user(id: 1) { name } }", query(get).get("query"));
    }

    @Test
    void aMissingFileIsALoadErrorAtItsName() {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: upload
                steps:
                  - name: upload
                    request:
                      method: POST
                      url: "%s/upload"
                      multipart:
                        file: {file: data/missing.pdf}
                """.formatted(http.baseUrl()));
        CliRun run = run(file);
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("multipart file file: no such file"), run::toString);
        assertTrue(run.err().contains(TestFiles.positionOf(file, "data/missing.pdf")), run::toString);
        assertTrue(http.requests().isEmpty());
    }

    private static Map<String, String> query(EchoServer.Request request) {
        return java.util.Arrays.stream(request.uri().getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                        p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }
}
