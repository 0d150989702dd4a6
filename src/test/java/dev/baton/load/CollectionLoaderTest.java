package dev.baton.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.auth.types.PkceAuth;
import dev.baton.model.Body;
import dev.baton.model.Capture;
import dev.baton.model.Collection;
import dev.baton.model.Condition;
import dev.baton.model.Credentials;
import dev.baton.model.Expectation;
import dev.baton.model.NamedText;
import dev.baton.model.OAuthRole;
import dev.baton.model.Operator;
import dev.baton.model.PkceMethod;
import dev.baton.model.Position;
import dev.baton.model.Step;
import dev.baton.model.Text;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** A valid collection maps to the model, with the positions where each part is written. */
class CollectionLoaderTest {

    /** Line numbers are those of the file: line 1 is "name: Full collection". */
    static final String FULL = """
            name: Full collection
            description: Every part of the format
            vars:
              baseUrl: https://example.test
              clientId: "client-<<suffix>>"
              suffix: 42
            auth:
              type: oauth2-pkce
              method: plain
              codeVerifier: <<pinnedVerifier>>
              state: fixed-state
              redirectUri: https://app.test/cb
            steps:
              - name: Authorize
                oauth: authorize
                request:
                  url: <<baseUrl>>/authorize
                  query:
                    response_type: code
                    scope: [read, write]
                login:
                  fields:
                    email: <<user>>
                    password: <<password>>
                  form: "form#login"
                  submit: "button[type=submit]"
                  maxPages: 5
                followRedirects: true
                timeout: 500ms
                tags: [auth, smoke]
                capture:
                  csrf: {html: "input[name=csrf]", attr: value}
                  code: {location: code, secret: true}
                expect:
                  status: 302
                  state: mismatch
                  html:
                    "input[name=csrf]@value": {exists: true}
                    title: Sign in

              - name: Token
                oauth: token
                request:
                  method: POST
                  url: <<baseUrl>>/token
                  basicAuth: {username: <<clientId>>, password: <<clientSecret>>}
                  form:
                    grant_type: authorization_code
                    code: <<oauth.code>>
                timeout: 10s
                capture:
                  accessToken: {json: $.access_token, secret: true}
                  contentType: {header: Content-Type}
                  session: {cookie: SESSION}
                  number: {regex: 'id=(\\d+)'}
                  statusCode: {status: true}
                  everything: {body: true}
                expect:
                  status: [200, 201]
                  headers:
                    Content-Type: {startsWith: application/json, endsWith: charset=utf-8}
                  json:
                    $.token_type: {matches: "(?i)^bearer$", not: mac}
                    $.expires_in: {gt: 0, lt: 7200, ge: 1, le: 3600}
                    $.scope: {contains: read, in: [read, "read write"]}
                    $.refresh_token: {exists: false}

              - name: Call the API
                request:
                  method: PATCH
                  url: <<baseUrl>>/users/me
                  bearer: <<accessToken>>
                  headers:
                    Accept: application/json
                    X-Trace: [one, two]
                  json:
                    name: "<<user>>"
                    age: 42
                    ratio: 1.5
                    admin: false
                    nick: null
                    roles: [admin, 7]
                timeout: 2m
                expect:
                  body: {contains: '"id"'}
                  duration: {lt: 1000}
                  json:
                    $.roles: {length: 2}
                    $.groups: {length: {gt: 1, le: 10}}
                    $.name: <<user>>

              - name: Raw upload
                request:
                  method: PUT
                  url: <<baseUrl>>/upload
                  contentType: text/csv
                  body: |
                    id,name
                    1,<<user>>
                expect:
                  body: accepted
            """;

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class FullCollection {

        Path file;
        Collection collection;

        @BeforeAll
        void load(@TempDir Path dir) throws IOException, LoadException {
            file = LoadAssertions.write(dir, "full.yaml", FULL);
            collection = new CollectionLoader().load(file);
        }

        Position at(int line, int column) {
            return new Position(file.toString(), line, column);
        }

        Step step(int index) {
            return collection.steps().get(index);
        }

        @Test
        void collectionNameDescriptionFileAndPosition() {
            assertEquals("Full collection", collection.name());
            assertEquals("Every part of the format", collection.description());
            assertEquals(file, collection.file());
            assertEquals(at(1, 1), collection.position());
        }

        @Test
        void varsAreTextsPositionedAtTheirFirstCharacter() {
            Map<String, Text> vars = collection.vars();
            assertEquals(Set.of("baseUrl", "clientId", "suffix"), vars.keySet());
            assertEquals(new Text("https://example.test", at(4, 12)), vars.get("baseUrl"));
            // a quoted scalar starts after its quote
            assertEquals(new Text("client-<<suffix>>", at(5, 14)), vars.get("clientId"));
            assertEquals("42", vars.get("suffix").raw());
        }

        @Test
        void authBlock() {
            PkceAuth auth = assertInstanceOf(PkceAuth.class, collection.auth());
            assertEquals(PkceMethod.PLAIN, auth.method());
            assertEquals(new Text("<<pinnedVerifier>>", at(10, 17)), auth.codeVerifier());
            assertEquals("fixed-state", auth.state().raw());
            assertEquals("https://app.test/cb", auth.redirectUri().raw());
            assertEquals(at(8, 3), auth.position());
        }

        @Test
        void stepNamesRolesAndPositionsInOrder() {
            assertEquals(List.of("Authorize", "Token", "Call the API", "Raw upload"),
                    collection.steps().stream().map(Step::name).toList());
            assertEquals(List.of(OAuthRole.AUTHORIZE, OAuthRole.TOKEN, OAuthRole.NONE, OAuthRole.NONE),
                    collection.steps().stream().map(Step::oauth).toList());
            assertEquals(List.of(at(14, 5), at(41, 5), at(68, 5), at(92, 5)),
                    collection.steps().stream().map(Step::position).toList());
        }

        @Test
        void methodsDefaultToGet() {
            assertEquals(List.of("GET", "POST", "PATCH", "PUT"),
                    collection.steps().stream().map(s -> s.request().method().raw()).toList());
            assertEquals(at(44, 15), step(1).request().method().position());
        }

        @Test
        void urlsKeepPlaceholdersAndPositions() {
            assertEquals(new Text("<<baseUrl>>/authorize", at(17, 12)), step(0).request().url());
            assertEquals(new Text("<<baseUrl>>/upload", at(95, 12)), step(3).request().url());
        }

        @Test
        void queryListRepeatsTheName() {
            List<NamedText> query = step(0).request().query();
            assertEquals(List.of("response_type=code", "scope=read", "scope=write"),
                    query.stream().map(q -> q.name() + "=" + q.value().raw()).toList());
            assertEquals(at(20, 17), query.get(1).value().position());
            assertEquals(at(20, 23), query.get(2).value().position());
        }

        @Test
        void headersInOrderWithListRepeated() {
            assertEquals(List.of("Accept=application/json", "X-Trace=one", "X-Trace=two"),
                    step(2).request().headers().stream().map(h -> h.name() + "=" + h.value().raw()).toList());
        }

        @Test
        void loginSpec() {
            var login = step(0).login();
            assertEquals(List.of("email=<<user>>", "password=<<password>>"),
                    login.fields().stream().map(f -> f.name() + "=" + f.values().get(0).raw()).toList());
            assertEquals(at(23, 16), login.fields().get(0).values().get(0).position());
            assertEquals("form#login", login.formSelector());
            assertEquals("button[type=submit]", login.submit());
            assertEquals(5, login.maxPages());
        }

        @Test
        void followRedirectsTimeoutsAndTags() {
            assertEquals(List.of(true, false, false, false),
                    collection.steps().stream().map(Step::followRedirects).toList());
            assertEquals(Arrays.asList(Duration.ofMillis(500), Duration.ofSeconds(10), Duration.ofMinutes(2), null),
                    collection.steps().stream().map(Step::timeout).toList());
            assertEquals(Set.of("auth", "smoke"), step(0).tags());
            assertEquals(Set.of(), step(1).tags());
        }

        @Test
        void stateMismatchOnlyOnTheAuthorizeStep() {
            assertTrue(step(0).stateMismatch());
            assertFalse(step(1).stateMismatch());
        }

        @Test
        void formBodyAndBasicAuth() {
            Body.Form form = assertInstanceOf(Body.Form.class, step(1).request().body());
            assertEquals(List.of("grant_type=authorization_code", "code=<<oauth.code>>"),
                    form.fields().stream().map(f -> f.name() + "=" + f.value().raw()).toList());
            Credentials.Basic basic = assertInstanceOf(Credentials.Basic.class, step(1).request().auth());
            assertEquals(new Text("<<clientId>>", at(46, 29)), basic.username());
            assertEquals(new Text("<<clientSecret>>", at(46, 53)), basic.password());
        }

        @Test
        void jsonBodyKeepsTypes() {
            Body.Json json = assertInstanceOf(Body.Json.class, step(2).request().body());
            Map<?, ?> tree = assertInstanceOf(Map.class, json.tree());
            assertEquals(List.of("name", "age", "ratio", "admin", "nick", "roles"), new ArrayList<>(tree.keySet()));
            assertEquals(new Text("<<user>>", at(77, 16)), tree.get("name"));
            assertEquals(new BigDecimal("42"), tree.get("age"));
            assertEquals(new BigDecimal("1.5"), tree.get("ratio"));
            assertEquals(Boolean.FALSE, tree.get("admin"));
            assertTrue(tree.containsKey("nick"));
            assertNull(tree.get("nick"));
            List<?> roles = assertInstanceOf(List.class, tree.get("roles"));
            assertEquals("admin", assertInstanceOf(Text.class, roles.get(0)).raw());
            assertEquals(new BigDecimal("7"), roles.get(1));
        }

        @Test
        void bearerToken() {
            Credentials.Bearer bearer = assertInstanceOf(Credentials.Bearer.class, step(2).request().auth());
            assertEquals(new Text("<<accessToken>>", at(72, 15)), bearer.token());
            assertNull(step(0).request().auth());
            assertNull(step(0).request().body());
        }

        @Test
        void rawBodyFromALiteralBlockWithItsContentType() {
            Body.Raw raw = assertInstanceOf(Body.Raw.class, step(3).request().body());
            assertEquals("id,name\n1,<<user>>\n", raw.content().raw());
            // a block scalar starts on the line after '|', at its indentation
            assertEquals(at(98, 9), raw.content().position());
            assertEquals("text/csv", raw.contentType().raw());
        }

        @Test
        void capturesOfEverySource() {
            List<Capture> a = step(0).captures();
            assertCapture(a.get(0), "csrf", "html", new Text("input[name=csrf]", at(32, 21)), "value", false,
                    at(32, 7));
            assertCapture(a.get(1), "code", "location", new Text("code", at(33, 24)), null, true, at(33, 7));

            List<Capture> b = step(1).captures();
            assertEquals(List.of("accessToken", "contentType", "session", "number", "statusCode", "everything"),
                    b.stream().map(Capture::variable).toList());
            assertEquals(List.of("json", "header", "cookie", "regex",
                    "status", "body"), b.stream().map(c -> c.query().kind()).toList());
            assertEquals(Arrays.asList("$.access_token", "Content-Type", "SESSION", "id=(\\d+)", null, null),
                    b.stream().map(c -> c.argument() == null ? null : c.argument().raw()).toList());
            assertEquals(List.of(true, false, false, false, false, false),
                    b.stream().map(Capture::secret).toList());
            assertTrue(b.stream().allMatch(c -> c.query().attribute() == null));
        }

        private void assertCapture(Capture capture, String variable, String kind, Text argument, String attribute,
                                   boolean secret, Position position) {
            assertEquals(variable, capture.variable());
            assertEquals(kind, capture.query().kind());
            assertEquals(argument, capture.argument());
            assertEquals(attribute, capture.query().attribute());
            assertEquals(secret, capture.secret());
            assertEquals(position, capture.position());
        }

        @Test
        void scalarMeansEquals() {
            Expectation status = step(0).expectations().get(0);
            assertEquals("status", status.query().kind());
            assertNull(status.argument());
            assertEquals(at(35, 15), status.position());
            assertEquals(List.of(Condition.of(Operator.EQUALS, new Text("302", at(35, 15)), at(35, 15))),
                    status.conditions());
        }

        @Test
        void htmlSelectorWithAttribute() {
            List<Expectation> html = step(0).expectations().stream()
                    .filter(e -> e.query().kind().equals("html")).toList();
            assertEquals(2, html.size());
            Expectation csrf = html.get(0);
            assertEquals("input[name=csrf]", csrf.argument().raw());
            assertEquals(at(38, 10), csrf.argument().position());
            assertEquals("value", csrf.query().attribute());
            assertEquals(at(38, 9), csrf.position());
            Condition exists = csrf.conditions().get(0);
            assertEquals(Operator.EXISTS, exists.operator());
            assertEquals("true", exists.expected().raw());
            assertEquals(at(38, 36), exists.position());
            assertEquals("html input[name=csrf] @value", csrf.label());

            Expectation title = html.get(1);
            assertEquals("title", title.argument().raw());
            assertNull(title.query().attribute());
            assertEquals(Operator.EQUALS, title.conditions().get(0).operator());
            assertEquals("Sign in", title.conditions().get(0).expected().raw());
        }

        @Test
        void listMeansIn() {
            Expectation status = step(1).expectations().get(0);
            Condition in = status.conditions().get(0);
            assertEquals(Operator.IN, in.operator());
            assertNull(in.expected());
            assertEquals(List.of("200", "201"), in.options().stream().map(Text::raw).toList());
            assertEquals(at(59, 15), in.position());
        }

        @Test
        void operatorMapsInOrder() {
            List<Expectation> e = step(1).expectations();
            assertEquals(List.of("status", "header", "json", "json", "json",
                    "json"), e.stream().map(x -> x.query().kind()).toList());
            assertEquals("Content-Type", e.get(1).argument().raw());
            assertEquals(List.of(Operator.STARTS_WITH, Operator.ENDS_WITH), operators(e.get(1)));
            assertEquals(List.of("application/json", "charset=utf-8"), expected(e.get(1)));
            assertEquals("header Content-Type", e.get(1).label());

            assertEquals("$.token_type", e.get(2).argument().raw());
            assertEquals(List.of(Operator.MATCHES, Operator.NOT), operators(e.get(2)));
            assertEquals(List.of("(?i)^bearer$", "mac"), expected(e.get(2)));

            assertEquals(List.of(Operator.GT, Operator.LT, Operator.GE, Operator.LE), operators(e.get(3)));
            assertEquals(List.of("0", "7200", "1", "3600"), expected(e.get(3)));
            assertEquals(at(64, 24), e.get(3).conditions().get(0).position());

            assertEquals(List.of(Operator.CONTAINS, Operator.IN), operators(e.get(4)));
            assertEquals(List.of("read", "read write"),
                    e.get(4).conditions().get(1).options().stream().map(Text::raw).toList());

            assertEquals(List.of(Operator.EXISTS), operators(e.get(5)));
            assertEquals("false", e.get(5).conditions().get(0).expected().raw());
        }

        @Test
        void bodyDurationAndLength() {
            List<Expectation> e = step(2).expectations();
            assertEquals(List.of("body", "duration", "json", "json", "json"),
                    e.stream().map(x -> x.query().kind()).toList());
            assertEquals(List.of("\"id\""), expected(e.get(0)));
            assertEquals(List.of(Operator.CONTAINS), operators(e.get(0)));
            assertEquals(List.of(Operator.LT), operators(e.get(1)));
            assertEquals("duration", e.get(1).label());

            Condition length = e.get(2).conditions().get(0);
            assertEquals(Operator.LENGTH, length.operator());
            assertEquals("2", length.expected().raw());
            assertTrue(length.nested().isEmpty());

            Condition nested = e.get(3).conditions().get(0);
            assertEquals(Operator.LENGTH, nested.operator());
            assertNull(nested.expected());
            assertEquals(List.of(Operator.GT, Operator.LE), nested.nested().stream().map(Condition::operator).toList());
            assertEquals(List.of("1", "10"), nested.nested().stream().map(c -> c.expected().raw()).toList());
            assertEquals(at(89, 29), nested.nested().get(0).position());

            assertEquals(List.of("<<user>>"), expected(e.get(4)));
            assertEquals(List.of("accepted"), expected(step(3).expectations().get(0)));
        }

        private List<Operator> operators(Expectation e) {
            return e.conditions().stream().map(Condition::operator).toList();
        }

        private List<String> expected(Expectation e) {
            return e.conditions().stream().map(c -> c.expected().raw()).toList();
        }
    }

    @Nested
    class Defaults {

        @TempDir
        Path dir;

        @Test
        void nameDefaultsToTheFileStemAndStepsToPlainGets() throws Exception {
            Path file = LoadAssertions.write(dir, "smoke-test.yaml", """
                    auth:
                      type: oauth2-pkce
                    steps:
                      - name: Ping
                        request:
                          url: http://localhost/ping
                    """);
            Collection collection = new CollectionLoader().load(file);
            assertEquals("smoke-test", collection.name());
            assertEquals("", collection.description());
            assertEquals(Map.of(), collection.vars());
            PkceAuth auth = assertInstanceOf(PkceAuth.class, collection.auth());
            assertEquals(PkceMethod.S256, auth.method());
            assertNull(auth.codeVerifier());
            assertNull(auth.state());
            assertNull(auth.redirectUri());
            Step step = collection.steps().get(0);
            assertEquals("GET", step.request().method().raw());
            assertEquals(OAuthRole.NONE, step.oauth());
            assertFalse(step.followRedirects());
            assertNull(step.timeout());
            assertNull(step.login());
            assertFalse(step.stateMismatch());
            assertTrue(step.captures().isEmpty());
            assertTrue(step.expectations().isEmpty());
            assertTrue(step.tags().isEmpty());
        }

        @Test
        void noAuthBlockMeansNoHelper() throws Exception {
            Path file = LoadAssertions.write(dir, "c.yaml", """
                    name: c
                    steps:
                      - name: a
                        request: {url: http://x}
                    """);
            assertNull(new CollectionLoader().load(file).auth());
        }

        @Test
        void loginDefaultsAndStateMatch() throws Exception {
            Path file = LoadAssertions.write(dir, "c.yaml", """
                    name: c
                    steps:
                      - name: a
                        oauth: authorize
                        request: {url: http://x}
                        login: {}
                        expect:
                          state: match
                    """);
            Step step = new CollectionLoader().load(file).steps().get(0);
            assertEquals(10, step.login().maxPages());
            assertTrue(step.login().fields().isEmpty());
            assertNull(step.login().formSelector());
            assertNull(step.login().submit());
            assertFalse(step.stateMismatch());
            assertTrue(step.expectations().isEmpty());
        }

        @Test
        void bareTimeoutIsMillisecondsAndYamlYesIsTrue() throws Exception {
            Path file = LoadAssertions.write(dir, "c.yaml", """
                    name: c
                    steps:
                      - name: a
                        timeout: 250
                        followRedirects: yes
                        request: {url: http://x, json: {flag: on, other: off}}
                        capture:
                          t: {json: $.t, secret: yes}
                    """);
            Step step = new CollectionLoader().load(file).steps().get(0);
            assertEquals(Duration.ofMillis(250), step.timeout());
            assertTrue(step.followRedirects());
            assertTrue(step.captures().get(0).secret());
            Map<?, ?> json = (Map<?, ?>) ((Body.Json) step.request().body()).tree();
            assertEquals(Boolean.TRUE, json.get("flag"));
            assertEquals(Boolean.FALSE, json.get("other"));
        }

        @Test
        void placeholdersAreAllowedWhereLiteralsAreChecked() throws Exception {
            Path file = LoadAssertions.write(dir, "c.yaml", """
                    name: c
                    steps:
                      - name: a
                        request: {method: <<verb>>, url: http://x}
                        expect:
                          json:
                            $.a: {matches: "<<pattern>>(", gt: <<min>>}
                    """);
            Step step = new CollectionLoader().load(file).steps().get(0);
            assertEquals("<<verb>>", step.request().method().raw());
            assertEquals(List.of("<<pattern>>(", "<<min>>"),
                    step.expectations().get(0).conditions().stream().map(c -> c.expected().raw()).toList());
        }

        @Test
        void theShippedZoomCollectionLoads() throws Exception {
            Collection zoom = new CollectionLoader().load(Path.of("collections/zoom-oauth-pkce.yaml"));
            assertEquals("Zoom OAuth PKCE", zoom.name());
            assertEquals(PkceMethod.S256, assertInstanceOf(PkceAuth.class, zoom.auth()).method());
            assertEquals(OAuthRole.AUTHORIZE, zoom.steps().get(0).oauth());
            assertEquals(OAuthRole.TOKEN, zoom.steps().get(1).oauth());
            // a file under the working directory is shown by its relative path
            assertEquals("collections/zoom-oauth-pkce.yaml", zoom.steps().get(0).position().file());
            assertEquals(5, zoom.steps().get(0).position().column());
        }
    }
}
