package dev.baton.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.testing.CliRun;
import dev.baton.testing.EchoServer;
import dev.baton.testing.EchoServers;
import dev.baton.testing.EchoServer.Reply;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Expectations see every value of a repeated header ({@code any}, {@code all}, or all of them combined);
 * placeholders keep a JSON capture's type in a {@code json:} body and take {@code | json}, {@code | number},
 * {@code | boolean} and {@code | json-text}; names of query parameters, headers, form fields and JSON members may
 * hold placeholders too.
 */
class SeeEverythingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @RegisterExtension
    final EchoServers servers = new EchoServers();

    private EchoServer server;

    private CliRun run(Function<EchoServer.Request, Reply> answer, String steps, String... more) {
        server = servers.start(answer);
        Path file = TestFiles.write(dir, "c.yaml", "name: all\nvars:\n  base: " + server.baseUrl() + "\nsteps:\n"
                + steps);
        List<String> args = new ArrayList<>(List.of("run", file.toString(), "--env",
                TestFiles.emptyEnvironment(dir).toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static final Function<EchoServer.Request, Reply> TWO_COOKIES = r -> Reply.of(200, "text/plain", "ok")
            .with("Set-Cookie", "a=1; Path=/").with("Set-Cookie", "b=2; Path=/");

    @Test
    void anyValueOfARepeatedHeader() {
        CliRun run = run(TWO_COOKIES, """
                  - name: any
                    request: {url: "<<base>>/a"}
                    expect:
                      headers:
                        Set-Cookie: {any: {startsWith: "b=2"}}
                  - name: combined
                    request: {url: "<<base>>/a"}
                    expect:
                      headers:
                        Set-Cookie: {contains: "b=2"}
                """);

        assertEquals(0, run.exitCode(), run::toString);
    }

    @Test
    void allValuesAndWhatTheFailureSays() {
        CliRun run = run(TWO_COOKIES, """
                  - name: all
                    request: {url: "<<base>>/a"}
                    expect:
                      headers:
                        Set-Cookie: {all: {startsWith: "a="}}
                  - name: none
                    request: {url: "<<base>>/a"}
                    expect:
                      headers:
                        Set-Cookie: {any: {startsWith: "c="}}
                """);

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("header Set-Cookie: expected all values: startsWith \"a=\" but was "
                + "\"b=2; Path=/\" (value 2 of 2)"), run::toString);
        assertTrue(run.out().contains("header Set-Cookie: expected any values: startsWith \"c=\" but none of 2 does: "
                + "[\"a=1; Path=/\",\"b=2; Path=/\"]"), run::toString);
    }

    @Test
    void placeholdersKeepJsonTypesAndTakeFunctions() throws Exception {
        CliRun run = run(r -> r.uri().getPath().equals("/data")
                ? Reply.of(200, "application/json", "{\"n\":42,\"admin\":true,\"obj\":{\"a\":[1,2]},\"s\":\"x\"}")
                : Reply.of(200, "application/json", r.bodyText()), """
                  - name: read
                    request: {url: "<<base>>/data"}
                    capture:
                      n: {json: $.n}
                      admin: {json: $.admin}
                      obj: {json: $.obj}
                      s: {json: $.s}
                  - name: send
                    request:
                      method: POST
                      url: <<base>>/echo
                      json: {n: <<n>>, admin: <<admin>>, obj: <<obj>>, s: <<s>>, text: "n=<<n>>",
                             forced: <<str | number>>, flag: <<yes | boolean>>, doc: <<doc | json-text>>,
                             quoted: <<n | json>>}
                """, "--var", "str=7", "--var", "yes=TRUE", "--var", "doc={\"k\":[null]}");

        assertEquals(0, run.exitCode(), run::toString);
        JsonNode sent = JSON.readTree(server.requests().get(1).body());
        assertTrue(sent.get("n").isNumber() && sent.get("n").asInt() == 42, sent::toString);
        assertTrue(sent.get("admin").isBoolean() && sent.get("admin").asBoolean(), sent::toString);
        assertEquals(JSON.readTree("{\"a\":[1,2]}"), sent.get("obj"));
        assertTrue(sent.get("s").isTextual(), sent::toString);
        assertEquals("n=42", sent.get("text").asText());
        assertTrue(sent.get("forced").isNumber() && sent.get("forced").asInt() == 7, sent::toString);
        assertTrue(sent.get("flag").isBoolean(), sent::toString);
        assertEquals(JSON.readTree("{\"k\":[null]}"), sent.get("doc"));
        assertTrue(sent.get("quoted").isNumber(), sent::toString);
    }

    @Test
    void jsonDataFileValuesKeepTheirTypes() throws Exception {
        Path data = TestFiles.write(dir, "rows.json", "[{\"n\": 5, \"admin\": true, \"tags\": [\"a\"], \"s\": \"5\"}]");
        CliRun run = run(r -> Reply.of(200, "text/plain", "ok"), """
                  - name: send
                    request:
                      method: POST
                      url: <<base>>/echo
                      json: {n: <<n>>, admin: <<admin>>, tags: <<tags>>, s: <<s>>}
                """, "--data", data.toString());

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(JSON.readTree("{\"n\":5,\"admin\":true,\"tags\":[\"a\"],\"s\":\"5\"}"),
                JSON.readTree(server.requests().get(0).body()));
    }

    @Test
    void aRawBodyCanJsonEscapeWhatItInserts() throws Exception {
        CliRun run = run(r -> Reply.of(200, "text/plain", "ok"), """
                  - name: raw
                    request:
                      method: POST
                      url: <<base>>/raw
                      contentType: application/json
                      body: '{"name": <<name | json>>}'
                """, "--var", "name=a\"b\\c");

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("a\"b\\c", JSON.readTree(server.requests().get(0).body()).get("name").asText());
    }

    @Test
    void aValueThatIsNotANumberIsAStepError() {
        CliRun run = run(r -> Reply.of(200, "text/plain", "ok"), """
                  - name: bad
                    request:
                      method: POST
                      url: <<base>>/x
                      json: {n: <<word | number>>}
                """, "--var", "word=seven");

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("<<word | number>>: the value is not a number"), run::toString);
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void anUnknownFunctionIsFoundBeforeSending() {
        CliRun run = run(r -> Reply.of(200, "text/plain", "ok"), """
                  - name: bad
                    request: {url: "<<base>>/<<x | uper>>"}
                """, "--var", "x=y");

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("unknown function 'uper' in <<x | uper>>; did you mean 'upper'?"),
                run::toString);
        assertTrue(run.err().contains("c.yaml:6:30"), run::toString);
    }

    @Test
    void namesMayHoldPlaceholders() throws Exception {
        CliRun run = run(r -> Reply.of(200, "text/plain", "ok"), """
                  - name: query and headers
                    request:
                      url: <<base>>/q
                      query: {<<qn>>: v}
                      headers: {X-<<hn>>: v}
                  - name: form
                    request:
                      method: POST
                      url: <<base>>/f
                      form: {<<fn>>: v}
                  - name: json
                    request:
                      method: POST
                      url: <<base>>/j
                      json: {<<jk>>: {inner-<<jk>>: 1}}
                """, "--var", "qn=page", "--var", "hn=Trace", "--var", "fn=field", "--var", "jk=key");

        assertEquals(0, run.exitCode(), run::toString);
        List<EchoServer.Request> sent = server.requests();
        assertEquals("page=v", sent.get(0).uri().getRawQuery());
        assertEquals("v", sent.get(0).header("X-Trace"));
        assertEquals("field=v", sent.get(1).bodyText());
        assertEquals(JSON.readTree("{\"key\":{\"inner-key\":1}}"), JSON.readTree(sent.get(2).body()));
    }

    @Test
    void aHeaderNameFromAVariableMustBeAToken() {
        CliRun run = run(r -> Reply.of(200, "text/plain", "ok"), """
                  - name: bad
                    request:
                      url: <<base>>/x
                      headers: {<<hn>>: v}
                """, "--var", "hn=Bad Name");

        assertEquals(2, run.exitCode(), "found before the run, as a literal one is: " + run);
        assertTrue(run.err().contains("error: header name 'Bad Name' is not a token"), run::toString);
        assertTrue(server.requests().isEmpty());
    }
}
