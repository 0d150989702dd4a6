package dev.baton.load;

import dev.baton.model.Collection;
import dev.baton.model.Expectation;
import dev.baton.model.JwtPart;
import dev.baton.model.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static dev.baton.load.LoadAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code jwt} grammar under {@code expect:} and {@code capture:}: what it reads, and each mistake at its spot. */
class JwtReaderTest {

    @TempDir
    Path dir;

    private Path write(String block) throws IOException {
        return LoadAssertions.write(dir, "c.yaml", """
                name: x
                steps:
                  - name: a
                    request: {url: http://x}
                """ + block.indent(4));
    }

    private Step load(String block) throws Exception {
        Collection collection = new CollectionLoader().load(write(block));
        return collection.steps().get(0);
    }

    @Test
    void eachHeaderMemberClaimAndTheSignatureIsOneExpectation() throws Exception {
        Step step = load("""
                expect:
                  jwt:
                    $.access_token:
                      header: {$.alg: RS256}
                      claims: {$.scope: {contains: read}, $.aud: api}
                      signature: valid
                      issuer: <<issuer>>
                capture:
                  who: {jwt: {Authorization: {claims: $.sub}}}
                  state: {jwt: {<<token>>: {claims: $.session_state}}, public: true}
                  sid: {jwt: {<<token>>: {claims: $.session_state}}}
                """);

        List<String> labels = step.expectations().stream().map(Expectation::label).toList();
        assertEquals(List.of("jwt $.access_token header $.alg", "jwt $.access_token claims $.scope",
                "jwt $.access_token claims $.aud", "jwt $.access_token signature"), labels);
        JwtPart signature = step.expectations().get(3).query().jwt();
        assertEquals("<<issuer>>", signature.issuer().raw());
        assertTrue(step.expectations().get(3).conditions().isEmpty());
        assertEquals("jwt Authorization claims $.sub", step.captures().get(0).query().label());
        assertFalse(step.captures().get(0).secret(), "sub is no secret");
        assertFalse(step.captures().get(1).secret(), "declared public");
        assertTrue(step.captures().get(2).secret(), "a secret-named claim is captured as a secret");
        assertNull(step.captures().get(0).query().jwt().issuer());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "expect: {jwt: {'$..[': {claims: {$.sub: a}}}}|5|21|$..[|invalid JSONPath '$..[': it ends too early",
            "expect: {jwt: {$.t: {claims: {'$..[': a}}}}|5|36|$..[|expect jwt $.t claims: invalid JSONPath",
            "expect: {jwt: {$.t: {claims: {$.<<x>>: a}}}}|5|35|$.<<x>>|placeholders are not filled",
            "expect: {jwt: {$.t: {claim: {$.sub: a}}}}|5|26|claim|unknown key 'claim' in expect jwt $.t; did you mean 'claims'?",
            "expect: {jwt: {$.t: {signature: ok, issuer: i}}}|5|37|ok|signature must be 'valid', found 'ok'",
            "expect: {jwt: {$.t: {claims: {$.a: b}, issuer: i}}}|5|44|issuer|'issuer' names whose keys check",
            "expect: {jwt: {$.t: {}}}|5|25|{}|needs 'header', 'claims' or 'signature'",
            "expect: {jwt: {'bad header': {claims: {$.a: b}}}}|5|21|bad header|a token is found by a JSONPath",
            "capture: {v: {jwt: $.t}}|5|24|$.t|capture v: 'jwt' needs the token and the member to read",
            "capture: {v: {jwt: {$.t: {signature: valid}}}}|5|31|signature|unknown key 'signature' in capture v jwt $.t",
            "capture: {v: {jwt: {$.t: {claims: $.a, header: $.b}}}}|5|30|{claims|needs exactly one of 'header' or 'claims'",
            "capture: {v: {jwt: {$.a: {claims: $.s}, $.b: {claims: $.s}}}}|5|24|{$.a|'jwt' needs one token"})
    void eachMistakeIsALoadErrorAtItsSpot(String block, int line, int col, String atCaret, String message)
            throws IOException {
        Path file = write(block);

        LoadException e = LoadAssertions.collectionError(file);

        assertError(e, file, line, col, atCaret, message);
    }

    @Test
    void aSignatureWithoutAnIssuerIsAcceptedUnderOpenIdConnect() throws Exception {
        Path file = LoadAssertions.write(dir, "c.yaml", """
                name: x
                auth: {type: openid-connect}
                steps:
                  - name: a
                    request: {url: http://x}
                    retry: {count: 2, until: {jwt: {$.id_token: {signature: valid}}}}
                """);

        Collection collection = new CollectionLoader().load(file);

        assertEquals("jwt $.id_token signature", collection.steps().get(0).retry().until().get(0).label());
    }
}
