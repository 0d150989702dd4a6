package dev.baton.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.baton.load.CollectionLoader;
import dev.baton.model.Collection;
import dev.baton.model.Position;
import dev.baton.model.Step;
import dev.baton.model.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferencesTest {

    private static final String YAML = """
            name: refs
            vars:
              unused: <<notAStepReference>>
            steps:
              - name: Authorize
                oauth: authorize
                request:
                  method: <<verb>>
                  url: <<base>>/authorize
                  query:
                    client_id: <<clientId>>
                  headers:
                    X-Trace: <<trace>>
                    X-Base: <<base>>
                  form:
                    field: <<formField>>
                  basicAuth: {username: <<user>>, password: <<pass>>}
                login:
                  fields:
                    email: <<email>>
                capture:
                  code: {location: <<codeParam>>}
                  page: {body: true}
                expect:
                  status: <<status>>
                  json:
                    $.items[<<index>>]: {in: [<<one>>, two], length: {gt: <<min>>}}
              - name: Json
                request:
                  url: http://x/json
                  json: {a: [{b: <<deep>>}], n: 1, s: <<$uuid>>}
                  bearer: <<token>>
              - name: Raw
                request:
                  url: http://x
                  body: <<rawBody>>
                  contentType: <<mime>>
              - name: Broken
                request:
                  url: http://x/<<oops
            """;

    @TempDir
    Path dir;
    Collection collection;
    String file;

    @BeforeEach
    void load() throws Exception {
        Path path = Files.writeString(dir.resolve("refs.yaml"), YAML);
        collection = new CollectionLoader().load(path);
        file = path.toString();
    }

    private Position at(int line, int column) {
        return new Position(file, line, column);
    }

    private Step step(String name) {
        return collection.steps().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyPartOfARequestLoginCaptureAndExpectation() throws TemplateException {
        Map<String, Position> used = References.of(step("Authorize"));
        assertEquals(List.of("verb", "base", "clientId", "trace", "formField", "user", "pass", "email", "codeParam",
                "status", "index", "one", "min"), new ArrayList<>(used.keySet()));
        assertEquals(at(8, 15), used.get("verb"));
        assertEquals(at(11, 20), used.get("clientId"));
        assertEquals(at(17, 49), used.get("pass"));
        assertEquals(at(20, 16), used.get("email"));
        assertEquals(at(22, 24), used.get("codeParam"));
        assertEquals(at(25, 15), used.get("status"));
        assertEquals(at(27, 17), used.get("index"));
        assertEquals(at(27, 35), used.get("one"));
        assertEquals(at(27, 63), used.get("min"));
    }

    @Test
    void theFirstUseIsKept() throws TemplateException {
        // <<base>> is in the url (line 9) and again in a header (line 14)
        assertEquals(at(9, 12), References.of(step("Authorize")).get("base"));
    }

    @Test
    void jsonBodyAndBearer() throws TemplateException {
        Map<String, Position> used = References.of(step("Json"));
        assertEquals(List.of("deep", "$uuid", "token"), new ArrayList<>(used.keySet()));
    }

    @Test
    void rawBodyAndItsContentType() throws TemplateException {
        Map<String, Position> used = References.of(step("Raw"));
        assertEquals(List.of("rawBody", "mime"), new ArrayList<>(used.keySet()));
        assertEquals(at(37, 20), used.get("mime"));
    }

    @Test
    void textsInReadingOrder() {
        List<String> texts = References.texts(step("Raw")).stream().map(Text::raw).toList();
        assertEquals(List.of("GET", "http://x", "<<rawBody>>", "<<mime>>"), texts);
    }

    @Test
    void collectionVarsAreNotAStepsReferences() throws TemplateException {
        for (Step step : collection.steps().subList(0, 3)) {
            assertEquals(false, References.of(step).containsKey("notAStepReference"), step.name());
        }
    }

    @Test
    void aMalformedPlaceholderIsAnErrorAtItsPosition() {
        TemplateException e = assertThrows(TemplateException.class, () -> References.of(step("Broken")));
        assertEquals(at(40, 21), e.position());
    }
}
