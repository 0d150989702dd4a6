package dev.baton.template;

import dev.baton.model.Position;
import dev.baton.model.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The functions of placeholders, through {@link Variables} as a run resolves them. */
class FunctionsTest {

    private static final Position AT = new Position("c.yaml", 3, 7);
    private static final String JWT = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}"
            .getBytes(StandardCharsets.UTF_8)) + "." + Base64.getUrlEncoder().withoutPadding()
            .encodeToString("{\"sub\":\"ada\",\"exp\":1767225600,\"roles\":[\"a\"]}".getBytes(StandardCharsets.UTF_8))
            + ".sig";

    private final List<String> secrets = new ArrayList<>();
    private final Variables variables = variables();

    private Variables variables() {
        Variables v = new Variables(secrets::add);
        v.define(Layer.COLLECTION, "name", Binding.literal(" Ada Lovelace ", false, AT));
        v.define(Layer.COLLECTION, "doc", Binding.literal("{\"user\":{\"id\":42,\"tags\":[\"x\"]}}", false, AT));
        v.define(Layer.COLLECTION, "token", Binding.literal(JWT, false, AT));
        v.define(Layer.COLLECTION, "when", Binding.literal("2026-01-31T10:00:00Z", false, AT));
        v.define(Layer.COLLECTION, "key", Binding.literal("key", false, AT));
        v.define(Layer.COLLECTION, "apiSecret", Binding.literal("s3cr3t-value", true, AT));
        return v;
    }

    private String resolve(String raw) throws TemplateException {
        return variables.resolve(new Text(raw, AT));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', value = {
            "<<name | trim | upper>>                        => ADA LOVELACE",
            "<<name | trim | lower>>                        => ada lovelace",
            "<<name | trim | base64>>                       => QWRhIExvdmVsYWNl",
            "<<name | trim | base64 | base64Decode>>       => Ada Lovelace",
            "<<doc | base64url>>                             => eyJ1c2VyIjp7ImlkIjo0MiwidGFncyI6WyJ4Il19fQ",
            "<<doc | base64url | base64urlDecode>>          => `{\"user\":{\"id\":42,\"tags\":[\"x\"]}}`",
            "<<name | trim | urlEncode>>                    => Ada%20Lovelace",
            "<<name | urlEncode | urlDecode>>               => ` Ada Lovelace `",
            "<<key | sha256>>                                => 2c70e12b7a0646f92279f427c7b38e7334d8e5389cff167a1dc30e73f826b683",
            "<<doc | jsonPath:$.user.id>>                    => 42",
            "<<doc | jsonPath:$.user.tags>>                  => `[\"x\"]`",
            "<<token | jwtClaim:sub>>                        => ada",
            "<<token | jwtClaim:exp>>                        => 1767225600",
            "<<when | plus:PT5M>>                            => 2026-01-31T10:05:00Z",
            "<<when | minus:P1D | format:ISO>>              => 2026-01-30T10:00:00Z",
            "<<when | format:epoch>>                         => 1769853600",
            "<<when | format:yyyy-MM-dd HH:mm>>              => 2026-01-31 10:00",
            "<<when | format:RFC1123>>                       => Sat, 31 Jan 2026 10:00:00 GMT",
            "<<when | format:epoch | plus:PT1H | format:epochMillis>> => 1769857200000",
    })
    void eachFunction(String template, String expected) throws TemplateException {
        assertEquals(expected, resolve(template));
    }

    @Test
    void hmacSha256TakesTheVariableThatHoldsTheKey() throws TemplateException {
        // RFC 4231 is for binary keys; this is the well-known "key" / "The quick brown fox..." pair
        variables.define(Layer.COLLECTION, "fox", Binding.literal("The quick brown fox jumps over the lazy dog", false,
                AT));
        assertEquals("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
                resolve("<<fox | hmacSha256:key>>"));
    }

    @Test
    void randomStringsOfALengthAndAlphabet() throws TemplateException {
        String hex = resolve("<<$random | chars:32:hex>>");
        assertTrue(hex.matches("[0-9a-f]{32}"), hex);
        assertTrue(resolve("<<$random>>").matches("[A-Za-z0-9]{16}"));
        assertTrue(resolve("<<$random | chars:8:xy>>").matches("[xy]{8}"));
        assertNotEquals(resolve("<<$random | chars:24>>"), resolve("<<$random | chars:24>>"));
    }

    @Test
    void dateArithmeticOnNow() throws TemplateException {
        Instant later = Instant.parse(resolve("<<$now | plus:PT5M | format:ISO>>"));
        long seconds = later.getEpochSecond() - Instant.now().getEpochSecond();
        assertTrue(seconds > 290 && seconds <= 300, later::toString);
    }

    @Test
    void aFunctionOfASecretIsASecret() throws TemplateException {
        secrets.clear();
        String upper = resolve("<<apiSecret | upper>>");
        String signed = resolve("<<name | hmacSha256:apiSecret>>");
        assertEquals("S3CR3T-VALUE", upper);
        assertTrue(secrets.contains(upper), secrets::toString);
        assertTrue(secrets.contains(signed), secrets::toString);
        assertFalse(secrets.contains(resolve("<<name | upper>>")));
    }

    @Test
    void unknownFunctionsAndBadArgumentsAreFoundWhenTheTextIsParsed() {
        assertEquals("unknown function 'uper' in <<name | uper>>; did you mean 'upper'?",
                parseError("<<name | uper>>"));
        assertEquals("'upper' takes no argument in <<name | upper:x>>", parseError("<<name | upper:x>>"));
        assertEquals("'plus' needs an argument, written plus:... in <<when | plus>>", parseError("<<when | plus>>"));
        assertEquals("'PT5X' is not an ISO 8601 duration such as PT5M, PT1H30M or P1D in <<when | plus:PT5X>>",
                parseError("<<when | plus:PT5X>>"));
        assertTrue(parseError("<<when | format:yyyy-qq-bb>>").startsWith("'yyyy-qq-bb' is not a date format"));
        assertTrue(parseError("<<doc | jsonPath:$..[>>").startsWith("invalid JSONPath '$..['"));
        assertEquals("'chars' makes a random string; write it on $random, as <<$random | chars:8>>",
                parseError("<<name | chars:8>>"));
        assertTrue(parseError("<<$random | chars:0>>").startsWith("chars takes a length from 1 to 4096"));
    }

    @Test
    void aValueThatDoesNotFitItsFunctionFailsWhenResolved() {
        TemplateException e = assertThrows(TemplateException.class, () -> resolve("<<doc | base64Decode>>"));
        assertEquals("<<doc | base64Decode>>: the value is not Base64", e.getMessage());
        assertEquals("<<name | jwtClaim:sub>>: the value is not a JSON Web Token (header.payload.signature)",
                assertThrows(TemplateException.class, () -> resolve("<<name | jwtClaim:sub>>")).getMessage());
        assertEquals("<<token | jwtClaim:email>>: the token has no claim 'email'",
                assertThrows(TemplateException.class, () -> resolve("<<token | jwtClaim:email>>")).getMessage());
        assertTrue(assertThrows(TemplateException.class, () -> resolve("<<name | plus:PT1M>>")).getMessage()
                .contains("the value is not a date"));
    }

    private static String parseError(String raw) {
        return assertThrows(TemplateException.class, () -> Template.parse(new Text(raw, AT))).getMessage();
    }
}
