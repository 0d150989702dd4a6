package dev.baton.model;

import java.util.List;

/**
 * A form field of a sign-in page: a name and one value, or several (checkboxes to tick, options to select).
 *
 * @param name   the control name
 * @param values the values; none unticks every checkbox of the name
 * @param position where the field is written
 */
public record LoginField(String name, List<Text> values, Position position) {
    public LoginField {
        values = List.copyOf(values);
    }
}
