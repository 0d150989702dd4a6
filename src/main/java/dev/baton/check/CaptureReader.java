package dev.baton.check;

import dev.baton.model.Capture;
import dev.baton.model.Query;
import dev.baton.template.Functions;
import java.util.Optional;

/**
 * Reads the value of a {@link Capture} from a response through its query ({@link Queries}): the value the query
 * reads, as {@link Actual#captured()} keeps it — the first of a repeated header, the one match of a path that may
 * match several, a string as it is and anything else as JSON text.
 */
public final class CaptureReader {

    /**
     * Reads {@code capture} from {@code response}.
     *
     * @param argument the capture's argument with its placeholders resolved; {@code null} where the kind takes none
     * @return the value, or empty when it is absent: no such header, cookie, element or parameter, no match, a JSON
     *         {@code null}
     * @throws CheckException when the capture cannot be made: the body is not JSON or XML, a query is invalid
     */
    public Optional<String> read(ResponseView response, Capture capture, String argument) throws CheckException {
        return readTyped(response, capture, argument).map(Functions.Value::text);
    }

    /**
     * Reads {@code capture} as {@link #read} does, saying whether the value has a JSON type (a number, boolean,
     * object or array from a JSON document), which a {@code json:} body then inserts with that type.
     */
    public Optional<Functions.Value> readTyped(ResponseView response, Capture capture, String argument)
            throws CheckException {
        return Reading.read(response, capture.query(), argument, label(capture), capture.position()).captured();
    }

    /**
     * What a capture that found nothing looked for: its kind and resolved argument ({@code json $.id}), or, for a
     * token, its query as written, since its resolved argument may be the token itself.
     */
    public static String sought(Capture capture, String argument) {
        Query query = capture.query();
        if (query.jwt() != null) {
            return query.label();
        }
        return query.kind() + (argument == null ? "" : " " + argument);
    }

    /** How a capture is named in messages, e.g. {@code capture token (json $.access_token)}. */
    public static String label(Capture capture) {
        Query query = capture.query();
        return "capture " + capture.variable() + " (" + query.label() + ")";
    }
}
