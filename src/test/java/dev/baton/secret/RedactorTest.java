package dev.baton.secret;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every form of a secret that {@link Redactor} must recognise, also inside longer text, and what it must leave. */
class RedactorTest {

    private static final String SECRET = "S3cr3t-Value-42";

    private static Redactor with(String... secrets) {
        Redactor redactor = new Redactor();
        for (String secret : secrets) {
            redactor.add(secret);
        }
        return redactor;
    }

    private static void assertHidden(String secret, String shown) {
        String masked = with(secret).mask("before " + shown + " after");
        assertFalse(masked.contains(shown), () -> "shown: " + masked);
        assertTrue(masked.startsWith("before ") && masked.endsWith(" after"), masked);
        assertTrue(masked.contains(Redactor.MASK), masked);
    }

    @Test
    void rawAndUpperCased() {
        assertHidden(SECRET, SECRET);
        assertHidden(SECRET, SECRET.toUpperCase(Locale.ROOT));
        assertHidden(SECRET, SECRET.toLowerCase(Locale.ROOT));
    }

    @Test
    void percentEncodedInEitherHexCaseWithPlusOrPercentTwentyAndPartly() {
        String secret = "p@ss w/rd&é";
        String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        assertHidden(secret, encoded);
        assertHidden(secret, encoded.toLowerCase(Locale.ROOT));
        assertHidden(secret, encoded.replace("+", "%20"));
        assertHidden("/+x\"<q>&z=9", "/+x%22%3Cq%3E&z=9");
        assertHidden("/+x\"<q>&z=9", "%2F%2Bx%22%3cq%3e%26z%3D9");
    }

    @Test
    void jsonEscapedEveryWay() {
        String secret = "a/b\\c\"d<é";
        assertHidden(secret, "a\\/b\\\\c\\\"d<é");
        assertHidden(secret, "a/b\\\\c\\\"d\\u003c\\u00e9");
        assertHidden(secret, "a\\u002Fb\\u005Cc\\u0022d\\u003C\\u00E9");
        StringBuilder all = new StringBuilder();
        SECRET.chars().forEach(c -> all.append(String.format("\\u%04x", c)));
        assertHidden(SECRET, all.toString());
    }

    @Test
    void hexInBothCases() {
        String hex = HexFormat.of().formatHex(SECRET.getBytes(StandardCharsets.UTF_8));
        assertHidden(SECRET, hex);
        assertHidden(SECRET, hex.toUpperCase(Locale.ROOT));
    }

    @Test
    void htmlCharacterReferencesNamedDecimalAndHex() {
        String secret = "a<b>&\"c'é";
        assertHidden(secret, Entities.escape(secret));
        assertHidden(secret, "a&lt;b&gt;&amp;&quot;c&apos;&eacute;");
        StringBuilder decimal = new StringBuilder();
        StringBuilder hex = new StringBuilder();
        SECRET.chars().forEach(c -> {
            decimal.append("&#").append(c).append(';');
            hex.append("&#x").append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append(';');
        });
        assertHidden(SECRET, decimal.toString());
        assertHidden(SECRET, hex.toString());
    }

    @Test
    void encodingsInsideOneAnother() {
        String secret = "a\"<b/c";
        String json = "a\\\"<b\\/c";
        assertHidden(secret, Entities.escape(json));
        assertHidden(secret, URLEncoder.encode(secret, StandardCharsets.UTF_8).replace("%2F", "\\u00252F"));
    }

    @Test
    void base64AtEveryOffsetWithAndWithoutPadding() {
        byte[] secret = SECRET.getBytes(StandardCharsets.UTF_8);
        for (int before = 0; before < 6; before++) {
            for (int after = 0; after < 3; after++) {
                byte[] blob = new byte[before + secret.length + after];
                java.util.Arrays.fill(blob, (byte) 'z');
                System.arraycopy(secret, 0, blob, before, secret.length);
                for (Base64.Encoder encoder : new Base64.Encoder[]{Base64.getEncoder(), Base64.getUrlEncoder(),
                        Base64.getEncoder().withoutPadding(), Base64.getUrlEncoder().withoutPadding()}) {
                    String encoded = encoder.encodeToString(blob);
                    String masked = with(SECRET).mask("x " + encoded + " y");
                    assertFalse(masked.contains(pureCore(encoded, before, secret.length)),
                            "offset " + before + ": " + masked);
                }
            }
        }
    }

    /** The Base64 characters that encode nothing but the secret's bytes, computed independently of the masker. */
    private static String pureCore(String encoded, int offset, int length) {
        int first = (int) Math.ceil(offset * 8 / 6.0);
        int last = (int) Math.floor((offset + length) * 8 / 6.0);
        return encoded.substring(first, last);
    }

    @Test
    void aBase64PaddingEscapedAsGsonDoesIsNotLeftAsAHint() {
        String key = "secret-key";
        String masked = with(key).mask("{\"apiKey\":\"c2VjcmV0LWtleQ\\u003d\\u003d\"}");
        assertEquals("{\"apiKey\":\"*****\"}", masked);
    }

    @Test
    void aCutTextShowsNoPrefixOfASecret() {
        String token = "sk_live_4eC39HqLyZZZZZZZZZZZZZZZZ";
        Redactor redactor = with(token);
        assertEquals("x-api-key\":\"*****\"... (104 more chars)",
                redactor.mask("x-api-key\":\"sk_live_4eC39HqLy\"... (104 more chars)"));
        assertEquals("*****…", redactor.mask("sk_live_4e…"));
        assertEquals("…*****", redactor.mask("…ZZZZZZ"));
        assertEquals("sk_...", redactor.mask("sk_..."), "shorter than the minimum: nothing to hide");
    }

    @Test
    void aSecretUnicodeEscapedInsideAJsonStringIsHidden() {
        StringBuilder escaped = new StringBuilder();
        SECRET.chars().forEach(c -> escaped.append(String.format("\\\\u%04x", c)));
        assertHidden(SECRET, "{\"uesc\": \"" + escaped + "\"}");
        assertHidden(SECRET, "was \"" + escaped + "\"");
    }

    @Test
    void aSecretEncodedTwiceTheSameWayIsHidden() {
        String secret = "p@ss/w rd&=é";
        String once = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        assertHidden(secret, URLEncoder.encode(once, StandardCharsets.UTF_8));
        assertHidden(secret, Entities.escape(Entities.escape(secret)));
    }

    @Test
    void aPartOfASecretCutWithoutAMarkIsHiddenWhenItIsLongEnoughToTellAnything() {
        String token = "at-9f8e7d6c5b4a-ZZZ";
        Redactor redactor = with(token);
        assertEquals("prefix=*****", redactor.mask("prefix=" + token.substring(0, 13)));
        assertEquals("suffix=*****", redactor.mask("suffix=" + token.substring(6)));
        assertEquals("middle *****!", redactor.mask("middle " + token.substring(4, 14) + "!"));
        assertEquals("key at-9f8e is wrong", redactor.mask("key at-9f8e is wrong"),
                "7 of 19 characters, not at a cut mark: below the fragment");
        assertEquals(8, SecretForms.fragmentLength(token.length(), Redactor.MIN_LENGTH));
        assertEquals(5, SecretForms.fragmentLength(10, Redactor.MIN_LENGTH), "half of a short secret");
        assertEquals(4, SecretForms.fragmentLength(5, Redactor.MIN_LENGTH), "never below the minimum");
        assertEquals("        ", with("x        y").mask("        "), "white space alone is not a fragment");
    }

    @Test
    void aWholeWordOfASecretIsNotAFragmentButAPartAcrossItsWordsIs() {
        Redactor redactor = with("sandbox-password");
        assertEquals("the resource owner password grant disabled",
                redactor.mask("the resource owner password grant disabled"), "a word of the secret, also a word");
        assertEquals("you typed *****", redactor.mask("you typed sandbox-pass"));
        assertEquals("you typed *****", redactor.mask("you typed x-password"));
        assertEquals("the sandbox password is *****", redactor.mask("the sandbox password is sandbox-password"));
        assertEquals("sent *****", with("sandboxpassword").mask("sent password"), "inside a word, a fragment");
    }

    @Test
    void aRunOfASecretThatStopsInsideAWordOfTheTextIsNotACutSecret() {
        Redactor redactor = with("sandbox-password");
        assertEquals("client sandbox-public-client", redactor.mask("client sandbox-public-client"));
        assertEquals("sandbox-client and sandbox-passage", redactor.mask("sandbox-client and sandbox-passage"));
        assertEquals("xsandbox-passwordy", with("q-sandbox-passwordy-q").mask("xsandbox-passwordy"),
                "inside a longer word on both sides");
        assertEquals("cut *****, then", redactor.mask("cut sandbox-pass, then"), "cut where the text's token ends");
        assertEquals("at *****\"", redactor.mask("at sandbox-passw\""));
        assertEquals("key=*****", with("at-9f8e7d6c5b4a-ZZZ").mask("key=9f8e7d6c5b4a"), "the secret's own end and start");
    }

    @Test
    void aFragmentOfASecretInsideAPublicValueIsShown() {
        String header = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9";
        String secretJwt = header + ".eyJzdWIiOiJib2IifQ.c2VjcmV0LXNpZw";
        String publicJwt = header + ".eyJzdWIiOiJhZGEifQ.cHVibGljLXNpZw";
        Redactor redactor = with(secretJwt);
        redactor.addPublic(publicJwt);
        assertEquals("id " + publicJwt, redactor.mask("id " + publicJwt));
        assertEquals("at *****", redactor.mask("at " + secretJwt.substring(20)));
    }

    @Test
    void aJwtFoundByItsShapeIsHiddenInItsBase64AndUrlEncodedFormsAndASecretInBase64OfBase64() {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"HS256\"}".getBytes());
        String jwt = header + ".eyJzdWIiOiJhZGEiLCJrZXkiOiJoaWRkZW4ta2V5LTQyIn0.c2lnbmF0dXJlLWJ5dGVz";
        byte[] json = ("{\"access\": \"x\", \"jwt\": \"" + jwt + "\", \"n\": 1}").getBytes(StandardCharsets.UTF_8);
        int at = 24;
        for (String blob : java.util.List.of(Base64.getEncoder().encodeToString(json),
                Base64.getUrlEncoder().withoutPadding().encodeToString(json))) {
            String tokenChars = blob.substring((8 * at + 5) / 6 + 1, 8 * (at + jwt.length()) / 6 - 1);
            for (String shown : java.util.List.of(blob, URLEncoder.encode(blob, StandardCharsets.UTF_8))) {
                String masked = new Redactor().mask("GET /cb?state=" + shown + " HTTP/1.1");
                assertTrue(masked.startsWith("GET /cb?state=" + shown.substring(0, 16)), masked);
                assertFalse(masked.contains(tokenChars.substring(0, 12)), masked);
                assertFalse(masked.contains(tokenChars.substring(tokenChars.length() - 12)), masked);
                assertTrue(masked.contains(Redactor.MASK), masked);
            }
        }
        String nested = Base64.getEncoder().encodeToString(Base64.getEncoder().encode(SECRET.getBytes()));
        assertEquals("b64b64=*****", with(SECRET).mask("b64b64=" + nested));
        assertEquals("plain " + Base64.getEncoder().encodeToString("a text of no secret".getBytes()),
                with(SECRET).mask("plain " + Base64.getEncoder().encodeToString("a text of no secret".getBytes())));
    }

    /**
     * A token never registered, found by its shape alone, is masked in every whole form a registered secret is: hex and
     * HTML references included (the forms are written by {@link Forms}, not by the masker); a text of no token that
     * holds the same kinds of escapes is left as it is.
     */
    @Test
    void aJwtGluedToTheCharactersBeforeItIsFoundAndAHostileRunIsReadOnce() {
        String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJnbHVlZC1vbi10b2tlbiJ9.c2lnbmF0dXJlLWdsdWVk";
        String masked = new Redactor().mask("protobuf\u0012Ax0" + jwt + " end");
        assertFalse(masked.contains("eyJzdWIiOiJnbHVlZC1vbi10b2tlbiJ9"), masked);
        Redactor fromResponse = new Redactor();
        ResponseSecrets.register("text/plain", "t=Bearer%20" + jwt, fromResponse);
        assertEquals("*****", fromResponse.mask(jwt), "the token glued after %20 is registered");
        String run = "eyJ".repeat(400_000);
        assertEquals(run, assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> new Redactor().mask(run)));
        String dotted = "eyJab.".repeat(150_000);
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> new Redactor().mask(dotted));
    }

    @Test
    void aJwtFoundByItsShapeIsMaskedInEveryFormARegisteredSecretIs() {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"HS256\"}".getBytes());
        String jwt = header + ".eyJzdWIiOiJhZGEiLCJwd2QiOiJzaGFwZS1vbmx5In0.c2lnbmVkLWJ5LXRoZS1zZXJ2ZXI";
        String payload = jwt.substring(jwt.indexOf('.') + 1, jwt.lastIndexOf('.'));
        for (int form = 0; form < Forms.FIRST_PART; form++) {
            String shown = Forms.encode(jwt, form, 1);
            String masked = new Redactor().mask("before " + shown + " after");
            String name = Forms.NAMES[form];
            assertTrue(masked.contains(Redactor.MASK), () -> name + ": " + masked);
            assertFalse(masked.contains(Forms.encode(payload, form, 1).substring(4, 20)), () -> name + ": " + masked);
            assertTrue(masked.startsWith("before ") && masked.endsWith(" after"), () -> name + ": " + masked);
        }
        String hex = HexFormat.of().formatHex(jwt.getBytes(StandardCharsets.US_ASCII));
        assertEquals("was \"*****\"... (9 more)", new Redactor().mask("was \"" + hex.substring(0, 40)
                + "\"... (9 more)"));
        Redactor declared = new Redactor();
        declared.addPublic(jwt);
        assertEquals("hex " + hex, declared.mask("hex " + hex), "a public token stays public in hex");
        String plain = "it&#39;s 100%20 done \\u0041 &#x41; %41 65794a 4a4a EYJ no token here";
        assertEquals(plain, new Redactor().mask(plain));
        String inside = HexFormat.of().formatHex(("{\"t\":\"" + jwt + "\"}").getBytes(StandardCharsets.US_ASCII));
        String masked = new Redactor().mask(inside);
        assertTrue(masked.startsWith(inside.substring(0, 12) + Redactor.MASK), masked);
        String many = "65794a".repeat(200_000);
        assertEquals(many, assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> new Redactor().mask(many)), "a hex text of token starts and no token is read once, not once a start");
        String apart = "65794aZ".repeat(150_000);
        assertEquals(apart, assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> new Redactor().mask(apart)), "each hex head is searched for once along the text, not from every start");
    }

    @Test
    void theStartsOfATokenInBase64AreWhatSecretFormsFindsForEyJ() {
        assertEquals(TokenShapes.IN_BASE64, cores(java.util.List.of("eyJ")));
        assertEquals(TokenShapes.IN_BASE64_TWICE, cores(TokenShapes.IN_BASE64));
    }

    private static java.util.List<String> cores(java.util.List<String> texts) {
        return texts.stream().flatMap(text -> SecretForms.of(text, 3).base64().stream())
                .map(SecretForms.Base64Core::core).distinct().toList();
    }

    @Test
    void jwtsAreMaskedByShapeUnlessPublic() {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"HS256\"}".getBytes());
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"sub\":\"ada\"}".getBytes());
        String jwt = header + "." + payload + ".c2lnbmF0dXJl";
        Redactor redactor = new Redactor();
        assertEquals("{\"data\":\"*****\"}", redactor.mask("{\"data\":\"" + jwt + "\"}"));
        assertEquals("was \"*****\"... (616 more chars)", redactor.mask("was \"" + header.substring(0, 20)
                + "\"... (616 more chars)"));
        redactor.addPublic(jwt);
        assertEquals("{\"data\":\"" + jwt + "\"}", redactor.mask("{\"data\":\"" + jwt + "\"}"));
        redactor.add(jwt);
        assertEquals(jwt, redactor.mask(jwt), "a public value is not registered as a secret later");
        Redactor registeredFirst = with(jwt);
        registeredFirst.addPublic(jwt);
        assertEquals(jwt, registeredFirst.mask(jwt), "public: true wins over a registration");
    }

    @Test
    void batonsOwnPhrasesAreNeverMasked() {
        String phrase = OwnWords.phrase("the response may be forged (CSRF)");
        Redactor redactor = with("forged");
        assertEquals("state: " + phrase, redactor.mask("state: " + phrase));
        assertEquals("state=*****", redactor.mask("state=forged"));
    }

    @Test
    void shortValuesAreNotSecrets() {
        assertEquals("abc abc", with("abc").mask("abc abc"));
        assertEquals(4, Redactor.MIN_LENGTH);
    }

    @Test
    void aThousandSecretsAreEachFoundInOnePass() {
        Redactor redactor = new Redactor();
        java.util.Random random = new java.util.Random(11);
        java.util.List<String> secrets = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String secret = Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + "-" + i;
            secrets.add(secret);
            redactor.add(secret);
        }
        StringBuilder text = new StringBuilder();
        secrets.forEach(s -> text.append("<").append(s).append("> "));
        String masked = redactor.mask(text.toString());
        assertEquals("<*****> ".repeat(1000), masked);
    }

    @Test
    void maskingOffChangesNothing() {
        System.setProperty(Redactor.DISABLE_PROPERTY, "true");
        try {
            assertEquals(SECRET, with(SECRET).mask(SECRET));
        } finally {
            System.clearProperty(Redactor.DISABLE_PROPERTY);
        }
    }

    // ---------------------------------------------------------------- properties

    /** Secrets over every character class that matters to an encoding. */
    @Provide
    Arbitrary<String> secrets() {
        return Arbitraries.strings().withChars("aZ09/\\\"<>&=+% é€'-_.~".toCharArray())
                .withCharRange('\u4e00', '\u4e05').ofMinLength(Redactor.MIN_LENGTH).ofMaxLength(24)
                .filter(s -> !s.isBlank());
    }

    @Property(tries = 300)
    void everyFormOfAnySecretIsHidden(@ForAll("secrets") String secret, @ForAll @IntRange(max = 14) int form,
                                      @ForAll @IntRange(max = 2) int offset) {
        String shown = Forms.encode(secret, form, offset);
        Assume.that(form < Forms.FIRST_PART || secret.length() >= 6 && !shown.isBlank() && !isWordOf(secret, shown));
        String masked = with(secret).mask("<p>" + shown + "</p>");
        String hint = "form " + Forms.NAMES[form] + " of '" + secret + "': " + shown + " -> " + masked;
        if (form == Forms.BASE64_IN_BLOB) {
            byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
            assertFalse(masked.contains(pureCore(shown, offset, bytes.length)), hint);
        } else {
            assertFalse(masked.contains(shown), hint);
            assertFalse(masked.contains(secret), hint);
        }
    }

    /** Whether a part of the secret is one of its words, letters alone between non-letters, which is left shown. */
    private static boolean isWordOf(String secret, String part) {
        int start = secret.indexOf(part);
        int end = start + part.length();
        return part.chars().allMatch(Character::isLetter) && (start == 0 || !Character.isLetter(secret.charAt(start - 1)))
                && (end == secret.length() || !Character.isLetter(secret.charAt(end)));
    }

    @Property(tries = 200)
    void textWithoutSecretsOrTokensIsLeftAlone(@ForAll("secrets") String secret, @ForAll String text) {
        String safe = text.replace("eyJ", "");
        String folded = SecretForms.fold(safe);
        String foldedSecret = SecretForms.fold(secret);
        int length = SecretForms.fragmentLength(secret.length(), Redactor.MIN_LENGTH);
        boolean fragment = java.util.stream.IntStream.rangeClosed(0, secret.length() - length)
                .anyMatch(at -> folded.contains(foldedSecret.substring(at, at + length)));
        if (!folded.contains(SecretForms.fold(secret)) && !fragment && !safe.contains("...") && !safe.contains("…")
                && !safe.contains("%") && !safe.contains("\\") && !safe.contains("&")) {
            assertEquals(safe, with(secret).mask(safe));
        }
    }
}
