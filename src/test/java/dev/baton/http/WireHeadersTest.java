package dev.baton.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.testing.CliRun;
import dev.baton.testing.HttpStub;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --debug} and the JSON report show every header a request went out with, those the HTTP client added
 * included (Host, User-Agent, Content-Length, Cookie from the cookie store), not only those the step wrote.
 */
class WireHeadersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyHeaderSentIsShownAndCookieValuesAreNot(@TempDir Path dir) throws Exception {
        try (HttpStub http = HttpStub.start()) {
            http.server().stubFor(get("/login").willReturn(aResponse().withStatus(200)
                    .withHeader("Set-Cookie", "sid=c00kie-value-42; Path=/")));
            http.server().stubFor(post("/form").willReturn(aResponse().withStatus(200)));
            Path collection = TestFiles.write(dir, "c.yaml", """
                    name: headers
                    steps:
                      - name: login
                        request: {url: "<<base>>/login"}
                      - name: send a form
                        request:
                          method: POST
                          url: <<base>>/form
                          headers: {X-Trace: t-1}
                          form: {a: "1"}
                    """);
            Path json = dir.resolve("r.json");

            CliRun run = CliRun.of("run", collection.toString(), "--env", TestFiles.emptyEnvironment(dir).toString(),
                    "--var", "base=" + http.baseUrl(), "--debug", "--reporter", "json:" + json);

            assertEquals(0, run.exitCode(), run::toString);
            String host = http.baseUrl().replace("http://", "");
            for (String header : new String[]{"Host: " + host, "User-Agent: " + BatonVersion.userAgent(),
                    "Content-Length: 3",
                    "X-Trace: t-1", "Cookie: sid=*****", "Connection: keep-alive"}) {
                assertTrue(run.err().contains("debug:   > " + header), header + " in\n" + run.err());
            }
            assertFalse(run.all().contains("c00kie-value-42"), "a cookie value is shown");
            JsonNode sent = JSON.readTree(json.toFile())
                    .at("/collections/0/iterations/0/steps/1/exchanges/0/request/headers");
            Map<String, String> headers = new LinkedHashMap<>();
            sent.forEach(h -> headers.put(h.get("name").asText(), h.get("value").asText()));
            assertEquals(host, headers.get("Host"));
            assertEquals(BatonVersion.userAgent(), headers.get("User-Agent"));
            assertEquals("3", headers.get("Content-Length"));
            assertEquals("sid=*****", headers.get("Cookie"));
            assertEquals("application/x-www-form-urlencoded; charset=UTF-8", headers.get("Content-Type"));
        }
    }
}
