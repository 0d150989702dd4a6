package dev.baton.check;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.InvalidPathException;
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
final class JsonQuery {

    private final JsonPath path;
    private final String label;
    private final Position position;

    private JsonQuery(JsonPath path, String label, Position position) {
        this.path = path;
        this.label = label;
        this.position = position;
    }

    /** Compiles {@code path}; {@code label} names the capture or expectation in errors. */
    static JsonQuery compile(String path, String label, Position position) throws CheckException {
        try {
            return new JsonQuery(JsonPath.compile(path), label, position);
        } catch (InvalidPathException | IllegalArgumentException e) {
            throw new CheckException(label + ": invalid JSONPath: " + Messages.oneLine(e.getMessage()), position);
        } catch (IndexOutOfBoundsException e) {
            throw new CheckException(label + ": invalid JSONPath: it ends too early", position);
        }
    }

    /** Whether the path names at most one node. */
    boolean definite() {
        return path.isDefinite();
    }

    /** What the path reads in the response's JSON body. */
    Actual read(ResponseView response) throws CheckException {
        DocumentContext document = response.json()
                .orElseThrow(() -> new CheckException(label + ": " + response.notJsonReason(), position));
        try {
            Object value = document.read(path);
            boolean noMatches = !definite() && value instanceof List<?> list && list.isEmpty();
            return noMatches ? Actual.absent() : Actual.of(value);
        } catch (PathNotFoundException absent) {
            return Actual.absent();
        } catch (JsonPathException e) {
            throw new CheckException(label + ": cannot evaluate JSONPath: " + Messages.oneLine(e.getMessage()), position);
        }
    }
}
