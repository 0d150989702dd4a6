package dev.baton.check;

import dev.baton.secret.OutputBoundary;
import dev.baton.secret.Redactor;

import static dev.baton.check.Fixtures.AT;
import static dev.baton.check.Fixtures.expect;
import static dev.baton.check.Fixtures.html;
import static dev.baton.check.Fixtures.in;
import static dev.baton.check.Fixtures.is;
import static dev.baton.check.Fixtures.json;
import static dev.baton.check.Fixtures.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.model.Condition;
import dev.baton.model.Expectation;
import dev.baton.model.Query;
import dev.baton.model.Operator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The subjects an expectation reads; the operators are in {@link OperatorTest}. */
class ExpectationCheckerTest {

    private final ExpectationChecker checker = new ExpectationChecker();

    /** The messages as the output boundary shows them: long values cut (no secret is known here). */
    private List<String> check(Fixtures.Response response, Expectation expectation) throws CheckException {
        try {
            return checker.check(response.view(), expectation, Fixtures.resolver(Map.of("h", "X-Trace", "t",
                    "bearer"))).stream().map(SHOWN::text).toList();
        } catch (CheckException e) {
            throw new CheckException(SHOWN.text(e.getMessage()), e.position());
        }
    }

    private static final OutputBoundary SHOWN = new OutputBoundary(new Redactor());

    private List<String> check(Fixtures.Response response, String subject, String argument, Condition condition)
            throws CheckException {
        return check(response, expect(subject, argument, condition));
    }

    @Test
    void allConditionsHoldGivesNoMessages() throws CheckException {
        assertEquals(List.of(), check(response(200), expect("status", null,
                is(Operator.EQUALS, "200"), is(Operator.GE, "200"), is(Operator.LT, "300"))));
    }

    @Test
    void oneMessagePerFailedCondition() throws CheckException {
        assertEquals(List.of("status: expected equals 201 but was 200", "status: expected ge 300 but was 200"),
                check(response(200), expect("status", null,
                        is(Operator.EQUALS, "201"), is(Operator.LT, "300"), is(Operator.GE, "300"))));
    }

    @Nested
    class Status {
        @Test
        void isTheCode() throws CheckException {
            assertEquals(List.of(), check(response(404), "status", null, is(Operator.EQUALS, "404")));
            assertEquals(List.of("status: expected in [200, 201] but was 404"),
                    check(response(404), "status", null, in("200", "201")));
        }
    }

    @Nested
    class Headers {
        @Test
        void isTheFirstHeaderWithTheNameIgnoringCase() throws CheckException {
            Fixtures.Response r = response(302).header("location", "https://app/cb?code=1").header("Location", "x");
            assertEquals(List.of(), check(r, "header", "Location", is(Operator.STARTS_WITH, "https://app/cb")));
        }

        @Test
        void aMissingHeaderIsAbsent() throws CheckException {
            assertEquals(List.of("header Location: expected startsWith \"https://app/cb\" but was absent"),
                    check(response(200), "header", "Location", is(Operator.STARTS_WITH, "https://app/cb")));
            assertEquals(List.of(), check(response(200), "header", "Location", is(Operator.EXISTS, "false")));
        }

        @Test
        void theNameAndExpectedValueAreResolved() throws CheckException {
            Fixtures.Response r = response(200).header("X-Trace", "bearer");
            assertEquals(List.of(), check(r, "header", "<<h>>", is(Operator.EQUALS, "<<t>>")));
            assertEquals(List.of("header <<h>>: expected not \"bearer\" but was \"bearer\""),
                    check(r, "header", "<<h>>", is(Operator.NOT, "<<t>>")));
        }
    }

    @Nested
    class Json {
        @Test
        void isWhatThePathReads() throws CheckException {
            assertEquals(List.of("json $.token_type: expected equals \"bearer\" but was \"Bearer\""),
                    check(json("{\"token_type\":\"Bearer\"}"), "json", "$.token_type",
                            is(Operator.EQUALS, "bearer")));
        }

        @Test
        void noMatchIsAbsentButJsonNullIsPresent() throws CheckException {
            Fixtures.Response r = json("{\"error\":null,\"items\":[{\"id\":1}]}");
            assertEquals(List.of(), check(r, "json", "$.error_description", is(Operator.EXISTS, "false")));
            assertEquals(List.of(), check(r, "json", "$.items[?(@.id == 2)]", is(Operator.EXISTS, "false")));
            assertEquals(List.of(), check(r, "json", "$.error", is(Operator.EXISTS, "true")));
            assertEquals(List.of("json $.error: expected equals \"none\" but was null"),
                    check(r, "json", "$.error", is(Operator.EQUALS, "none")));
        }

        @Test
        void anIndefinitePathReadsTheArrayOfMatches() throws CheckException {
            Fixtures.Response r = json("{\"items\":[{\"id\":1},{\"id\":2}]}");
            assertEquals(List.of(), check(r, "json", "$.items[*].id", is(Operator.EQUALS, "[1,2]")));
            assertEquals(List.of("json $..id: expected contains 3 but was [1,2]"),
                    check(r, "json", "$..id", is(Operator.CONTAINS, "3")));
        }

        @Test
        void aBodyThatIsNotJsonCannotBeChecked() {
            Fixtures.Response page = html("<!DOCTYPE html><html><head><title>Sign in to Zoom</title></head><body>"
                    + "<form action=/signin method=post><input name=email></form></body></html>");
            CheckException e = assertThrows(CheckException.class,
                    () -> check(page, "json", "$.access_token", is(Operator.EXISTS, "true")));
            assertEquals("json $.access_token: the body is not JSON (content type text/html): "
                    + "\"<!DOCTYPE html><html><head><title>Sign in to Zoom</title></head><body><form acti\""
                    + "... (62 more chars)",
                    e.getMessage());
            assertEquals(AT, e.position());
        }

        @Test
        void anEmptyBodyIsSaidToBeEmpty() {
            CheckException e = assertThrows(CheckException.class,
                    () -> check(response(204), "json", "$.x", is(Operator.EXISTS, "false")));
            assertEquals("json $.x: the body is empty (content type none)", e.getMessage());
        }

        @Test
        void anInvalidPathCannotBeChecked() {
            CheckException e = assertThrows(CheckException.class,
                    () -> check(json("{}"), "json", "$.a[?(@.b ==", is(Operator.EXISTS, "true")));
            assertTrue(e.getMessage().startsWith("json $.a[?(@.b ==: invalid JSONPath: "), e.getMessage());
        }
    }

    @Nested
    class Body {
        @Test
        void isTheText() throws CheckException {
            assertEquals(List.of(), check(response(200).body("ok"), "body", null, is(Operator.EQUALS, "ok")));
            assertEquals(List.of("body: expected contains \"invalid_grant\" but was \"{}\""),
                    check(response(400).body("{}"), "body", null, is(Operator.CONTAINS, "invalid_grant")));
        }

        @Test
        void isDecodedWithTheResponseCharset() throws CheckException {
            Fixtures.Response latin = response(200).header("Content-Type", "text/html; charset=ISO-8859-1")
                    .body("<p>Caf\u00e9 cr\u00e8me</p>", StandardCharsets.ISO_8859_1);
            assertEquals(List.of(), check(latin, "body", null, is(Operator.CONTAINS, "Caf\u00e9 cr\u00e8me")));
            assertEquals(List.of(), check(latin, "html", "p", is(Operator.EQUALS, "Caf\u00e9 cr\u00e8me")));
        }

        @Test
        void aLongValueIsCutAndTheMessageStaysOnOneLine() throws CheckException {
            String body = "line one\n" + "x".repeat(291);
            List<String> failures = check(response(200).body(body), "body", null, is(Operator.EQUALS, "short"));
            assertEquals(List.of("body: expected equals \"short\" but was \"line one\\n" + "x".repeat(190)
                    + "\"... (101 more chars)"), failures, "cut at 200 characters as shown, escapes included");
        }
    }

    @Nested
    class Html {
        private static final String PAGE = "<form action=\"/next\"><h2> Allow  access? </h2><input name=state "
                + "value=abc></form>";

        private List<String> check(String selector, String attribute, Condition condition) throws CheckException {
            Expectation e = new Expectation(new Query("html", Fixtures.text(selector), attribute, AT), List.of(condition), AT);
            return ExpectationCheckerTest.this.check(html(PAGE).uri("https://auth.example/consent"), e);
        }

        @Test
        void isTheFirstElementsText() throws CheckException {
            assertEquals(List.of(), check("h2", null, is(Operator.EQUALS, "Allow access?")));
        }

        @Test
        void orAnAttribute() throws CheckException {
            assertEquals(List.of(), check("input[name=state]", "value", is(Operator.EQUALS, "abc")));
            assertEquals(List.of(), check("form", "abs:action", is(Operator.EQUALS, "https://auth.example/next")));
        }

        @Test
        void noElementIsAbsent() throws CheckException {
            assertEquals(List.of("html button: expected equals \"Allow\" but was absent"),
                    check("button", null, is(Operator.EQUALS, "Allow")));
            assertEquals(List.of("html form @method: expected exists true but was absent"),
                    check("form", "method", is(Operator.EXISTS, "true")));
        }

        @Test
        void anInvalidSelectorCannotBeChecked() {
            CheckException e = assertThrows(CheckException.class, () -> check("form >", null,
                    is(Operator.EXISTS, "true")));
            assertTrue(e.getMessage().startsWith("html form >: invalid CSS selector: "), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
    }

    @Nested
    class Duration {
        @Test
        void isTheTimeInMilliseconds() throws CheckException {
            assertEquals(List.of(), check(response(200).duration(120), "duration", null, is(Operator.LT, "500")));
            assertEquals(List.of("duration: expected lt 100 but was 120"),
                    check(response(200).duration(120), "duration", null, is(Operator.LT, "100")));
        }
    }
}
