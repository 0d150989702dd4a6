package dev.baton.cli;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.baton.testing.CliRun;
import dev.baton.testing.HttpStub;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A JWT read by {@code jwt} expectations and captures, from a body member and from a header, with failing
 * conditions: no part of the token, and no claim under a secret-looking name, is in the console or in any report.
 */
class JwtOutputMaskingTest {

    private static final String SESSION = "s-7c1e9a0b3d5f2468";

    @TempDir
    Path dir;

    private HttpStub http;
    private String token;

    @BeforeEach
    void start() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID("k9").generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("k9").build(),
                new JWTClaimsSet.Builder().subject("ada").claim("session_state", SESSION).build());
        jwt.sign(new ECDSASigner(key));
        token = jwt.serialize();
        http = HttpStub.start();
        http.server().stubFor(get(urlPathEqualTo("/tokens")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("X-Token", "Bearer " + token)
                .withBody("{\"access_token\": \"" + token + "\"}")));
        http.server().stubFor(get(urlPathEqualTo("/echo")).willReturn(aResponse().withStatus(200).withBody("ok")));
    }

    @AfterEach
    void stop() {
        http.close();
    }

    @Test
    void noPartOfTheTokenNorASecretClaimIsInAnyOutput() throws IOException {
        Path file = TestFiles.write(dir, "jwt.yaml", """
                name: JWT masking
                steps:
                  - name: tokens
                    request: {url: "%1$s/tokens"}
                    capture:
                      who: {jwt: {$.access_token: {claims: $.sub}}}
                      claimed: {jwt: {X-Token: {claims: $.session_state}}}
                      tok: {json: $.access_token}
                    expect:
                      jwt:
                        $.access_token: {header: {$.alg: ES256}}
                  - name: echo
                    request: {url: "%1$s/echo?who=<<who>>&s=<<claimed>>"}
                    expect:
                      jwt:
                        <<tok>>:
                          claims: {$.sub: bob, $.session_state: nope}
                  - name: again
                    request: {url: "%1$s/tokens"}
                    expect:
                      jwt:
                        X-Token:
                          header: {$.alg: HS512}
                """.formatted(http.baseUrl()));
        List<Path> reports = List.of(dir.resolve("r.xml"), dir.resolve("r.json"), dir.resolve("r.html"));

        CliRun run = CliRun.of("run", file.toString(), "--env", TestFiles.emptyEnvironment(dir).toString(),
                "--reporter", "junit:" + reports.get(0), "--reporter", "json:" + reports.get(1),
                "--reporter", "html:" + reports.get(2));

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("jwt <<tok>> claims $.sub: expected equals \"bob\" but was \"ada\""),
                run::toString);
        assertTrue(run.out().contains("jwt <<tok>> claims $.session_state: expected equals \"nope\" but was "
                + "*****"), run::toString);
        assertTrue(run.out().contains("jwt X-Token header $.alg: expected equals \"HS512\" but was \"ES256\""),
                run::toString);
        assertTrue(http.urls().stream().anyMatch(url -> url.contains("who=ada&s=" + SESSION)), () -> "the capture was made: " + http.urls() + "\n" + run);
        List<String> outputs = new ArrayList<>(List.of(run.out(), run.err()));
        for (Path report : reports) {
            outputs.add(Files.readString(report));
        }
        String[] parts = token.split("\\.");
        for (String output : outputs) {
            assertFalse(output.contains(parts[1]), "the claims part of the token is shown:\n" + output);
            assertFalse(output.contains(parts[2]), "the signature of the token is shown:\n" + output);
            assertFalse(output.contains(parts[2].substring(0, 24)), "a cut of the signature is shown:\n" + output);
            assertFalse(output.contains(SESSION), "a secret claim is shown:\n" + output);
        }
    }

    /**
     * A token that never came in a response (here given with {@code --var}, under a name that does not look secret) is
     * masked by its shape alone; a server that echoes it in hex and as HTML character references, in a plain-text body
     * a failed expectation quotes, shows none of it either.
     */
    @Test
    void aTokenKnownByItsShapeAloneIsMaskedInHexAndHtmlReferencesToo() throws IOException {
        String hex = java.util.HexFormat.of().formatHex(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        StringBuilder references = new StringBuilder();
        token.chars().forEach(c -> references.append("&#").append(c).append(';'));
        http.server().stubFor(get(urlPathEqualTo("/shown")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain").withBody("hex " + hex + " html " + references)));
        Path file = TestFiles.write(dir, "shape.yaml", """
                name: JWT by shape
                steps:
                  - name: shown
                    request: {url: "%s/shown", headers: {X-Grant: "<<grant>>"}}
                    expect: {body: {contains: nope}}
                """.formatted(http.baseUrl()));
        Path json = dir.resolve("shape.json");

        CliRun run = CliRun.of("run", file.toString(), "--env", TestFiles.emptyEnvironment(dir).toString(),
                "--var", "grant=" + token, "--reporter", "console", "--reporter", "json:" + json);

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("body: expected contains \"nope\" but was \"hex ***** html *****\""),
                run::toString);
        for (String output : List.of(run.out(), run.err(), Files.readString(json))) {
            assertFalse(output.contains(hex.substring(40, 80)), "the token is shown in hex:\n" + output);
            assertFalse(output.contains(references.substring(60, 120)), "the token is shown as references:\n"
                    + output);
            assertFalse(output.contains(token.split("\\.")[1]), "the token is shown:\n" + output);
        }
    }
}
