package dev.baton.importer.postman;

import dev.baton.importer.postman.script.Check;
import dev.baton.importer.postman.script.Grab;
import dev.baton.importer.postman.script.ScriptLine;
import dev.baton.importer.postman.script.ScriptTranslation;
import dev.baton.importer.postman.script.ScriptTranslator;
import dev.baton.importer.postman.script.Source;
import dev.baton.importer.postman.script.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptTranslatorTest {

    /** A check as one line: {@code json $.a.b equals 5}. */
    private static String show(Check check) {
        return subject(check.source()) + " " + check.operator() + " " + value(check.value());
    }

    private static String subject(Source source) {
        if (source instanceof Source.Header h) {
            return "header " + h.name();
        }
        if (source instanceof Source.Json j) {
            return "json " + j.path() + (j.length() ? " length" : "");
        }
        if (source instanceof Source.Cookie c) {
            return "cookie " + c.name();
        }
        return source.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    private static String value(Value value) {
        if (value instanceof Value.Variable v) {
            return "<<" + v.name() + ">>";
        }
        Object json = ((Value.Literal) value).json();
        return json instanceof BigDecimal d ? d.toPlainString() : String.valueOf(json);
    }

    private static String checks(String script) {
        ScriptTranslation t = ScriptTranslator.tests(script);
        assertTrue(t.untranslated().isEmpty(), () -> "not translated: " + t.untranslated());
        return t.checks().stream().map(ScriptTranslatorTest::show).collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "pm.test('s', function () { pm.response.to.have.status(201); });|status equals 201",
        "pm.test('s', () => pm.response.to.have.status(201));|status equals 201",
        "pm.test('s', () => { pm.response.to.not.have.status(500); });|status not 500",
        "pm.test('s', function () { pm.expect(pm.response.code).to.eql(200); });|status equals 200",
        "pm.test('s', function () { pm.expect(pm.response.code).to.be.oneOf([200, 201]); });|status in [200, 201]",
        "pm.test('ok', function () { pm.response.to.be.ok; });|status equals 200",
        "pm.test('2xx', function () { pm.response.to.be.success; });|status ge 200; status le 299",
        "pm.test('h', function () { pm.response.to.have.header('Content-Type'); });|header Content-Type exists true",
        "pm.test('h', function () { pm.response.to.have.header('X-A', 'b'); });|header X-A equals b",
        "pm.test('h', function () { pm.expect(pm.response.headers.get('Content-Type')).to.include('json'); });|header Content-Type contains json",
        "pm.test('t', function () { pm.expect(pm.response.responseTime).to.be.below(500); });|duration lt 500",
        "const j = pm.response.json(); pm.test('a', function () { pm.expect(j.user.name).to.eql('Ada'); });|json $.user.name equals Ada",
        "var jsonData = JSON.parse(responseBody); pm.test('a', function () { pm.expect(jsonData.items[0]['first name']).to.equal('x'); });|json $.items[0]['first name'] equals x",
        "pm.test('a', function () { pm.expect(pm.response.json().id).to.exist; });|json $.id exists true",
        "pm.test('a', function () { pm.expect(pm.response.json().gone).to.not.exist; });|json $.gone exists false",
        "pm.test('a', function () { pm.expect(pm.response.json().admin).to.be.true; });|json $.admin equals true",
        "pm.test('a', function () { pm.expect(pm.response.json().tags).to.include('x'); });|json $.tags contains x",
        "pm.test('a', function () { pm.expect(pm.response.json().tags).to.have.lengthOf(2); });|json $.tags length 2",
        "pm.test('a', function () { pm.expect(pm.response.json().tags.length).to.be.above(1); });|json $.tags length gt 1",
        "pm.test('a', function () { pm.expect(pm.response.json()).to.have.property('id'); });|json $.id exists true",
        "pm.test('a', function () { pm.expect(pm.response.json()).to.have.property('id', 7); });|json $.id equals 7",
        "pm.test('a', function () { pm.expect(pm.response.json().n).to.be.within(1, 3); });|json $.n ge 1; json $.n le 3",
        "pm.test('a', function () { pm.expect(pm.response.json().e).to.match(/^a.+@x\\.test$/i); });|json $.e matches (?i)^a.+@x\\.test$",
        "pm.test('a', function () { pm.expect(pm.response.json().name).to.eql(pm.environment.get('name')); });|json $.name equals <<name>>",
        "pm.test('a', function () { pm.expect(pm.response.text()).to.include('hello'); });|body contains hello",
        "pm.test('a', function () { pm.expect(pm.response.json().list).to.be.empty; });|json $.list length 0",
        "tests['Status code is 200'] = responseCode.code === 200;|status equals 200",
        "tests['fast'] = responseTime < 200;|duration lt 200",
        "tests['has'] = responseBody.has('abc');|body contains abc",
        "tests['idx'] = responseBody.indexOf('abc') !== -1;|body contains abc",
        "tests['ct'] = postman.getResponseHeader('Content-Type');|header Content-Type exists true",
        "var d = JSON.parse(responseBody); tests['v'] = d.value === 100 && d.ok === true;|json $.value equals 100; json $.ok equals true",
        "tests['mirror'] = 200 == responseCode.code;|status equals 200",
        "tests['neg'] = !(responseCode.code === 500);|status not 500",
    })
    void translates(String script, String expected) {
        assertEquals(expected, checks(script));
    }

    @Test
    void capturesFromJsonHeadersAndCookies() {
        ScriptTranslation t = ScriptTranslator.tests("""
                const body = pm.response.json();
                pm.environment.set("token", body.access_token);
                pm.collectionVariables.set('requestId', pm.response.headers.get('X-Request-Id'));
                postman.setEnvironmentVariable("sid", postman.getResponseCookie("sid").value);
                pm.globals.set("code", pm.response.code);
                """);
        assertEquals(List.of("token json $.access_token", "requestId header X-Request-Id", "sid cookie sid",
                "code status"), t.grabs().stream().map(ScriptTranslatorTest::grab).toList());
        assertTrue(t.untranslated().isEmpty(), () -> t.untranslated().toString());
    }

    private static String grab(Grab g) {
        return g.variable() + " " + subject(g.source());
    }

    @Test
    void untranslatedStatementsAreKeptLineByLineWithTheirTestMarkedIncomplete() {
        ScriptTranslation t = ScriptTranslator.tests("""
                // a comment is not code
                pm.test("mixed", function () {
                    pm.response.to.have.status(200);
                    pm.expect(pm.response.json().name).to.be.a('string');
                });
                pm.test("whole", function () {
                    pm.response.to.have.header("Date");
                });
                console.log(
                  "multi-line");
                pm.environment.set("stamp", Date.now());
                """);
        assertEquals(List.of(4, 9, 10, 11), t.untranslated().stream().map(ScriptLine::line).toList());
        assertEquals(false, t.tests().get("mixed"));
        assertEquals(true, t.tests().get("whole"));
        assertEquals(List.of("status equals 200", "header Date exists true"),
                t.checks().stream().map(ScriptTranslatorTest::show).toList());
    }

    @Test
    void aTestWithNothingTranslatableIsKeptWhole() {
        ScriptTranslation t = ScriptTranslator.tests("""
                pm.test("types", function () {
                    pm.expect(pm.response.json()).to.be.an('object');
                });
                """);
        assertEquals(List.of(1, 2, 3), t.untranslated().stream().map(ScriptLine::line).toList());
        assertTrue(t.checks().isEmpty());
        assertEquals(false, t.tests().get("types"));
    }

    @Test
    void aScriptThatDoesNotParseIsKeptWholeWithTheReason() {
        ScriptTranslation t = ScriptTranslator.tests("pm.test('x', function () {\n  pm.response.to.have.status(200);\n");
        assertNotNull(t.problem());
        assertTrue(t.problem().contains("line"), t.problem());
        assertEquals(2, t.untranslated().size());
        assertTrue(t.checks().isEmpty());
    }

    @Test
    void preRequestScriptsAreKeptAsComments() {
        ScriptTranslation t = ScriptTranslator.preRequest("pm.environment.set('ts', Date.now());\n");
        assertEquals(1, t.untranslated().size());
        assertTrue(t.grabs().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "pm.test('a', function () { pm.expect(pm.response.json().x).to.equal({a: 1}); })",
        "pm.test('a', function () { pm.expect(pm.response.json().x).to.not.include('a'); })",
        "pm.test('a', function () { pm.expect(pm.response.json().x).to.be.null; })",
        "pm.test('a', function () { pm.expect(pm.response.json().x).to.be.a('string').and.not.empty; })",
        "pm.test('a', function () { pm.expect(pm.response.json().x).to.match(/a/y); })",
        "pm.test('a', function () { pm.response.to.have.status('Created'); })",
        "tests['a'] = responseBody.length > 2;",
        "tests['a'] = pm.response.json().x > 'b';",
    })
    void leavesWhatBatonCannotSayExactly(String script) {
        ScriptTranslation t = ScriptTranslator.tests(script);
        assertTrue(t.checks().isEmpty(), () -> t.checks().toString());
        assertEquals(1, t.untranslated().size());
    }
}
