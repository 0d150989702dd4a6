package dev.baton.secrets;

import dev.baton.sandbox.OAuthSandbox;
import dev.baton.secret.Redactor;
import dev.baton.testing.AllOutputs;
import dev.baton.testing.RenderingAhead;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the Zoom collections against the sandbox with every reporter, {@code --debug} and {@code --export-env}
 * ({@link AllOutputs}),
 * takes every secret that crossed the wire from the sandbox's own record of its traffic, and looks for each —
 * raw, URL-encoded, Base64, Base64URL and JSON-escaped — in everything Baton wrote. The same check must find them
 * when masking is switched off, which proves it can fail. The run is checked with the file reports written whole at
 * the end and rendered while it goes.
 */
class LeakTest {

    private static final List<String> COLLECTIONS = List.of("collections/zoom-oauth-pkce.yaml",
            "collections/zoom-oauth-pkce-conformance.yaml", "collections/zoom-server-to-server.yaml",
            "collections/device-code.yaml");
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?:^|[?&\\s])(code|state|code_verifier|refresh_token|access_token|password|client_secret)=([^&\\s\"]+)");
    private static final Pattern SECRET_MEMBER = Pattern.compile(
            "\"(access_token|refresh_token|id_token|device_code|user_code)\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CREDENTIALS = Pattern.compile("Authorization: (Basic|Bearer) (\\S+)");

    @ParameterizedTest(name = "reports rendered ahead: {0}")
    @ValueSource(booleans = {false, true})
    void noSecretOfTheRunReachesAnyOutput(boolean renderAhead, @TempDir Path dir) throws Exception {
        Map<String, String> leaks = leaks(dir, renderAhead);

        assertTrue(leaks.isEmpty(), () -> "secrets leaked: " + leaks);
    }

    @Test
    void theCheckFindsTheSecretsWhenMaskingIsOff(@TempDir Path dir) throws Exception {
        System.setProperty(Redactor.DISABLE_PROPERTY, "true");
        try {
            Map<String, String> leaks = leaks(dir, false);

            assertTrue(leaks.keySet().stream().anyMatch(k -> k.startsWith("access_token")), leaks::toString);
            assertTrue(leaks.keySet().stream().anyMatch(k -> k.startsWith("code_verifier")), leaks::toString);
            assertTrue(leaks.keySet().stream().anyMatch(k -> k.startsWith("basic credentials")), leaks::toString);
        } finally {
            System.clearProperty(Redactor.DISABLE_PROPERTY);
        }
    }

    /** Each secret form found, as "kind (form)", with the output that holds it. */
    private static Map<String, String> leaks(Path dir, boolean renderAhead) throws Exception {
        List<String> traffic = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, String> outputs = new LinkedHashMap<>();
        try (OAuthSandbox sandbox = OAuthSandbox.start(0)) {
            sandbox.recordTraffic(traffic::add);
            Path environment = environment(dir, sandbox.baseUrl());
            List<String> args = new ArrayList<>();
            COLLECTIONS.forEach(c -> args.add(TestFiles.repositoryFile(c).toString()));
            args.addAll(List.of("--env", environment.toString()));
            AllOutputs.Result result = RenderingAhead.with(renderAhead,
                    () -> AllOutputs.of(dir, args.toArray(String[]::new)));
            assertEquals(0, result.run().exitCode(), result.run()::toString);
            outputs.putAll(result.outputs());
        }
        Map<String, String> secrets = secrets(traffic);
        assertTrue(secrets.values().stream().anyMatch(k -> k.equals("code_verifier")), secrets::toString);
        Map<String, String> leaks = new LinkedHashMap<>();
        secrets.forEach((secret, kind) -> forms(secret).forEach((form, text) -> outputs.forEach((where, content) -> {
            if (content.contains(text)) {
                leaks.putIfAbsent(kind + " (" + form + ")", where);
            }
        })));
        return leaks;
    }

    private static Path environment(Path dir, String baseUrl) {
        return TestFiles.write(dir, "sandbox.yaml", """
                vars:
                  issuer: %s
                  zoomBaseUrl: %s
                  apiBaseUrl: %s/v2
                  publicClientId: sandbox-public-client
                  clientId: sandbox-client
                  clientSecret: {value: sandbox-client-secret, secret: true}
                  redirectUri: https://baton.test/oauth/callback
                  zoomUser: sandbox.user@baton.test
                  zoomPassword: {value: sandbox-password, secret: true}
                  s2sClientId: sandbox-client
                  s2sClientSecret: {value: sandbox-client-secret, secret: true}
                  accountId: sbxAcc0untBat0nTest0001
                """.formatted(baseUrl, baseUrl, baseUrl));
    }

    /** Secret value to its kind, from the sandbox's traffic. */
    private static Map<String, String> secrets(List<String> traffic) {
        Map<String, String> secrets = new LinkedHashMap<>();
        for (String exchange : List.copyOf(traffic)) {
            Matcher parameter = SECRET_PARAMETER.matcher(exchange);
            while (parameter.find()) {
                secrets.putIfAbsent(URLDecoder.decode(parameter.group(2), StandardCharsets.UTF_8), parameter.group(1));
            }
            Matcher member = SECRET_MEMBER.matcher(exchange);
            while (member.find()) {
                secrets.putIfAbsent(member.group(2), member.group(1));
            }
            Matcher credentials = CREDENTIALS.matcher(exchange);
            while (credentials.find()) {
                String value = credentials.group(2);
                if (credentials.group(1).equals("Basic")) {
                    String pair = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
                    secrets.putIfAbsent(pair, "basic credentials");
                    secrets.putIfAbsent(pair.substring(pair.indexOf(':') + 1), "client_secret");
                }
                secrets.putIfAbsent(value, credentials.group(1).toLowerCase() + " credentials");
            }
        }
        secrets.keySet().removeIf(s -> s.length() < Redactor.MIN_LENGTH || challenges(traffic).contains(s));
        return secrets;
    }

    /** Code challenges are public by design; the conformance collection sends one as a wrong verifier. */
    private static java.util.Set<String> challenges(List<String> traffic) {
        java.util.Set<String> challenges = new java.util.HashSet<>();
        Matcher m = Pattern.compile("[?&]code_challenge=([^&\\s]+)").matcher(String.join("\n", traffic));
        while (m.find()) {
            challenges.add(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8));
        }
        return challenges;
    }

    private static Map<String, String> forms(String secret) {
        Map<String, String> forms = new LinkedHashMap<>();
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        forms.put("raw", secret);
        forms.put("url-encoded", URLEncoder.encode(secret, StandardCharsets.UTF_8));
        forms.put("base64", Base64.getEncoder().encodeToString(bytes));
        forms.put("base64url", Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        forms.put("json", secret.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/"));
        return forms;
    }

}
