package dev.baton.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sign-in unlike the sandbox's, as hosted identity providers build theirs: one page that a script renders after a
 * delay, asks for the user name first and then, in the same form, for the password; posts them with {@code fetch}
 * as JSON and never navigates until it is done; shows a wrong password in an alert without leaving the page; sets an
 * HttpOnly session cookie from the fetch response; consents with a button that a script enables; and goes to the
 * client with {@code location.replace}. A browser whose session cookie is known goes straight to the consent page.
 * {@code /whoami} answers who the session cookie belongs to.
 */
final class ScriptedIdentityProvider implements AutoCloseable {

    static final String USER = "alice@idp.test";
    static final String PASSWORD = "correct horse battery staple 42";

    private final HttpServer server;
    private final Map<String, String> sessions = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicInteger codes = new AtomicInteger();
    private final AtomicInteger signIns = new AtomicInteger();
    private volatile long loginDelayMillis;

    private final java.util.concurrent.ExecutorService handlers = java.util.concurrent.Executors.newCachedThreadPool();

    private ScriptedIdentityProvider(HttpServer server) {
        this.server = server;
    }

    static ScriptedIdentityProvider start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ScriptedIdentityProvider idp = new ScriptedIdentityProvider(server);
        server.createContext("/authorize", idp::authorize);
        server.createContext("/api/login", idp::login);
        server.createContext("/consent", idp::consent);
        server.createContext("/api/decide", idp::decide);
        server.createContext("/whoami", idp::whoami);
        server.setExecutor(idp.handlers);
        server.start();
        return idp;
    }

    /** Makes the sign-in API answer only after {@code delay}, as a slow hosted one does. */
    void answerSignInAfter(java.time.Duration delay) {
        loginDelayMillis = delay.toMillis();
    }

    /** How many times a user signed in with a password. */
    int signIns() {
        return signIns.get();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String flow = UUID.randomUUID().toString();
        sessions.put("flow:" + flow, query.getOrDefault("redirect_uri", "") + "\n" + query.getOrDefault("state", ""));
        String signedIn = session(exchange);
        if (signedIn != null) {
            sessions.put("session:" + signedIn, flow);
            exchange.getResponseHeaders().add("Location", "/consent");
            send(exchange, 302, "text/plain", "");
            return;
        }
        send(exchange, 200, "text/html", """
                <!DOCTYPE html><html><head><title>Welcome back</title></head><body><div id="root">Loading...</div>
                <script>
                const flow = %s;
                function step1() {
                  document.getElementById('root').innerHTML = '<form id="identify"><label>Email '
                    + '<input name="identifier" type="email"></label><div id="more"></div>'
                    + '<button type="submit">Next</button></form><p role="alert" id="problem"></p>';
                  document.getElementById('identify').addEventListener('submit', onSubmit);
                }
                async function onSubmit(event) {
                  event.preventDefault();
                  const form = event.target;
                  if (!form.elements.secret) {
                    document.getElementById('more').innerHTML =
                      '<label>Password <input name="secret" type="password"></label>';
                    form.querySelector('button').textContent = 'Sign in';
                    return;
                  }
                  const answer = await fetch('/api/login', {method: 'POST', headers: {'Content-Type': 'application/json'},
                    body: JSON.stringify({flow, identifier: form.elements.identifier.value,
                                          secret: form.elements.secret.value})});
                  if (!answer.ok) { document.getElementById('problem').textContent = 'Wrong email or password'; return; }
                  const next = await answer.json();
                  location.assign(next.next);
                }
                setTimeout(step1, 400);
                </script></body></html>
                """.formatted(json(flow)));
    }

    private void login(HttpExchange exchange) throws IOException {
        try {
            Thread.sleep(loginDelayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String flow = member(body, "flow");
        if (!USER.equals(member(body, "identifier")) || !PASSWORD.equals(member(body, "secret"))
                || !sessions.containsKey("flow:" + flow)) {
            send(exchange, 401, "application/json", "{\"error\":\"bad credentials\"}");
            return;
        }
        String session = UUID.randomUUID().toString();
        sessions.put("session:" + session, flow);
        signIns.incrementAndGet();
        exchange.getResponseHeaders().add("Set-Cookie", "idp_session=" + session + "; Path=/; HttpOnly; SameSite=Lax");
        send(exchange, 200, "application/json", "{\"next\":\"/consent\"}");
    }

    private void consent(HttpExchange exchange) throws IOException {
        if (session(exchange) == null) {
            send(exchange, 403, "text/html", "<!DOCTYPE html><title>Not signed in</title><p class=error>Sign in first</p>");
            return;
        }
        send(exchange, 200, "text/html", """
                <!DOCTYPE html><html><head><title>Allow access?</title></head><body>
                <form id="decision"><p>Baton Tests wants to read your profile.</p>
                <button type="submit" name="choice" value="no">Cancel</button>
                <button type="submit" name="choice" value="yes" id="yes" disabled>Allow</button></form>
                <script>
                setTimeout(() => { document.getElementById('yes').disabled = false; }, 300);
                document.getElementById('decision').addEventListener('submit', async (event) => {
                  event.preventDefault();
                  const answer = await fetch('/api/decide', {method: 'POST', body: event.submitter.value});
                  location.replace((await answer.json()).to);
                });
                </script></body></html>
                """);
    }

    private void decide(HttpExchange exchange) throws IOException {
        String session = session(exchange);
        String choice = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String[] flow = session == null ? null : sessions.getOrDefault("flow:" + sessions.get("session:" + session),
                "").split("\n", 2);
        if (flow == null || flow.length < 2) {
            send(exchange, 403, "application/json", "{\"error\":\"no session\"}");
            return;
        }
        String result = choice.equals("yes") ? "code=idp-code-" + codes.incrementAndGet()
                : "error=access_denied&error_description=" + URLEncoder.encode("The user cancelled", StandardCharsets.UTF_8);
        String to = flow[0] + (flow[0].contains("?") ? "&" : "?") + result + "&state="
                + URLEncoder.encode(flow[1], StandardCharsets.UTF_8);
        send(exchange, 200, "application/json", "{\"to\":" + json(to) + "}");
    }

    private void whoami(HttpExchange exchange) throws IOException {
        send(exchange, session(exchange) == null ? 401 : 200, "text/plain",
                session(exchange) == null ? "nobody" : "signed-in as " + USER);
    }

    private String session(HttpExchange exchange) {
        String cookies = String.join("; ", exchange.getRequestHeaders().getOrDefault("Cookie", java.util.List.of()));
        for (String cookie : cookies.split(";\\s*")) {
            if (cookie.startsWith("idp_session=") && sessions.containsKey("session:" + cookie.substring(12))) {
                return cookie.substring(12);
            }
        }
        return null;
    }

    private static String member(String json, String name) {
        var matcher = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")
                .matcher(json);
        return matcher.find() ? matcher.group(1).replace("\\\"", "\"").replace("\\\\", "\\") : null;
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\u003c") + "\"";
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                query.putIfAbsent(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }

    static URI uri(String text) {
        return URI.create(text);
    }
}
