package dev.baton.check;

import static dev.baton.check.Fixtures.AT;
import static dev.baton.check.Fixtures.capture;
import static dev.baton.check.Fixtures.html;
import static dev.baton.check.Fixtures.json;
import static dev.baton.check.Fixtures.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.model.Capture;
import dev.baton.model.Query;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CaptureReaderTest {

    private static final String TOKEN = """
            {"access_token":"eyJ.abc","token_type":"bearer","expires_in":3599,"ratio":1.5,"refresh":true,
             "scope":null,"info":{"b":[true,null],"a":"x/y"},"items":[{"id":1,"n":"one"},{"id":2,"n":"two"}]}
            """;

    private final CaptureReader reader = new CaptureReader();

    private Optional<String> read(Fixtures.Response response, String source, String argument)
            throws CheckException {
        return reader.read(response.view(), capture(source, argument), argument);
    }

    @Test
    void statusIsTheCodeAsText() throws CheckException {
        assertEquals(Optional.of("201"), read(response(201), "status", null));
    }

    @Test
    void bodyIsTheWholeText() throws CheckException {
        assertEquals(Optional.of("plain\ntext"), read(response(200).body("plain\ntext"), "body", null));
    }

    @Nested
    class Headers {
        @Test
        void firstHeaderWithTheNameIgnoringCase() throws CheckException {
            Fixtures.Response r = response(200).header("X-Request-Id", "one").header("x-request-id", "two");
            assertEquals(Optional.of("one"), read(r, "header", "x-REQUEST-id"));
        }

        @Test
        void missingHeaderIsAbsent() throws CheckException {
            assertEquals(Optional.empty(), read(response(200), "header", "X-Request-Id"));
        }

        @Test
        void aHeaderCaptureWithoutNameCannotBeMade() {
            CheckException e = assertThrows(CheckException.class, () -> read(response(200), "header", null));
            assertEquals("capture v (header): missing its argument", e.getMessage());
        }
    }

    @Nested
    class Json {
        @Test
        void stringsAsTheyAre() throws CheckException {
            assertEquals(Optional.of("eyJ.abc"), read(json(TOKEN), "json", "$.access_token"));
            assertEquals(Optional.of("x/y"), read(json(TOKEN), "json", "$.info.a"));
        }

        @Test
        void numbersAndBooleansAsTheirJsonText() throws CheckException {
            assertEquals(Optional.of("3599"), read(json(TOKEN), "json", "$.expires_in"));
            assertEquals(Optional.of("1.5"), read(json(TOKEN), "json", "$.ratio"));
            assertEquals(Optional.of("true"), read(json(TOKEN), "json", "$.refresh"));
        }

        @Test
        void objectsAndArraysAsCompactJsonInTheirOrder() throws CheckException {
            assertEquals(Optional.of("{\"b\":[true,null],\"a\":\"x/y\"}"),
                    read(json(TOKEN), "json", "$.info"));
            assertEquals(Optional.of("[1,2]"), read(json(TOKEN), "json", "$.items[*].id"));
        }

        @Test
        void jsonNullAndNoMatchAreAbsent() throws CheckException {
            assertEquals(Optional.empty(), read(json(TOKEN), "json", "$.scope"));
            assertEquals(Optional.empty(), read(json(TOKEN), "json", "$.id_token"));
            assertEquals(Optional.empty(), read(json(TOKEN), "json", "$.items[5].id"));
            assertEquals(Optional.empty(), read(json(TOKEN), "json", "$.items[?(@.id == 9)].n"));
        }

        @Test
        void anIndefinitePathWithOneMatchGivesThatMatch() throws CheckException {
            assertEquals(Optional.of("eyJ.abc"), read(json(TOKEN), "json", "$..access_token"));
            assertEquals(Optional.of("two"), read(json(TOKEN), "json", "$.items[?(@.id == 2)].n"));
        }

        @Test
        void aBodyThatIsNotJsonCannotBeCaptured() {
            Fixtures.Response page = html("<html>\n  <body>Sign in</body>\n</html>");
            CheckException e = assertThrows(CheckException.class,
                    () -> read(page, "json", "$.access_token"));
            assertEquals("capture v (json $.access_token): the body is not JSON (content type text/html): "
                    + "\"<html> <body>Sign in</body> </html>\"", e.getMessage());
            assertEquals(AT, e.position());
        }

        @Test
        void anInvalidPathCannotBeCaptured() {
            CheckException e = assertThrows(CheckException.class, () -> read(json(TOKEN), "json", "$.[[["));
            assertTrue(e.getMessage().startsWith("capture v (json $.[[[): invalid JSONPath: "), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
    }

    @Nested
    class Regex {
        @Test
        void groupOneWhenThePatternHasAGroup() throws CheckException {
            Fixtures.Response r = response(200).body("<input name=csrf value=\"k9-x\">");
            assertEquals(Optional.of("k9-x"), read(r, "regex", "value=\"([^\"]+)\""));
        }

        @Test
        void theWholeMatchWithoutAGroup() throws CheckException {
            assertEquals(Optional.of("id-42"), read(response(200).body("x id-42 y id-7"), "regex", "id-\\d+"));
        }

        @Test
        void noMatchOrAnUnusedGroupIsAbsent() throws CheckException {
            assertEquals(Optional.empty(), read(response(200).body("nothing"), "regex", "id-(\\d+)"));
            assertEquals(Optional.empty(), read(response(200).body("b"), "regex", "(a)|b"));
        }

        @Test
        void anInvalidRegexCannotBeCaptured() {
            CheckException e = assertThrows(CheckException.class,
                    () -> read(response(200).body("x"), "regex", "code=([a-z"));
            assertTrue(e.getMessage().startsWith("capture v (regex code=([a-z): invalid regex \"code=([a-z\": "),
                    e.getMessage());
        }

        @Test
        void readsABodyDecodedWithItsCharset() throws CheckException {
            Fixtures.Response latin = response(200).header("Content-Type", "text/plain; charset=ISO-8859-1")
                    .body("Caf\u00e9 cr\u00e8me", StandardCharsets.ISO_8859_1);
            assertEquals(Optional.of("\u00e9 cr\u00e8"), read(latin, "regex", "Caf(. cr.)me"));
        }
    }

    @Nested
    class Cookies {
        @Test
        void aCookieKnownToTheRun() throws CheckException {
            assertEquals(Optional.of("s3ss"), read(response(200).cookie("SID", "s3ss"), "cookie", "SID"));
        }

        @Test
        void noSuchCookieIsAbsent() throws CheckException {
            assertEquals(Optional.empty(), read(response(200).cookie("SID", "s3ss"), "cookie", "sid"));
        }
    }

    @Nested
    class Location {
        private Fixtures.Response redirect(String location) {
            return response(302).header("Location", location);
        }

        @Test
        void aQueryParameterOfAnAbsoluteLocationUrlDecoded() throws CheckException {
            Fixtures.Response r = redirect("https://app.example/cb?code=ab%2Fc%2Bd&state=s+1%20x");
            assertEquals(Optional.of("ab/c+d"), read(r, "location", "code"));
            assertEquals(Optional.of("s 1 x"), read(r, "location", "state"));
        }

        @Test
        void utf8EncodedValues() throws CheckException {
            assertEquals(Optional.of("caf\u00e9"),
                    read(redirect("https://app.example/cb?name=caf%C3%A9"), "location", "name"));
        }

        @Test
        void aRelativeLocationIsResolvedAgainstTheRequest() throws CheckException {
            Fixtures.Response r = redirect("/cb?code=rel-1").uri("https://auth.example/authorize?code=old");
            assertEquals(Optional.of("rel-1"), read(r, "location", "code"));
        }

        @Test
        void aLocationWithOnlyAFragmentKeepsTheRequestQuery() throws CheckException {
            Fixtures.Response r = redirect("#code=frag").uri("https://auth.example/authorize?client_id=c1");
            assertEquals(Optional.of("c1"), read(r, "location", "client_id"));
            assertEquals(Optional.of("frag"), read(r, "location", "code"));
        }

        @Test
        void theFragmentWhenTheQueryLacksIt() throws CheckException {
            Fixtures.Response r = redirect("https://app.example/cb?state=q#access_token=t%3D1&state=f");
            assertEquals(Optional.of("t=1"), read(r, "location", "access_token"));
            assertEquals(Optional.of("q"), read(r, "location", "state"));
        }

        @Test
        void aParameterWithoutValueIsEmptyText() throws CheckException {
            assertEquals(Optional.of(""), read(redirect("https://app.example/cb?flag&code=1"), "location",
                    "flag"));
        }

        @Test
        void noSuchParameterOrNoLocationIsAbsent() throws CheckException {
            assertEquals(Optional.empty(), read(redirect("https://app.example/cb?code=1"), "location",
                    "state"));
            assertEquals(Optional.empty(), read(response(200), "location", "code"));
        }

        @Test
        void aLocationThatIsNotAValidUriIsReadAsWritten() throws CheckException {
            assertEquals(Optional.of("a b|c"), read(redirect("https://app.example/cb?code=a b|c"),
                    "location", "code"));
        }
    }

    @Nested
    class Html {
        private static final String PAGE = """
                <html><body>
                  <form action="/login?step=2"><input type="hidden" name="csrf" value="tok-1">
                  <h1>  Sign   in </h1></form><h1>Second</h1>
                </body></html>""";

        private Optional<String> read(String selector, String attribute) throws CheckException {
            Capture c = new Capture("v", new Query("html", Fixtures.text(selector), attribute, AT), false, AT);
            return reader.read(html(PAGE).uri("https://auth.example/signin/start").view(), c, selector);
        }

        @Test
        void theFirstElementsNormalisedText() throws CheckException {
            assertEquals(Optional.of("Sign in"), read("h1", null));
        }

        @Test
        void anAttributeOrItsAbsoluteUrl() throws CheckException {
            assertEquals(Optional.of("tok-1"), read("input[name=csrf]", "value"));
            assertEquals(Optional.of("/login?step=2"), read("form", "action"));
            assertEquals(Optional.of("https://auth.example/login?step=2"), read("form", "abs:action"));
        }

        @Test
        void noElementOrNoAttributeIsAbsent() throws CheckException {
            assertEquals(Optional.empty(), read("input[name=password]", null));
            assertEquals(Optional.empty(), read("form", "method"));
        }

        @Test
        void anInvalidSelectorCannotBeCaptured() {
            CheckException e = assertThrows(CheckException.class, () -> read("input[name=", null));
            assertTrue(e.getMessage().startsWith("capture v (html input[name=): invalid CSS selector: "),
                    e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
    }
}
