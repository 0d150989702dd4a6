package dev.baton.check;

import dev.baton.model.Position;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Compiles user regexes, reporting a bad one as a {@link CheckException}; and the query kind {@code regex}. */
final class Patterns {

    /** The query kind {@code regex}: the first match in the body, group 1 if the pattern has a group. */
    static final QueryKind KIND = Kind.keyed("regex", Patterns::problem, Patterns::firstMatch);

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

    private static Optional<QueryProblem> problem(String regex) {
        try {
            Pattern.compile(regex);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of(new QueryProblem("invalid regular expression: " + e.getDescription(),
                    Math.max(0, e.getIndex())));
        }
    }

    private static Actual firstMatch(QueryInput in) throws CheckException {
        Matcher matcher = compile(in.argument(), in.label(), in.position()).matcher(in.response().body());
        if (!matcher.find()) {
            return Actual.absent();
        }
        return Actual.ofNullable(Optional.ofNullable(matcher.groupCount() > 0 ? matcher.group(1) : matcher.group()));
    }
}
