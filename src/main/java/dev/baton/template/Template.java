package dev.baton.template;

import dev.baton.model.Position;
import dev.baton.model.Text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link Text} split into literal parts and {@code <<name>>} placeholders. {@code \<<} writes a literal
 * {@code <<}; any other {@code <<} must open a well-formed placeholder.
 */
public final class Template {

    /** Names are letters, digits, {@code _ . - $}, starting with a letter, {@code _} or {@code $}. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_.$-]*");
    /** A function after {@code |}: its name, then maybe {@code :} and an argument up to the next {@code |} or {@code >>}. */
    private static final String FUNCTION = "\\s*\\|\\s*[A-Za-z][A-Za-z0-9-]*(?::(?:[^|>]|>(?!>))*)?";
    private static final Pattern PLACEHOLDER = Pattern.compile("<<(" + NAME.pattern()
            + ")((?:" + FUNCTION + ")*)\\s*>>");

    /** Longest text a template may render: 1 MiB. */
    public static final int MAX_LENGTH = 1024 * 1024;

    private final List<Part> parts;

    private Template(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /** A literal piece or a placeholder with its {@link Functions functions}, with the position it starts at. */
    public record Part(String literal, String variable, List<String> functions, Position position) {
        public Part {
            functions = List.copyOf(functions);
        }

        public boolean isVariable() {
            return variable != null;
        }
    }

    /** Parses text, failing on a {@code <<} that opens no placeholder. */
    public static Template parse(Text text) throws TemplateException {
        String raw = text.raw();
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < raw.length()) {
            if (raw.startsWith("\\<<", i)) {
                literal.append("<<");
                i += 3;
            } else if (raw.startsWith("<<", i)) {
                Matcher m = PLACEHOLDER.matcher(raw).region(i, raw.length());
                if (!m.lookingAt()) {
                    throw new TemplateException(at(text, i),
                            "'<<' must open a placeholder such as <<name>>; write \\<< for a literal '<<'");
                }
                if (literal.length() > 0) {
                    parts.add(new Part(literal.toString(), null, List.of(), text.position()));
                    literal.setLength(0);
                }
                List<String> functions = m.group(2).isBlank() ? List.of()
                        : List.of(m.group(2).replaceFirst("^\\s*\\|\\s*", "").split("\\s*\\|\\s*"));
                Functions.check(functions, m.group(1), at(text, i));
                parts.add(new Part(null, m.group(1), functions, at(text, i)));
                i = m.end();
            } else {
                literal.append(raw.charAt(i++));
            }
        }
        if (literal.length() > 0) {
            parts.add(new Part(literal.toString(), null, List.of(), text.position()));
        }
        return new Template(parts);
    }

    private static Position at(Text text, int index) {
        String before = text.raw().substring(0, index);
        int newline = before.lastIndexOf('\n');
        if (newline < 0 || text.position().line() == 0) {
            return text.position().shifted(index);
        }
        int lines = (int) before.chars().filter(c -> c == '\n').count();
        Position start = text.position();
        return new Position(start.file(), start.line() + lines, start.column() + index - newline - 1);
    }

    /** Every part, literal pieces and placeholders, in order. */
    public List<Part> parts() {
        return parts;
    }

    /** The placeholders, in order of first use. */
    public List<Part> placeholders() {
        return parts.stream().filter(Part::isVariable).toList();
    }

    /** The names of the variables used. */
    public Set<String> variables() {
        Set<String> names = new LinkedHashSet<>();
        placeholders().forEach(p -> names.add(p.variable()));
        return names;
    }

    /** The one placeholder that is the whole text ({@code <<admin>>}), if it is one. */
    public java.util.Optional<Part> single() {
        return parts.size() == 1 && parts.get(0).isVariable() ? java.util.Optional.of(parts.get(0))
                : java.util.Optional.empty();
    }

    /** Fills every placeholder through the lookup, applying its functions. */
    public String render(Lookup lookup) throws TemplateException {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (!part.isVariable()) {
                out.append(part.literal());
            } else if (part.functions().isEmpty()) {
                out.append(lookup.valueOf(part.variable(), part.position()));
            } else {
                out.append(Functions.text(lookup.typedValueOf(part.variable(), part.position()), part.functions(),
                        part.variable(), part.position(), lookup));
            }
            if (out.length() > MAX_LENGTH) {
                throw new TemplateException(part.position(), "the text grows to more than "
                        + MAX_LENGTH / (1024 * 1024) + " MiB once its variables are filled in");
            }
        }
        return out.toString();
    }

    /** Finds the value of a variable used at a position. */
    @FunctionalInterface
    public interface Lookup {
        String valueOf(String name, Position usedAt) throws TemplateException;

        /** The value with whether it has a JSON type; by default, plain text. */
        default Functions.Value typedValueOf(String name, Position usedAt) throws TemplateException {
            return new Functions.Value(valueOf(name, usedAt), false);
        }

        /** Whether the variable's value is a secret; by default, none is. */
        default boolean isSecret(String name) {
            return false;
        }

        /** Told a value a function made of a secret, which is a secret too. */
        default void secret(String derived) {
        }
    }
}
