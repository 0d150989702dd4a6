package dev.baton.oidc;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import dev.baton.testing.CliRun;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code clientAuth: private_key_jwt} (RFC 7523) against panva/oidc-provider, whose client knows only the public
 * half of the key: the assertion Baton signs gets a token, one signed by another key is refused.
 */
class OidcProviderPrivateKeyJwtTest {

    private static final String COLLECTION = """
            name: private_key_jwt against oidc-provider
            auth:
              type: openid-connect
              clientId: %s
              clientAuth: private_key_jwt
              clientKey: <<jwtClientKey>>
            steps:
              - name: Client credentials with a client assertion
                oauth: token
                request:
                  method: POST
                  url: <<oidc.token_endpoint>>
                  form: {grant_type: client_credentials, scope: "api:read"}
                expect:
                  status: 200
                  json:
                    $.access_token: {exists: true}
                    $.scope: "api:read"
            """.formatted(OidcProviderServer.JWT_CLIENT_ID);

    private static OidcProviderServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() {
        server = OidcProviderServer.start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theClientsOwnKeyGetsATokenAndAnotherKeyIsRefused() throws Exception {
        Path collection = TestFiles.write(dir, "jwt-client.yaml", COLLECTION);
        String ownKey = localKey();
        String otherKey = new ECKeyGenerator(Curve.P_256).generate().toJSONString();

        CliRun own = CliRun.of("run", collection.toString(), "--var", "issuer=" + server.issuer(),
                "--secret", "jwtClientKey=" + ownKey);
        CliRun other = CliRun.of("run", collection.toString(), "--var", "issuer=" + server.issuer(),
                "--secret", "jwtClientKey=" + otherKey);

        assertEquals(0, own.exitCode(), own::toString);
        assertTrue(own.out().contains("1 passed, 0 failed"), own::toString);
        assertEquals(1, other.exitCode(), other::toString);
        assertTrue(other.out().contains("status: expected equals 200 but was 401"), other::toString);
        assertFalse(own.all().contains("eyJ") || other.all().contains("eyJ"), "an assertion was shown");
    }

    /** The PEM of environments/local.yaml's jwtClientKey, whose public half oidc-provider's client holds. */
    private static String localKey() {
        String env = TestFiles.read(TestFiles.repositoryFile("environments/local.yaml"));
        Matcher pem = Pattern.compile("-----BEGIN PRIVATE KEY-----[\\s\\S]+?-----END PRIVATE KEY-----").matcher(env);
        assertTrue(pem.find(), "environments/local.yaml holds the sandbox's JWT client key");
        return pem.group().lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElseThrow();
    }
}
