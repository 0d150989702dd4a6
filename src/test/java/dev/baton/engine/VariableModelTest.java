package dev.baton.engine;

import dev.baton.auth.AuthTypes;
import dev.baton.testing.CliRun;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code baton validate} knows the variables of each step from the model the engine runs: what the auth type
 * defines, what each step sets ({@code Step.sets()}), the layers of an iteration; it has no list of its own.
 */
class VariableModelTest {

    @TempDir
    Path dir;

    private CliRun validate(String collection, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "validate";
        args[1] = TestFiles.write(dir, "c.yaml", collection).toString();
        args[2] = "--env";
        args[3] = TestFiles.emptyEnvironment(dir).toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return CliRun.of(args);
    }

    @Test
    void eachAuthTypeDefinesWhatItsBlockSaysAndNothingElse() {
        Map<String, String> blocks = Map.of(
                "oauth2-pkce", "{type: oauth2-pkce}",
                "openid-connect", "{type: openid-connect, issuer: 'http://127.0.0.1/i'}",
                "client-credentials", "{type: client-credentials, tokenUrl: 'http://127.0.0.1/t', clientId: a, "
                        + "clientSecret: b}",
                "zoom-account-credentials", "{type: zoom-account-credentials, clientId: a, clientSecret: b, "
                        + "accountId: c}",
                "login", "{type: login, tokenUrl: 'http://127.0.0.1/t', clientId: a}",
                "api-key", "{type: api-key, name: k, value: v}",
                "device-code", "{type: device-code, issuer: 'http://127.0.0.1/i', clientId: a, login: {}}");
        assertEquals(new java.util.TreeSet<>(AuthTypes.available().all().stream()
                        .filter(t -> t.getClass().getPackageName().equals("dev.baton.auth.types"))
                        .map(dev.baton.auth.AuthType::name).toList()), new java.util.TreeSet<>(blocks.keySet()),
                "every type Baton ships is tried");
        Map<String, String> defined = Map.of("oauth2-pkce", "pkce.state", "openid-connect", "pkce.state", "client-credentials", "auth.access_token",
                "zoom-account-credentials", "auth.access_token", "login", "auth.access_token",
                "device-code", "auth.access_token");
        for (var block : blocks.entrySet()) {
            for (String variable : new String[]{"pkce.state", "auth.access_token"}) {
                CliRun run = validate("auth: " + block.getValue() + "\nsteps:\n"
                        + "  - {name: s, request: {url: 'http://127.0.0.1/x', headers: {X: '<<" + variable + ">>'}}}\n");
                boolean defines = variable.equals(defined.get(block.getKey()));
                assertEquals(defines ? 0 : 2, run.exitCode(), block.getKey() + " and " + variable + ":\n" + run);
                if (!defines) {
                    assertTrue(run.err().contains("undefined variable '" + variable + "'"), run::toString);
                }
            }
        }
    }

    @Test
    void whatAStepSetsIsDefinedFromTheNextStepOn() {
        CliRun early = validate("""
                steps:
                  - {name: use, request: {url: 'http://127.0.0.1/<<oauth.code>>/<<id>>'}}
                  - name: authorize
                    oauth: authorize
                    request: {url: 'http://127.0.0.1/authorize', query: {redirect_uri: 'https://app.test/cb'}}
                    capture: {id: {json: $.id}}
                """);
        assertEquals(2, early.exitCode(), early::toString);
        assertTrue(early.err().contains("undefined variable 'oauth.code'; it is captured only later, by step "
                + "'authorize'"), early::toString);
        assertTrue(early.err().contains("undefined variable 'id'; it is captured only later, by step 'authorize'"),
                early::toString);

        CliRun later = validate("""
                steps:
                  - name: authorize
                    oauth: authorize
                    request: {url: 'http://127.0.0.1/authorize', query: {redirect_uri: 'https://app.test/cb'}}
                    capture: {id: {json: $.id}}
                  - {name: use, request: {url: 'http://127.0.0.1/<<oauth.code>>/<<oauth.iss>>/<<id>>'}}
                """);
        assertEquals(0, later.exitCode(), later::toString);
    }

    @Test
    void aCommandLineValueWinsOverWhatTheRunSetsAsItDoesWhenRunning() {
        String collection = """
                steps:
                  - name: first
                    request: {url: 'http://127.0.0.1/x'}
                    capture: {base: {header: X-Base}}
                  - {name: second, request: {url: '<<base>>/y'}}
                """;
        assertEquals(0, validate(collection).exitCode(), "a captured base is known only when the run gets there");
        CliRun given = validate(collection, "--var", "base=ftp://127.0.0.1");
        assertEquals(2, given.exitCode(), given::toString);
        assertTrue(given.err().contains("invalid URL 'ftp://127.0.0.1/y': it must start with http:// or https://"),
                given::toString);
    }
}
