package dev.baton.browser;

import dev.baton.testing.AllOutputs;
import dev.baton.testing.CliRun;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-ins in headless Chromium, through the real CLI: the sandbox's JavaScript-only pages, a script-built sign-in
 * of another shape ({@link ScriptedIdentityProvider}), consent denied, fields that never appear, and the redirect
 * URI never reached. These tests need Debian's chromium and chromium-driver ({@code .ci/run} installs them); without
 * them they fail, saying how to install them.
 */
class HeadlessSignInTest {

    private static final String ZOOM = TestFiles.repositoryFile("collections/zoom-oauth-pkce.yaml").toString();

    private ServerSocket redirectServer;
    /** Requests that reached the redirect URI: connections on which anything was sent. */
    private final AtomicInteger redirectHits = new AtomicInteger();
    private final List<String> redirectRequests = new java.util.concurrent.CopyOnWriteArrayList<>();
    private ScriptedIdentityProvider idp;

    @BeforeEach
    void start() throws IOException {
        redirectServer = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(() -> {
            while (!redirectServer.isClosed()) {
                try (Socket connection = redirectServer.accept()) {
                    connection.setSoTimeout(3000);
                    byte[] start = new byte[200];
                    int read = connection.getInputStream().read(start);
                    if (read > 0) {
                        redirectHits.incrementAndGet();
                        redirectRequests.add(new String(start, 0, read, java.nio.charset.StandardCharsets.ISO_8859_1)
                                .lines().findFirst().orElse(""));
                    }
                } catch (java.net.SocketTimeoutException quiet) {
                    // a connection opened ahead (Chromium's preconnect) on which no request came
                } catch (IOException closed) {
                    if (redirectServer.isClosed()) {
                        return;
                    }
                }
            }
        });
        accepting.setDaemon(true);
        accepting.start();
        idp = ScriptedIdentityProvider.start();
    }

    @AfterEach
    void stop() throws IOException {
        redirectServer.close();
        idp.close();
    }

    private String redirectUri() {
        return "http://127.0.0.1:" + redirectServer.getLocalPort() + "/oauth/callback";
    }

    @Test
    void theSandboxsJavaScriptSignInPassesHeadlessly(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("run", ZOOM, "--env", sandbox(dir, "javascript"), "--browser",
                "headless");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("4 passed, 0 failed"), run::toString);
    }

    @Test
    void theSameSignInFailsWithTheHtmlDriverPointingAtTheBrowser(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("run", ZOOM, "--env", sandbox(dir, "javascript"));
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("needs JavaScript"), run::toString);
        assertTrue(run.out().contains("'login: {browser: headless}'"), run::toString);
    }

    @Test
    void autoFallsBackToTheBrowserAndSaysSo(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("run.json");
        CliRun run = CliRun.of("run", ZOOM, "--env", sandbox(dir, "javascript"), "--browser", "auto",
                "--reporter", "json:" + json);
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(Files.readString(json).contains("sign-in: headless Chromium, as the HTML driver cannot go on: "
                + "the page \\\"Sign in\\\""), () -> read(json));
    }

    @Test
    void autoStaysWithTheHtmlDriverWherePagesNeedNoScripts(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("run.json");
        CliRun run = CliRun.of("run", ZOOM, "--env", sandbox(dir), "--browser", "auto",
                "--reporter", "json:" + json);
        assertEquals(0, run.exitCode(), run::toString);
        assertFalse(Files.readString(json).contains("headless Chromium"), () -> read(json));
    }

    @Test
    void aDeniedConsentStillFails(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("run", ZOOM, "--env", sandbox(dir, "javascript", "deny-consent"),
                "--browser", "headless");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("the authorization server denied the authorization: error=access_denied"),
                run::toString);
        assertTrue(run.out().contains("SKIP  Exchange the code for tokens"), run::toString);
    }

    @Test
    void aFormPostResponseIsReadFromTheBodyTheBrowserWouldHaveSent(@TempDir Path dir) throws IOException {
        Path collection = TestFiles.write(dir, "form-post.yaml", """
                name: Form post in Chromium
                auth: {type: oauth2-pkce}
                steps:
                  - name: Authorize
                    oauth: authorize
                    request:
                      url: <<zoomBaseUrl>>/oauth/authorize
                      query: {response_type: code, client_id: <<clientId>>, redirect_uri: <<loopback>>,
                              response_mode: form_post}
                    login: {browser: headless, fields: {email: <<zoomUser>>, password: <<zoomPassword>>}}
                    expect:
                      oauth: {code: {exists: true}}
                  - name: Exchange
                    oauth: token
                    request:
                      method: POST
                      url: <<zoomBaseUrl>>/oauth/token
                      basicAuth: {username: <<clientId>>, password: <<clientSecret>>}
                      form: {grant_type: authorization_code, code: <<oauth.code>>, redirect_uri: <<loopback>>}
                    expect: {status: 200}
                """);
        CliRun run = CliRun.of("run", collection.toString(), "--env", sandbox(dir, "form-post", "javascript"),
                "--var", "loopback=" + redirectUri());
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(0, redirectHits.get(), () -> "the browser reached the redirect URI: " + redirectRequests);
    }

    @Test
    void aScriptBuiltOnePageSignInWithFetchPassesAndItsCookieServesLaterSteps(@TempDir Path dir)
            throws IOException {
        CliRun run = CliRun.of("run", idpCollection(dir, ScriptedIdentityProvider.PASSWORD, "").toString(),
                "--secret", "password=" + ScriptedIdentityProvider.PASSWORD);
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("2 passed, 0 failed"), run::toString);
        assertEquals(0, redirectHits.get(), () -> "the browser reached the redirect URI: " + redirectRequests);
    }

    /** As with the HTML driver, the browser of a later sign-in has the run's cookies: the session is signed in. */
    @Test
    void aSecondSignInStartsWithTheSessionTheFirstGot(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("run", idpCollection(dir, ScriptedIdentityProvider.PASSWORD, """
                  - name: Authorize again
                    oauth: authorize
                    request:
                      url: %s/authorize
                      query: {client_id: baton-tests, redirect_uri: "%s", state: s-0987654321}
                    login: {browser: headless, wait: 20s}
                    expect:
                      oauth: {code: {exists: true}}
                """.formatted(idp.baseUrl(), redirectUri())).toString(),
                "--secret", "password=" + ScriptedIdentityProvider.PASSWORD);
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("3 passed, 0 failed"), run::toString);
        assertEquals(1, idp.signIns(), run::toString);
    }

    @Test
    void aSignInApiThatAnswersAfterLongerThanAFormMayStayIsWaitedFor(@TempDir Path dir) throws IOException {
        idp.answerSignInAfter(java.time.Duration.ofMillis(6500));
        CliRun run = CliRun.of("run", idpCollection(dir, ScriptedIdentityProvider.PASSWORD, "").toString(),
                "--secret", "password=" + ScriptedIdentityProvider.PASSWORD);
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("2 passed, 0 failed"), run::toString);
    }

    @Test
    void aSignInApiThatNeverAnswersFailsAtTheDeadlineNamingTheRequest(@TempDir Path dir) throws IOException {
        idp.answerSignInAfter(java.time.Duration.ofSeconds(40));
        Path collection = idpCollection(dir, ScriptedIdentityProvider.PASSWORD, "");
        Files.writeString(collection, Files.readString(collection).replace("wait: 20s", "wait: 9s"));
        CliRun run = CliRun.of("run", collection.toString(), "--secret", "password=" + ScriptedIdentityProvider.PASSWORD);
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("no sign-in reached the redirect URI within 9s: the page's request POST "
                + idp.baseUrl() + "/api/login, sent after its button was pressed, had no answer"), run::toString);
        assertFalse(run.all().contains(ScriptedIdentityProvider.PASSWORD), run::toString);
    }

    @Test
    void aWrongPasswordFailsWithThePagesAlertAndPicturesWhoseNamesSayNothing(@TempDir Path dir)
            throws IOException {
        String wrong = "wrong-password-7f3a9c2e";
        AllOutputs.Result result = AllOutputs.of(dir, idpCollection(dir, wrong, "").toString(),
                "--secret", "password=" + wrong);
        CliRun run = result.run();
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("came back after it was submitted"), run::toString);
        assertTrue(run.out().contains("Wrong email or password"), run::toString);
        assertEquals(List.of(), result.holding(wrong), "the password was written out");
        List<Path> pictures = screenshots(run.out());
        assertFalse(pictures.isEmpty(), run::toString);
        for (Path picture : pictures) {
            assertTrue(picture.getFileName().toString().matches("\\d\\d-(page|failed)\\.png"), picture::toString);
            assertTrue(Files.size(picture) > 1000, picture::toString);
            assertTrue(result.outputs().get("report.json").contains(picture.toAbsolutePath().toString()),
                    "the JSON report does not name " + picture);
            assertTrue(result.outputs().get("report.html").contains("<img src=\"" + picture.toUri()),
                    "the HTML report does not show " + picture);
        }
        assertTrue(result.outputs().get("report.json").contains("\"screenshots\""), result::all);
    }

    @Test
    void aFieldThatNeverAppearsFailsAtTheDeadlineWithTheTitleAndTheFieldsShown(@TempDir Path dir)
            throws IOException {
        Path collection = TestFiles.write(dir, "missing.yaml", """
                name: A field the page never shows
                auth: {type: oauth2-pkce}
                steps:
                  - name: Authorize
                    oauth: authorize
                    request:
                      url: <<zoomBaseUrl>>/oauth/authorize
                      query: {response_type: code, client_id: <<clientId>>, redirect_uri: <<redirectUri>>}
                    login:
                      browser: headless
                      wait: 15s
                      fields: {email: <<zoomUser>>, password: <<zoomPassword>>}
                      pages: [{match: {title: Sign in}, fields: {username: someone, password: <<zoomPassword>>}}]
                """);
        long started = System.nanoTime();
        CliRun run = CliRun.of("run", collection.toString(), "--env", sandbox(dir, "javascript"));
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("no sign-in reached the redirect URI within 15s"), run::toString);
        assertTrue(run.out().contains("\"Sign in\""), run::toString);
        assertTrue(run.out().contains("has no field 'username'"), run::toString);
        assertTrue(run.out().contains("the fields it shows: 'email', 'password'"), run::toString);
        assertFalse(run.all().contains("sandbox-password"), run::toString);
        assertTrue(seconds < 60, "the deadline was not kept: " + seconds + " s");
    }

    @Test
    void withoutChromiumTheStepFailsWithTheCommandThatInstallsIt(@TempDir Path dir) throws IOException {
        String before = System.getProperty("baton.chromium");
        System.setProperty("baton.chromium", dir.resolve("no-chromium-here").toString());
        try {
            CliRun run = CliRun.of("run", ZOOM, "--env", sandbox(dir, "javascript"), "--browser",
                    "headless");
            assertEquals(1, run.exitCode(), run::toString);
            assertTrue(run.out().contains("apt-get install chromium chromium-driver"), run::toString);
            assertTrue(run.out().contains("never downloads a browser"), run::toString);
        } finally {
            if (before == null) {
                System.clearProperty("baton.chromium");
            } else {
                System.setProperty("baton.chromium", before);
            }
        }
    }

    @Test
    void anUnknownEngineIsABadInput(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("run", ZOOM, "--browser", "firefox");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--browser (or BATON_BROWSER) must be html, headless or auto, not 'firefox'"),
                run::toString);
        Path collection = TestFiles.write(dir, "bad.yaml", """
                name: Bad engine
                steps:
                  - name: Authorize
                    oauth: authorize
                    request: {url: "http://127.0.0.1:1/authorize", query: {redirect_uri: "http://127.0.0.1:2/cb"}}
                    login: {browser: firefox}
                """);
        CliRun validate = CliRun.of("validate", collection.toString());
        assertEquals(2, validate.exitCode(), validate::toString);
        assertTrue(validate.all().contains("bad.yaml:6:"), validate::toString);
        assertTrue(validate.all().contains("browser must be true (a person signs in), headless"), validate::toString);
    }

    private Path idpCollection(Path dir, String password, String extra) {
        return TestFiles.write(dir, "idp.yaml", """
                name: Scripted identity provider
                steps:
                  - name: Sign in
                    oauth: authorize
                    request:
                      url: %s/authorize
                      query: {client_id: baton-tests, redirect_uri: "%s", state: s-1234567890}
                    login:
                      browser: headless
                      wait: 20s
                      fields: {identifier: "%s", secret: <<password>>}
                    expect:
                      oauth: {code: {exists: true}}
                  - name: The browser's session serves later steps
                    request: {url: %s/whoami}
                    expect: {status: 200, body: {contains: "signed-in as"}}
                %s""".formatted(idp.baseUrl(), redirectUri(), ScriptedIdentityProvider.USER, idp.baseUrl(), extra));
    }

    private static List<Path> screenshots(String out) {
        Matcher matcher = Pattern.compile("screenshots of the pages on the way: (.*)").matcher(out);
        if (!matcher.find()) {
            return List.of();
        }
        return java.util.Arrays.stream(matcher.group(1).split(",\\s*")).map(String::strip).map(Path::of).toList();
    }

    private static String sandbox(Path dir, String... switches) {
        return TestFiles.sandboxEnvironment(dir, switches).toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
