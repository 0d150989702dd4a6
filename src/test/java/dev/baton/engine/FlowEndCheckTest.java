package dev.baton.engine;

import dev.baton.testing.CliRun;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An {@code oauth: authorize} step must say where its flow ends; every place it can say so is accepted. */
class FlowEndCheckTest {

    @Test
    void aRedirectUriInTheUrlTheQueryOrTheAuthBlockIsEnough(@TempDir Path dir) {
        Path collection = TestFiles.write(dir, "c.yaml", """
                name: x
                auth: {type: oauth2-pkce, redirectUri: "https://app.test/cb"}
                vars: {authorizeUrl: "http://127.0.0.1:1/authorize?client_id=abc&redirect_uri=https://app.test/cb"}
                steps:
                  - name: by the auth block
                    oauth: authorize
                    request: {url: "http://127.0.0.1:1/authorize?client_id=abc"}
                """);
        Path noBlock = TestFiles.write(dir, "d.yaml", """
                name: y
                vars: {authorizeUrl: "http://127.0.0.1:1/authorize?client_id=abc&redirect_uri=https://app.test/cb"}
                steps:
                  - name: by the URL of a variable
                    oauth: authorize
                    request: {url: "<<authorizeUrl>>"}
                  - name: by the query
                    oauth: authorize
                    request: {url: "http://127.0.0.1:1/authorize", query: {redirect_uri: "https://app.test/cb"}}
                """);
        CliRun run = CliRun.of("validate", collection.toString(), noBlock.toString(), "--env",
                TestFiles.emptyEnvironment(dir).toString());

        assertEquals(0, run.exitCode(), run::toString);
    }
}
