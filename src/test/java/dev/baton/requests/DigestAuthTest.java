package dev.baton.requests;

import dev.baton.testing.CliRun;
import dev.baton.testing.TestFiles;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.security.ConstraintMapping;
import org.eclipse.jetty.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.HashLoginService;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.security.authentication.DigestAuthenticator;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.eclipse.jetty.util.security.Constraint;
import org.eclipse.jetty.util.security.Credential;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code digestAuth:} against Jetty's Digest authenticator (RFC 7616), a server Baton did not write. */
class DigestAuthTest {

    private static final String PASSWORD = "correct-horse-battery";
    private static Server server;
    private static String url;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SECURITY);
        Constraint constraint = new Constraint(Constraint.__DIGEST_AUTH, "user");
        constraint.setAuthenticate(true);
        constraint.setRoles(new String[]{"user"});
        ConstraintMapping mapping = new ConstraintMapping();
        mapping.setPathSpec("/*");
        mapping.setConstraint(constraint);
        ConstraintSecurityHandler security = new ConstraintSecurityHandler();
        security.setConstraintMappings(List.of(mapping));
        security.setAuthenticator(new DigestAuthenticator());
        UserStore users = new UserStore();
        users.addUser("ada", Credential.getCredential(PASSWORD), new String[]{"user"});
        HashLoginService login = new HashLoginService("baton-tests");
        login.setUserStore(users);
        security.setLoginService(login);
        context.setSecurityHandler(security);
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.setContentType("text/plain");
                response.getWriter().print(request.getMethod() + " hello " + request.getRemoteUser());
            }
        }), "/*");
        server.setHandler(context);
        server.start();
        url = "http://127.0.0.1:" + connector.getLocalPort();
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    private CliRun run(String password) {
        Path file = TestFiles.write(dir, "c.yaml", """
                name: digest
                steps:
                  - name: get
                    request:
                      url: "%1$s/private"
                      digestAuth: {username: ada, password: <<password>>}
                    expect:
                      status: 200
                      body: GET hello ada
                  - name: post
                    request:
                      method: POST
                      url: "%1$s/private"
                      digestAuth: {username: ada, password: <<password>>}
                      json: {a: 1}
                    expect:
                      body: POST hello ada
                """.formatted(url));
        return CliRun.of("run", file.toString(), "--env", TestFiles.emptyEnvironment(dir).toString(), "--var",
                "password=" + password, "--debug");
    }

    @Test
    void theChallengeIsAnsweredAndThePasswordNeverShown() {
        CliRun run = run(PASSWORD);
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.err().contains("Digest"), run::toString);
        assertFalse(run.all().contains(PASSWORD), run::toString);
    }

    @Test
    void aWrongPasswordLeavesThe401() {
        CliRun run = run("wrong-password-123");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("status: expected equals 200 but was 401"), run::toString);
    }
}
