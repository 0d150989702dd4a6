package dev.baton.check;

import dev.baton.http.HttpResult;
import dev.baton.model.Capture;
import dev.baton.model.CaptureSource;
import dev.baton.template.Functions;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Reads the value of a {@link Capture} from a response.
 *
 * <ul>
 *   <li>{@code status}: the status code; {@code body}: the whole body text.</li>
 *   <li>{@code header}: the first header with that name, ignoring case.</li>
 *   <li>{@code json}: a string as is, a number or boolean as its JSON text ({@code 3599}, {@code true}), an array
 *       or object as compact JSON. JSON {@code null} counts as absent. An indefinite path ({@code $..token},
 *       filters) gives its single match when it has exactly one, else the array of matches.</li>
 *   <li>{@code regex}: the first match ({@code find}) in the body: group 1 if the pattern has a group, else the
 *       whole match.</li>
 *   <li>{@code cookie}: a cookie known to the run after this response.</li>
 *   <li>{@code location}: a parameter of the {@code Location} header's query, else of its fragment, URL-decoded.</li>
 *   <li>{@code html}: the first element a CSS selector picks: its text, or the capture's attribute.</li>
 * </ul>
 */
public final class CaptureReader {

    /**
     * Reads {@code capture} from {@code response}.
     *
     * @param argument the capture's argument with its placeholders resolved; {@code null} where the source takes none
     * @return the value, or empty when it is absent: no such header, cookie, element or parameter (or no
     *         {@code Location} at all), no JSONPath or regex match, a JSON {@code null}
     * @throws CheckException when the capture cannot be made: the body is not JSON, or the JSONPath, regex or CSS
     *                        selector is invalid
     */
    public Optional<String> read(ResponseView response, Capture capture, String argument) throws CheckException {
        return readTyped(response, capture, argument).map(Functions.Value::text);
    }

    /**
     * Reads {@code capture} as {@link #read} does, saying whether the value has a JSON type: a {@code json} capture
     * of a number, boolean, object or array, which a {@code json:} body then inserts with that type.
     */
    public Optional<Functions.Value> readTyped(ResponseView response, Capture capture, String argument)
            throws CheckException {
        if (capture.source() == CaptureSource.JSON) {
            return json(response, capture, required(argument, capture, label(capture)), label(capture));
        }
        return untyped(response, capture, argument).map(text -> new Functions.Value(text, false));
    }

    private Optional<String> untyped(ResponseView response, Capture capture, String argument) throws CheckException {
        HttpResult result = response.result();
        String label = label(capture);
        return switch (capture.source()) {
            case STATUS -> Optional.of(String.valueOf(result.status()));
            case BODY -> Optional.of(response.body());
            case HEADER -> result.header(required(argument, capture, label));
            case COOKIE -> Optional.ofNullable(result.cookies().get(required(argument, capture, label)));
            case LOCATION -> LocationParameter.find(result, required(argument, capture, label));
            case JSON -> json(response, capture, required(argument, capture, label), label).map(Functions.Value::text);
            case REGEX -> regex(response, capture, required(argument, capture, label), label);
            case HTML -> HtmlQuery.read(response, required(argument, capture, label), capture.attribute(), label,
                    capture.position());
        };
    }

    private static Optional<Functions.Value> json(ResponseView response, Capture capture, String path, String label)
            throws CheckException {
        JsonQuery query = JsonQuery.compile(path, label, capture.position());
        Actual actual = query.read(response);
        if (!actual.present()) {
            return Optional.empty();
        }
        Object value = actual.value();
        if (!query.definite() && value instanceof List<?> matches && matches.size() == 1) {
            value = matches.get(0);
        }
        return value == null ? Optional.empty()
                : Optional.of(new Functions.Value(Actual.of(value).text(), !(value instanceof String)));
    }

    private static Optional<String> regex(ResponseView response, Capture capture, String regex, String label)
            throws CheckException {
        Matcher matcher = Patterns.compile(regex, label, capture.position()).matcher(response.body());
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.ofNullable(matcher.groupCount() > 0 ? matcher.group(1) : matcher.group());
    }

    private static String required(String argument, Capture capture, String label) throws CheckException {
        if (argument == null) {
            throw new CheckException(label + ": missing its argument", capture.position());
        }
        return argument;
    }

    /** How a capture is named in messages, e.g. {@code capture token (json $.access_token)}. */
    private static String label(Capture capture) {
        String source = capture.source().key();
        String what = capture.argument() == null ? source : source + " " + capture.argument().raw();
        return "capture " + capture.variable() + " (" + what
                + (capture.attribute() == null ? "" : " @" + capture.attribute()) + ")";
    }
}
