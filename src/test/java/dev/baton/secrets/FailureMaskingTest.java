package dev.baton.secrets;

import dev.baton.sandbox.OAuthSandbox;
import dev.baton.testing.CliRun;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A failed expectation that quotes a token, and a token captured under an ordinary name and exported: neither may
 * show the token in the JSON or HTML report or the exported environment.
 */
class FailureMaskingTest {

    @Test
    void failuresAndExportsNeverShowTheToken(@TempDir Path dir) throws Exception {
        List<String> traffic = Collections.synchronizedList(new ArrayList<>());
        try (OAuthSandbox sandbox = OAuthSandbox.start(0)) {
            sandbox.recordTraffic(traffic::add);
            Path environment = TestFiles.write(dir, "env.yaml", """
                    vars:
                      base: %s
                      redirectUri: https://baton.test/oauth/callback
                    """.formatted(sandbox.baseUrl()));
            Path collection = TestFiles.write(dir, "c.yaml", """
                    name: failing on a token
                    auth: {type: oauth2-pkce}
                    steps:
                      - name: authorize
                        oauth: authorize
                        request:
                          url: <<base>>/oauth/authorize
                          query: {response_type: code, client_id: sandbox-public-client, redirect_uri: <<redirectUri>>}
                        login: {fields: {email: sandbox.user@baton.test, password: sandbox-password}}
                      - name: token
                        oauth: token
                        request:
                          method: POST
                          url: <<base>>/oauth/token
                          form: {grant_type: authorization_code, client_id: sandbox-public-client,
                                 code: <<oauth.code>>, redirect_uri: <<redirectUri>>}
                        capture:
                          tok: {json: $.access_token}
                        expect:
                          json: {$.access_token: nope}
                    """);

            CliRun run = CliRun.of("run", collection.toString(), "--env", environment.toString(),
                    "--reporter", "json:" + dir.resolve("r.json"), "--reporter", "html:" + dir.resolve("r.html"),
                    "--export-env", dir.resolve("e.yaml").toString());

            assertEquals(1, run.exitCode(), run::toString);
        }
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(String.join("\n", traffic));
        assertTrue(token.find(), "the sandbox issued no token");
        for (String output : List.of("r.json", "r.html", "e.yaml")) {
            String content = Files.readString(dir.resolve(output));
            assertFalse(content.contains(token.group(1)), output + " shows the token");
        }
        assertTrue(Files.readString(dir.resolve("r.json")).contains("expected equals \\\"nope\\\" but was \\\"*****\\\""));
    }
}
