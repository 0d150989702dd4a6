package dev.baton.model;

/**
 * Reads a value from a response into a variable.
 *
 * @param variable  the variable to set
 * @param source    where the value comes from
 * @param argument  header or cookie name, JSONPath, regex, query parameter or CSS selector;
 *                  {@code null} for {@link CaptureSource#STATUS} and {@link CaptureSource#BODY}
 * @param attribute for {@link CaptureSource#HTML}: the attribute to read, or {@code null} for the text
 * @param secret    whether the captured value must be masked in output
 * @param position  where the capture is written
 * @param shown     whether the collection declared the value public ({@code public: true}): shown in every
 *                  output although its name looks secret or it has the shape of a JSON Web Token
 */
public record Capture(String variable, CaptureSource source, Text argument, String attribute, boolean secret,
                      Position position, boolean shown) {

    /** A capture that is not declared public. */
    public Capture(String variable, CaptureSource source, Text argument, String attribute, boolean secret,
                   Position position) {
        this(variable, source, argument, attribute, secret, position, false);
    }
}
