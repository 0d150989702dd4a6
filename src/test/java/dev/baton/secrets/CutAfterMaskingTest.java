package dev.baton.secrets;

import dev.baton.testing.CliRun;
import dev.baton.testing.HttpStub;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A long value in a failure message is cut for display after it is masked (issue 11, leak 1): a secret that
 * crosses the cut is masked whole, and no part of it reaches the console or any report.
 */
class CutAfterMaskingTest {

    @Test
    void aSecretAcrossTheCutIsMaskedWholeEverywhere(@TempDir Path dir) throws Exception {
        String secret = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";
        String echoed = "a".repeat(190) + secret + "b".repeat(120);
        try (HttpStub http = HttpStub.start()) {
            http.server().stubFor(get("/echo").willReturn(okJson("{\"echo\":\"" + echoed + "\"}")));
            Path env = TestFiles.write(dir, "env.yaml", "vars:\n  apiKey: {value: " + secret + ", secret: true}\n");
            Path collection = TestFiles.write(dir, "c.yaml", """
                    name: cut
                    steps:
                      - name: echo
                        request:
                          url: <<base>>/echo
                          headers: {X-Api-Key: <<apiKey>>}
                        expect:
                          json: {$.echo: something else}
                    """);

            CliRun run = CliRun.of("run", collection.toString(), "--env", env.toString(), "--var",
                    "base=" + http.baseUrl(), "--reporter", "junit:" + dir.resolve("r.xml"),
                    "--reporter", "json:" + dir.resolve("r.json"), "--reporter", "html:" + dir.resolve("r.html"),
                    "--reporter", "otr:" + dir.resolve("r.otr"));

            assertEquals(1, run.exitCode(), run::toString);
            assertTrue(run.out().contains("but was \"" + "a".repeat(190) + "*****" + "b".repeat(5) + "\"... ("),
                    run::toString);
            for (String output : List.of(run.all(), read(dir, "r.xml"), read(dir, "r.json"), read(dir, "r.html"),
                    read(dir, "r.otr"))) {
                assertFalse(output.contains(secret.substring(0, 6)), "a part of the secret is shown:\n" + output);
            }
        }
    }

    private static String read(Path dir, String name) throws Exception {
        return Files.readString(dir.resolve(name));
    }
}
