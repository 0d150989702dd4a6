package dev.baton.oidc;

import com.sun.net.httpserver.HttpServer;
import dev.baton.testing.CliRun;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A provider whose metadata names an endpoint no request can go to fails the run in Baton's words, not as a fault. */
class HostileMetadataTest {

    @Test
    void aJwksUriThatCannotBeSentToFailsTheAuthBlockSayingWhich(@TempDir Path dir) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/.well-known/openid-configuration", exchange -> {
            byte[] body = ("{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/authorize\","
                    + "\"token_endpoint\":\"" + issuer + "/token\",\"jwks_uri\":\"urn:example:keys\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            Path collection = TestFiles.write(dir, "hostile.yaml", """
                    name: Hostile metadata
                    auth: {type: openid-connect, issuer: "%s", clientId: c}
                    steps:
                      - name: Token
                        oauth: token
                        request: {method: POST, url: <<oidc.token_endpoint>>, form: {grant_type: client_credentials}}
                    """.formatted(issuer));

            Path report = dir.resolve("run.json");
            CliRun run = CliRun.of("run", collection.toString(), "--reporter", "json:" + report);

            assertEquals(1, run.exitCode(), run::toString);
            assertTrue(TestFiles.read(report).contains("the provider's metadata gives jwks_uri that cannot be used: "
                    + "invalid URL 'urn:example:keys'"), TestFiles.read(report));
            assertFalse(run.all().contains("IllegalArgument") || run.all().contains("Exception"), run::toString);
        } finally {
            server.stop(0);
        }
    }
}
