package dev.baton.properties;

import dev.baton.model.Position;
import dev.baton.model.Text;
import dev.baton.template.Binding;
import dev.baton.template.Builtins;
import dev.baton.template.Layer;
import dev.baton.template.Template;
import dev.baton.template.TemplateException;
import dev.baton.template.Variables;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties of the {@code <<name>>} resolver: {@link Template#parse} and {@link Variables#resolve} on arbitrary
 * text and arbitrary variables (cycles, undefined names, malformed names, unset OS variables included).
 */
class PlaceholderPropertiesTest {

    private static final Position AT = new Position("c.yaml", 3, 7);

    /** A variable definition: which layer, which name, what binding. */
    record Definition(Layer layer, String name, Binding binding) {
    }

    // ---------------------------------------------------------------- generators

    /** Names that parse as placeholders (letters, digits, {@code _ . - $}), built-ins left out. */
    @Provide
    Arbitrary<String> validNames() {
        Arbitrary<Character> first = Arbitraries.chars().with("abcxyzAZ_$".toCharArray());
        Arbitrary<String> rest = Arbitraries.strings().withChars("abz09_.$-".toCharArray()).ofMaxLength(6);
        return Combinators.combine(first, rest).as((f, r) -> f + r).filter(n -> !Builtins.NAMES.contains(n));
    }

    /** Any name: valid ones (often the same few, so that texts refer to them) and arbitrary strings. */
    private Arbitrary<String> anyNames() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of("a", "b", "c", "user.name", "x-1")),
                Tuple.of(3, validNames()),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(5)));
    }

    /** Text made of pieces that matter to the parser: placeholders, escapes, stray brackets, any characters. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(5),
                Arbitraries.strings().withChars("<>\\$ab.-{} \n".toCharArray()).ofMaxLength(6),
                anyNames().map(n -> "<<" + n + ">>"),
                Arbitraries.of("\\<<", "<<", ">>", "<<<", "\\", "<<$uuid>>", "<<$nope>>", "<<>>", "<< a >>"));
        return piece.list().ofMaxSize(8).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<List<Definition>> definitions() {
        Arbitrary<Position> positions = Combinators.combine(Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 9)).as((l, c) -> new Position("v.yaml", l, c));
        Arbitrary<Binding> bindings = Combinators.combine(Arbitraries.integers().between(0, 2), texts(),
                Arbitraries.of(true, false), positions).as((kind, value, secret, at) -> switch (kind) {
                    case 0 -> Binding.written(new Text(value, at), secret);
                    case 1 -> Binding.literal(value, secret, at);
                    default -> Binding.missing("the OS environment variable X is not set", secret, at);
                });
        return Combinators.combine(Arbitraries.of(Layer.class), anyNames(), bindings).as(Definition::new)
                .list().ofMaxSize(8);
    }

    /** Text without {@code <<} anywhere. */
    @Provide
    Arbitrary<String> plain() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30),
                        Arbitraries.strings().withChars("<>\\$ab.{} \n".toCharArray()).ofMaxLength(30))
                .filter(s -> !s.contains("<<"));
    }

    private static Variables variables(List<Definition> definitions, List<String> secrets) {
        Variables variables = new Variables(secrets::add);
        definitions.forEach(d -> variables.define(d.layer(), d.name(), d.binding()));
        return variables;
    }

    // ---------------------------------------------------------------- properties

    @Property(tries = 1000)
    void resolvingThrowsNothingButTemplateException(@ForAll("texts") String raw,
                                                    @ForAll("definitions") List<Definition> definitions) {
        List<String> secrets = new ArrayList<>();
        Variables variables = variables(definitions, secrets);
        Text text = new Text(raw, AT);
        try {
            String value = variables.resolve(text);
            assertNotNull(value);
            Statistics.collect("resolved");
        } catch (TemplateException e) {
            Statistics.collect(e.getClass().getSimpleName());
            // UndefinedVariableException is a TemplateException too
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "a TemplateException without a message");
            assertNotNull(e.position(), "a TemplateException without a position");
        }
    }

    @Property(tries = 1000)
    void parsingThrowsNothingButTemplateExceptionAtALineOfTheText(@ForAll("texts") String raw) {
        Text text = new Text(raw, AT);
        try {
            Template template = Template.parse(text);
            template.placeholders().forEach(p -> assertTrue(Template.NAME.matcher(p.variable()).matches(),
                    () -> "placeholder name '" + p.variable() + "' is not a valid name"));
        } catch (TemplateException e) {
            long newlines = raw.chars().filter(c -> c == '\n').count();
            int line = e.position().line();
            assertTrue(line >= AT.line() && line <= AT.line() + newlines, () -> "error at line " + line
                    + " for a text on lines " + AT.line() + ".." + (AT.line() + newlines));
            assertEquals(AT.file(), e.position().file());
        }
    }

    @Property(tries = 500)
    void textWithoutPlaceholderOpenersRendersUnchanged(@ForAll("plain") String raw,
                                                       @ForAll("definitions") List<Definition> definitions)
            throws TemplateException {
        Text text = new Text(raw, AT);
        assertTrue(Template.parse(text).placeholders().isEmpty());
        assertEquals(raw, variables(definitions, new ArrayList<>()).resolve(text));
    }

    @Property(tries = 500)
    void anEscapedOpenerRendersAsTwoAngleBrackets(@ForAll @Size(min = 1, max = 5) List<@From("plain")
            String> pieces) throws TemplateException {
        String raw = String.join("\\<<", pieces);
        String expected = String.join("<<", pieces);
        assertEquals(expected, new Variables(s -> { }).resolve(new Text(raw, AT)));
    }

    @Property(tries = 500)
    void aDefinedPlaceholderRendersItsValue(@ForAll("plain") String before, @ForAll("validNames") String name,
                                            @ForAll("plain") String value, @ForAll("plain") String after,
                                            @ForAll boolean literal) throws TemplateException {
        // "\<<name>>" is an escape and "<<<name>>" is no placeholder (docs/collections.md): keep them apart
        String prefix = before.endsWith("\\") || before.endsWith("<") ? before + " " : before;
        Variables variables = new Variables(s -> { });
        variables.define(Layer.ENVIRONMENT, name, literal ? Binding.literal(value, false, AT)
                : Binding.written(new Text(value, AT), false));
        assertEquals(prefix + value + after, variables.resolve(new Text(prefix + "<<" + name + ">>" + after, AT)));
    }

    @Property(tries = 500)
    void theHighestLayerWins(@ForAll("validNames") String name, @ForAll Layer low, @ForAll Layer high,
                             @ForAll("plain") String lowValue, @ForAll("plain") String highValue)
            throws TemplateException {
        if (low.compareTo(high) > 0) {
            Layer swap = low;
            low = high;
            high = swap;
        }
        Variables variables = new Variables(s -> { });
        variables.define(low, name, Binding.written(new Text(lowValue, AT), false));
        variables.define(high, name, Binding.written(new Text(highValue, AT), false));
        assertEquals(highValue, variables.resolve(new Text("<<" + name + ">>", AT)));
    }

    @Property(tries = 300)
    void aSecretIsToldToTheSinkWheneverItIsResolved(@ForAll("validNames") String name,
                                                    @ForAll("plain") String value) throws TemplateException {
        // "x<" + "<<inner>>" would be "x<<<inner>>", which is no placeholder: end the value otherwise
        value = value.endsWith("<") || value.endsWith("\\") ? value + " " : value;
        List<String> secrets = new ArrayList<>();
        Variables variables = new Variables(secrets::add);
        variables.define(Layer.ENVIRONMENT, "inner", Binding.literal("in" + value, true, AT));
        variables.define(Layer.ENVIRONMENT, name.equals("inner") ? "outer" : name,
                Binding.written(new Text(value + "<<inner>>", AT), true));
        String resolved = variables.resolve(new Text("<<" + (name.equals("inner") ? "outer" : name) + ">>", AT));
        assertEquals(value + "in" + value, resolved);
        assertTrue(secrets.contains("in" + value), () -> "the literal secret was not told: " + secrets);
        assertTrue(secrets.contains(resolved), () -> "the resolved secret was not told: " + secrets);
    }
}
