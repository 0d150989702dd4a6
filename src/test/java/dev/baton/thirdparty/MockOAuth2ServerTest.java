package dev.baton.thirdparty;

import dev.baton.cli.BatonCommand;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PKCE flow against a third-party authorization server: NAV's mock-oauth2-server, in process. */
class MockOAuth2ServerTest {

    private MockOAuth2Server server;

    @BeforeEach
    void start() throws Exception {
        server = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\": true}"));
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() {
        server.shutdown();
    }

    @Test
    void pkceFlowPassesAndWrongVerifierIsRefused(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("mock-oauth2.xml");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String issuer = server.issuerUrl("default").toString().replaceAll("/$", "");

        int exit = BatonCommand.execute(new String[]{"run", "src/test/resources/thirdparty/mock-oauth2-pkce.yaml",
                "--env", "src/test/resources/thirdparty/empty-env.yaml", "--var", "issuer=" + issuer,
                "--reporter", "junit:" + report}, new PrintWriter(out), new PrintWriter(err));

        assertEquals(0, exit, out + "\n" + err);
        assertTrue(out.toString().contains("4 passed, 0 failed"), out.toString());
        String xml = Files.readString(report);
        assertTrue(xml.contains("tests=\"4\"") && xml.contains("failures=\"0\"") && xml.contains("errors=\"0\""), xml);
        assertFalse(out.toString().contains("baton-test-secret"));
    }
}
