package dev.baton.load;

import static dev.baton.load.LoadAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each mistake is reported at file:line:col with a message, and rendered with the line and a caret.
 * In every YAML below, line 1 is the first line of the text block.
 */
class CollectionLoaderErrorsTest {

    @TempDir
    Path dir;
    Path file;

    LoadException error(String yaml) throws IOException {
        file = LoadAssertions.write(dir, "c.yaml", yaml);
        return LoadAssertions.collectionError(file);
    }

    @Nested
    class MalformedYaml {

        @Test
        void unclosedQuoteIsReportedWhereTheQuoteOpens() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: "Authorize
                        request: {url: http://x}
                    """);
            assertError(e, file, 3, 11, "\"Authorize", "invalid YAML", "found unexpected end of stream",
                    "while scanning a quoted scalar");
        }

        @Test
        void overIndentedKey() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                         request: {url: http://x}
                    """);
            assertError(e, file, 4, 13, ": {url", "invalid YAML: mapping values are not allowed here");
        }

        @Test
        void underIndentedKey() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request:
                          url: http://x
                       expect: {}
                    """);
            assertError(e, file, 6, 4, "expect", "invalid YAML", "expected <block end>");
        }
    }

    @Nested
    class UnknownKeys {

        @Test
        void expcetSuggestsExpect() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request: {url: http://x}
                        expcet:
                          status: 200
                    """);
            assertError(e, file, 5, 5, "expcet", "unknown key 'expcet' in a step; did you mean 'expect'?");
        }

        @Test
        void capturSuggestsCapture() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request: {url: http://x}
                        captur:
                          token: {json: $.t}
                    """);
            assertError(e, file, 5, 5, "captur", "unknown key 'captur' in a step; did you mean 'capture'?");
        }

        @Test
        void headrsSuggestsHeaders() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request:
                          url: http://x
                          headrs: {Accept: text/plain}
                    """);
            assertError(e, file, 6, 7, "headrs", "unknown key 'headrs' in request; did you mean 'headers'?");
        }

        @Test
        void startWithSuggestsStartsWith() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request: {url: http://x}
                        expect:
                          headers:
                            Location: {startWith: https://}
                    """);
            assertError(e, file, 7, 20, "startWith",
                    "unknown key 'startWith' in headers Location; did you mean 'startsWith'?");
        }

        @Test
        void noNearMatchListsTheKeysOfAStep() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request: {url: http://x}
                        wibble: 3
                    """);
            assertError(e, file, 5, 5, "wibble", "unknown key 'wibble' in a step; expected one of: name, oauth, "
                    + "request, login, capture, expect, followRedirects, timeout, retry, when, skip, tags");
            assertFalse(e.getMessage().contains("did you mean"));
        }

        @Test
        void noNearMatchListsTheKeysOfACollection() throws IOException {
            LoadException e = error("""
                    name: x
                    colour: red
                    steps: []
                    """);
            assertError(e, file, 2, 1, "colour",
                    "unknown key 'colour' in the collection; expected one of: name, description, vars, auth, steps");
        }

        @Test
        void unknownOperatorWithoutNearMatchListsOperators() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request: {url: http://x}
                        expect:
                          json:
                            $.a: {approximately: 3}
                    """);
            assertError(e, file, 7, 15, "approximately", "unknown key 'approximately' in json $.a; expected one of: "
                    + "equals, not, contains, startsWith, endsWith, matches, exists, lt, le, gt, ge, in, length");
        }

        @Test
        void duplicateKeyIsReportedAtTheSecond() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request: {url: http://x}
                        name: b
                    """);
            assertError(e, file, 5, 5, "name: b", "duplicate key 'name' in a step");
        }

        @Test
        void duplicateHeader() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request:
                          url: http://x
                          headers: {Accept: a, Accept: b}
                    """);
            assertError(e, file, 6, 28, "Accept: b", "duplicate key 'Accept' in headers");
        }
    }

    @Nested
    class WrongTypes {

        @Test
        void listWhereAMapIsExpected() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request: [http://x]
                    """);
            assertError(e, file, 4, 14, "[http", "request must be a map of key: value, found a list");
        }

        @Test
        void scalarWhereAMapIsExpected() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request: http://x
                    """);
            assertError(e, file, 4, 14, "http", "request must be a map of key: value, found 'http://x'");
        }

        @Test
        void mapWhereAScalarIsExpected() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request:
                          url: {href: http://x}
                    """);
            assertError(e, file, 5, 12, "{href", "url must be a single value, found a map");
        }

        @Test
        void mapAsALoginFieldSaysAValueOrAListIsWanted() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        oauth: authorize
                        request: {url: "http://x/auth?redirect_uri=http://x/cb"}
                        login: {fields: {u: {a: 1}}}
                    """);
            assertError(e, file, 6, 25, "{a: 1}", "login field u must be a value or a list of values, found a map");
        }

        @Test
        void listWhereAScalarIsExpected() throws IOException {
            LoadException e = error("""
                    name: [a, b]
                    steps: []
                    """);
            assertError(e, file, 1, 7, "[a, b]", "name must be a single value, found a list");
        }

        @Test
        void mapWhereAListIsExpected() throws IOException {
            LoadException e = error("""
                    name: x
                    steps: {a: b}
                    """);
            assertError(e, file, 2, 8, "{a: b}", "steps must be a list, found a map");
        }

        @Test
        void tagsMustBeAList() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        tags: smoke
                        request: {url: http://x}
                    """);
            assertError(e, file, 4, 11, "smoke", "tags must be a list, found 'smoke'");
        }

        @Test
        void varValueMustBeAScalar() throws IOException {
            LoadException e = error("""
                    name: x
                    vars:
                      hosts: [a, b]
                    steps: []
                    """);
            assertError(e, file, 3, 10, "[a, b]", "variable hosts must be a single value, found a list");
        }

        @Test
        void followRedirectsMaybe() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        followRedirects: maybe
                        request: {url: http://x}
                    """);
            assertError(e, file, 4, 22, "maybe", "followRedirects must be true or false, found 'maybe'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"10h", "0", "0ms", "-5s", "fast", "1.5s", "99999999999999999999m"})
        void badTimeout(String timeout) throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        timeout: %s
                        request: {url: http://x}
                    """.formatted(timeout));
            assertError(e, file, 4, 14, timeout,
                    "timeout must be a positive duration such as 500ms, 10s or 2m, found '" + timeout + "'");
        }

        @Test
        void emptyName() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: ""
                        request: {url: http://x}
                    """);
            assertError(e, file, 3, 11, "\"\"", "step name must not be empty");
        }

        @Test
        void maxPagesOutOfRange() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        oauth: authorize
                        request: {url: http://x}
                        login: {maxPages: 0}
                    """);
            assertError(e, file, 6, 23, "0}", "maxPages must be a whole number from 1 to 100, found '0'");
        }
    }

    @Nested
    class Requests {

        @ParameterizedTest
        @ValueSource(strings = {"FETCH", "get"})
        void unknownMethod(String method) throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request:
                          method: %s
                          url: http://x
                    """.formatted(method));
            assertError(e, file, 5, 15, method, "unknown method '" + method
                    + "'; use one of DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT (upper case)");
        }

        @Test
        void twoBodies() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request:
                          url: http://x
                          form: {a: b}
                          json: {a: b}
                    """);
            assertError(e, file, 7, 7, "json", "a request has one body: 'form' and 'json' are both given");
        }

        @Test
        void contentTypeWithoutBody() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request:
                          url: http://x
                          contentType: text/plain
                          json: {a: b}
                    """);
            assertError(e, file, 6, 7, "contentType", "contentType goes with 'body'");
        }

        @Test
        void missingUrl() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request:
                          method: POST
                    """);
            assertError(e, file, 5, 7, "method", "request has no 'url'");
        }

        @Test
        void emptyUrl() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request: {url: ""}
                    """);
            assertError(e, file, 4, 20, "\"\"", "url must not be empty");
        }

        @Test
        void basicAuthAndBearerTogether() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request:
                          url: http://x
                          basicAuth: {username: u, password: p}
                          bearer: t
                    """);
            assertError(e, file, 7, 7, "bearer", "a request has one of 'basicAuth', 'digestAuth' and 'bearer': 'basicAuth' and 'bearer' are both given");
        }

        @Test
        void basicAuthWithoutUsername() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request:
                          url: http://x
                          basicAuth: {password: p}
                    """);
            assertError(e, file, 6, 18, "{password", "basicAuth needs 'username'");
        }
    }

    @Nested
    class Structure {

        @Test
        void missingStepName() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - request: {url: http://x}
                    """);
            assertError(e, file, 3, 5, "request", "every step needs a 'name'");
        }

        @Test
        void missingRequest() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        expect: {status: 200}
                    """);
            assertError(e, file, 3, 5, "name", "step 'a' has no 'request'");
        }

        @Test
        void missingSteps() throws IOException {
            LoadException e = error("""
                    name: x
                    description: nothing to do
                    """);
            assertError(e, file, 1, 1, "name", "the collection has no 'steps'");
        }

        @Test
        void emptySteps() throws IOException {
            LoadException e = error("""
                    name: x
                    steps: []
                    """);
            assertError(e, file, 2, 8, "[]", "steps is empty; a collection needs at least one step");
        }

        @Test
        void duplicateStepNames() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request: {url: http://x}
                      - name: a
                        request: {url: http://y}
                    """);
            assertError(e, file, 5, 5, "name: a", "two steps are named 'a'; step names must be unique");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "    oauth: token\n"})
        void loginWithoutOauthAuthorize(String role) throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                    %s    request: {url: http://x}
                        login: {fields: {user: u}}
                    """.formatted(role));
            int line = role.isEmpty() ? 5 : 6;
            assertError(e, file, line, 5, "login", "'login' belongs on the step with 'oauth: authorize'");
        }

        @Test
        void stateMismatchWithoutOauthAuthorizeIsReportedAtState() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request: {url: http://x}
                        expect:
                          status: 302
                          state: mismatch
                    """);
            assertError(e, file, 7, 7, "state", "'state: mismatch' belongs on the step with 'oauth: authorize'");
        }

        @Test
        void unknownStateExpectation() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        oauth: authorize
                        request: {url: http://x}
                        expect: {state: maybe}
                    """);
            assertError(e, file, 6, 21, "maybe", "expect state must be 'match' (the default) or 'mismatch', "
                    + "found 'maybe'");
        }

        @Test
        void unknownOauthRole() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        oauth: refresh
                        request: {url: http://x}
                    """);
            assertError(e, file, 4, 12, "refresh", "oauth must be 'authorize', 'token', 'revoke' or 'introspect', found 'refresh'");
        }

        @Test
        void unknownAuthType() throws IOException {
            LoadException e = error("""
                    name: x
                    auth:
                      type: oauth1
                    steps:
                      - name: a
                        request: {url: http://x}
                    """);
            assertError(e, file, 3, 9, "oauth1", "unknown auth type 'oauth1'; use one of oauth2-pkce, client-credentials, "
                    + "zoom-account-credentials, login");
        }

        @Test
        void authWithoutType() throws IOException {
            LoadException e = error("""
                    name: x
                    auth: {method: S256}
                    steps:
                      - name: a
                        request: {url: http://x}
                    """);
            assertError(e, file, 2, 7, "{method", "auth needs a 'type'");
        }

        @Test
        void unknownAuthMethod() throws IOException {
            LoadException e = error("""
                    name: x
                    auth:
                      type: oauth2-pkce
                      method: S512
                    steps:
                      - name: a
                        request: {url: http://x}
                    """);
            assertError(e, file, 4, 11, "S512", "auth method must be S256 or plain, found 'S512'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1st", "$uuid", "has space", "a/b", "-dash", "a<<b"})
        void invalidVariableNames(String name) throws IOException {
            LoadException e = error("""
                    name: x
                    vars:
                      %s: v
                    steps: []
                    """.formatted(name));
            assertError(e, file, 3, 3, name, "'" + name + "' is not a valid variable name");
        }

        @Test
        void invalidCaptureVariableName() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request: {url: http://x}
                        capture:
                          2fa: {json: $.code}
                    """);
            assertError(e, file, 6, 7, "2fa", "'2fa' is not a valid variable name");
        }
    }

    @Nested
    class Checks {

        @Test
        void badRegexIsReportedInsideTheRegex() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request: {url: http://x}
                        expect:
                          json:
                            $.a: {matches: "a{2,1}b"}
                    """);
            // the quote is column 24, so the pattern's index 5 ('}') is column 30
            assertError(e, file, 7, 30, "}b", "json $.a matches is not a valid regular expression: "
                    + "Illegal repetition range");
        }

        @Test
        void badRegexInAPlainScalar() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request: {url: http://x}
                        expect:
                          body:
                            matches: a{2,1}b
                    """);
            assertError(e, file, 7, 23, "}b", "body matches is not a valid regular expression");
        }

        @Test
        void nonNumberForGt() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request: {url: http://x}
                        expect:
                          json:
                            $.expires_in: {gt: many}
                    """);
            assertError(e, file, 7, 28, "many", "json $.expires_in gt needs a number, found 'many'");
        }

        @Test
        void nonIntegerLength() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request: {url: http://x}
                        expect:
                          json:
                            $.items: {length: many}
                    """);
            assertError(e, file, 7, 27, "many", "json $.items length must be a whole number");
        }

        @Test
        void existsMustBeABoolean() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request: {url: http://x}
                        expect:
                          json:
                            $.a: {exists: sometimes}
                    """);
            assertError(e, file, 7, 23, "sometimes", "json $.a exists must be true or false, found 'sometimes'");
        }

        @Test
        void emptyInList() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request: {url: http://x}
                        expect:
                          status: {in: []}
                    """);
            assertError(e, file, 6, 20, "[]", "status in needs at least one value");
        }

        @Test
        void operatorMapWithNoOperator() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request: {url: http://x}
                        expect:
                          status: {}
                    """);
            assertError(e, file, 6, 15, "{}", "status has no operator");
        }

        @Test
        void captureWithTwoSources() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request: {url: http://x}
                        capture:
                          token: {json: $.t, header: X-Token}
                    """);
            assertError(e, file, 6, 14, "{json", "capture token needs exactly one source: one of status, header, "
                    + "json, xpath, jsonSchema, regex, html, cookie, location, body");
        }

        @Test
        void captureWithNoSource() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request: {url: http://x}
                        capture:
                          token: {secret: true}
                    """);
            assertError(e, file, 6, 14, "{secret", "capture token needs exactly one source");
        }

        @Test
        void captureUnknownKeySuggestsASource() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request: {url: http://x}
                        capture:
                          token: {jsn: $.t}
                    """);
            assertError(e, file, 6, 15, "jsn", "unknown key 'jsn' in capture token; did you mean 'json'?");
        }

        @Test
        void attrOnANonHtmlCapture() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request: {url: http://x}
                        capture:
                          token: {json: $.t, attr: value}
                    """);
            assertError(e, file, 6, 26, "attr", "'attr' goes with an 'html' or 'cookie' capture");
        }

        @Test
        void captureWithAnEmptyArgument() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request: {url: http://x}
                        capture:
                          token: {json: ""}
                    """);
            assertError(e, file, 6, 21, "\"\"", "capture token: 'json' needs a value");
        }

        @Test
        void captureSecretMustBeABoolean() throws IOException {
            LoadException e = error("""
                    name: x
                    steps:
                      - name: a
                        request: {url: http://x}
                        capture:
                          token: {json: $.t, secret: please}
                    """);
            assertError(e, file, 6, 34, "please", "secret must be true or false, found 'please'");
        }
    }

    @Test
    void errorsAreRenderedWithAWideGutterPastLineNine() throws IOException {
        LoadException e = error("""
                name: x
                description: >
                  a long description
                  that takes
                  several lines
                  so that the error
                  is on a line
                  with two digits
                steps:
                  - name: a
                    request: {url: http://x}
                    timeout: soon
                """);
        assertError(e, file, 12, 14, "soon", "timeout must be a positive duration");
        assertEquals("   |", e.render().lines().toList().get(2));
    }
}
