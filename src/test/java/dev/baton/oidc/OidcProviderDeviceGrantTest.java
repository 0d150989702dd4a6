package dev.baton.oidc;

import dev.baton.testing.EngineRun;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The device authorization grant (RFC 8628) against panva/oidc-provider with {@code features.deviceFlow}: the
 * endpoints from its discovery document, its user-code confirmation, sign-in and consent pages filled by the sign-in
 * driver, the token polled for and used at its userinfo endpoint; and its abort button pressed, which denies.
 */
class OidcProviderDeviceGrantTest {

    private static final String COLLECTION = """
            name: Device grant against oidc-provider
            auth:
              type: device-code
              clientId: <<deviceClientId>>
              scope: openid
              login:
                fields:
                  login: baton-user
                  password: any-password
            steps:
              - name: Userinfo
                request:
                  url: <<issuer>>/me
                expect:
                  status: 200
                  json:
                    $.sub: baton-user
            """;

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

    private EngineExecutionResults run(String collection) {
        return EngineRun.engine().var("issuer", server.issuer())
                .var("deviceClientId", OidcProviderServer.DEVICE_CLIENT_ID)
                .executeFiles(TestFiles.write(dir, "device.yaml", collection));
    }

    @Test
    void theDeviceGrantSignsInAtTheProvidersPagesAndItsTokenIsAccepted() {
        EngineExecutionResults results = run(COLLECTION);

        results.testEvents().assertStatistics(s -> s.started(1).succeeded(1).failed(0));
        assertEquals(0, results.containerEvents().failed().count(), () -> results.allEvents().list().toString());
    }

    @Test
    void pressingAbortOnTheConfirmationDeniesTheDevice() {
        EngineExecutionResults results = run(COLLECTION.replace("      password: any-password\n",
                "      password: any-password\n    pages:\n      - match: {title: Device Login Confirmation}\n"
                        + "        submit: 'button[name=abort]'\n"));

        String failure = EngineRun.throwableOf(results, "Userinfo").getMessage();
        assertTrue(failure.contains("the user denied the device authorization"), failure);
    }
}
