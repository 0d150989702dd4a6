package dev.baton.check;

import dev.baton.model.Position;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Compiles user regexes, reporting a bad one as a {@link CheckException}. */
final class Patterns {

    private Patterns() {
    }

    static Pattern compile(String regex, String label, Position position) throws CheckException {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new CheckException(label + ": invalid regex " + Json.write(regex) + ": "
                    + e.getDescription() + " near index " + e.getIndex(), position);
        }
    }
}
