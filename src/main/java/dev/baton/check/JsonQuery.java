package dev.baton.check;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.JsonPathException;
import com.jayway.jsonpath.PathNotFoundException;
import dev.baton.model.Position;
import java.util.List;

/**
 * A compiled JSONPath. A definite path ({@code $.a.b[0]}) reads one value, absent when nothing is there; an
 * indefinite one ({@code ..}, {@code *}, filters, slices, unions) reads the array of its matches, absent when there
 * are none.
 */
public final class JsonQuery {

    /** Compiled paths by text: a run checks the same few paths over and over; a compiled path is immutable. */
    private static final java.util.Map<String, JsonPath> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_COMPILED = 4096;

    private final JsonPath path;
    private final String label;
    private final Position position;

    private JsonQuery(JsonPath path, String label, Position position) {
        this.path = path;
        this.label = label;
        this.position = position;
    }

    /** The query kind {@code json}: a JSONPath into the body. */
    static final QueryKind KIND = Kind.keyed("json", JsonQuery::problem,
            in -> compile(in.argument(), in.label(), in.position()).read(in.response()));

    private static java.util.Optional<QueryProblem> problem(String path) {
        return syntaxProblem(path).map(reason -> new QueryProblem("invalid JSONPath '" + path + "': " + reason, 0));
    }

    /** Compiles {@code path}; {@code label} names the capture or expectation in errors. */
    static JsonQuery compile(String path, String label, Position position) throws CheckException {
        JsonPath compiled = COMPILED.get(path);
        if (compiled == null) {
            try {
                compiled = JsonPath.compile(path);
            } catch (RuntimeException e) {
                throw new CheckException(label + ": invalid JSONPath: " + reason(e), position);
            }
            if (COMPILED.size() < MAX_COMPILED) {
                COMPILED.put(path, compiled);
            }
        }
        return new JsonQuery(compiled, label, position);
    }

    /** Why {@code path} is not a JSONPath, or empty when it is one. */
    public static java.util.Optional<String> syntaxProblem(String path) {
        try {
            JsonPath.compile(path);
            return java.util.Optional.empty();
        } catch (RuntimeException e) {
            return java.util.Optional.of(reason(e));
        }
    }

    /** json-path's reason, without the Java names it sometimes wraps in it. */
    private static String reason(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IndexOutOfBoundsException || String.valueOf(t.getMessage()).contains("OutOfBounds")) {
                return "it ends too early";
            }
        }
        return Messages.oneLine(JAVA_NAME.matcher(String.valueOf(e.getMessage())).replaceAll(""));
    }

    private static final java.util.regex.Pattern JAVA_NAME = java.util.regex.Pattern.compile(
            "(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)?:\\s*");

    /** Whether the path names at most one node. */
    boolean definite() {
        return path.isDefinite();
    }

    /** What the path reads in the response's JSON body. */
    Actual read(ResponseView response) throws CheckException {
        return read(response.json()
                .orElseThrow(() -> new CheckException(label + ": " + response.notJsonReason(), position)));
    }

    /** What the path reads in {@code document}. */
    Actual read(DocumentContext document) throws CheckException {
        try {
            Object value = document.read(path);
            if (!definite() && value instanceof List<?> matches) {
                return Actual.ofMatches(matches, true);
            }
            return Actual.ofJson(value);
        } catch (PathNotFoundException absent) {
            return Actual.absent();
        } catch (JsonPathException e) {
            throw new CheckException(label + ": cannot evaluate JSONPath: " + Messages.oneLine(e.getMessage()), position);
        }
    }
}
