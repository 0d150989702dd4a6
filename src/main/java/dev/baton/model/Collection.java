package dev.baton.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A loaded collection file.
 *
 * @param name        the collection's name
 * @param description what it is for, may be empty
 * @param file        the file it was read from
 * @param vars        default values of variables, lowest precedence
 * @param auth        the PKCE helper, or {@code null} when the collection uses none
 * @param steps       steps in order
 * @param position    where the collection starts
 */
public record Collection(String name, String description, Path file, Map<String, Text> vars, AuthSpec auth,
                         List<Step> steps, Position position) {
    public Collection {
        vars = Map.copyOf(vars);
        steps = List.copyOf(steps);
    }

    /** The same collection with other steps, e.g. a subset chosen by name or tag. */
    public Collection withSteps(List<Step> chosen) {
        return new Collection(name, description, file, vars, auth, chosen, position);
    }
}
