package dev.baton.secrets;

import dev.baton.testing.CliRun;
import dev.baton.testing.HttpStub;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a response reveals is a secret from then on, wherever it is written: a JSON member with a secret name at
 * any depth ({@code --debug} once printed {@code {"token":"..."}} in clear), and a cookie a server sets, also
 * when an assertion message quotes it (issue 11, leak 5).
 */
class ResponseSecretsTest {

    @Test
    void secretMembersAndCookiesOfResponsesAreMaskedInDebugReportsAndMessages(@TempDir Path dir) throws Exception {
        try (HttpStub http = HttpStub.start()) {
            http.server().stubFor(get("/token").willReturn(okJson(
                    "{\"data\":{\"token\":\"n3sted-t0ken-value\"},\"id\":7}")));
            http.server().stubFor(get("/cookie").willReturn(aResponse().withStatus(200)
                    .withHeader("Set-Cookie", "sessionid=S3ss10n-V4lue-XYZ; Path=/")));
            Path collection = TestFiles.write(dir, "c.yaml", """
                    name: reveals
                    steps:
                      - name: token
                        request: {url: "<<base>>/token"}
                      - name: cookie
                        request: {url: "<<base>>/cookie"}
                        expect:
                          headers: {Set-Cookie: {contains: nothing}}
                    """);

            CliRun run = CliRun.of("run", collection.toString(), "--env", TestFiles.emptyEnvironment(dir).toString(),
                    "--var", "base=" + http.baseUrl(), "--debug", "--reporter", "json:" + dir.resolve("r.json"));

            assertEquals(1, run.exitCode(), run::toString);
            String json = Files.readString(dir.resolve("r.json"));
            for (String secret : new String[]{"n3sted-t0ken-value", "S3ss10n-V4lue-XYZ"}) {
                assertFalse(run.all().contains(secret), secret + " on the console:\n" + run);
                assertFalse(json.contains(secret), secret + " in the JSON report");
            }
            assertTrue(run.err().contains("\"token\":\"*****\""), run.err());
            assertTrue(run.out().contains("but was \"sessionid=*****; Path=/\""), run.out());
        }
    }
}
