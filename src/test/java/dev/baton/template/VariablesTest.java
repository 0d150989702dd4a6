package dev.baton.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.model.Position;
import dev.baton.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VariablesTest {

    final List<String> secrets = new ArrayList<>();
    final Variables variables = new Variables(secrets::add);

    static Position at(int line, int column) {
        return new Position("c.yaml", line, column);
    }

    static Text text(String raw, int line, int column) {
        return new Text(raw, at(line, column));
    }

    void written(Layer layer, String name, String raw) {
        variables.define(layer, name, Binding.written(text(raw, 1, 1), false));
    }

    String resolve(String raw) throws TemplateException {
        return variables.resolve(text(raw, 1, 1));
    }

    @Nested
    class Precedence {

        static Stream<Arguments> pairs() {
            List<Arguments> pairs = new ArrayList<>();
            Layer[] layers = Layer.values();
            for (int low = 0; low < layers.length; low++) {
                for (int high = low + 1; high < layers.length; high++) {
                    pairs.add(Arguments.of(layers[low], layers[high]));
                }
            }
            return pairs.stream();
        }

        @Test
        void layersFromLowestToHighest() {
            assertEquals(List.of(Layer.COLLECTION, Layer.ENVIRONMENT, Layer.DATA, Layer.RUN, Layer.COMMAND_LINE),
                    List.of(Layer.values()));
        }

        @ParameterizedTest(name = "{1} over {0}")
        @MethodSource("pairs")
        void higherLayerWinsWhicheverIsDefinedFirst(Layer low, Layer high) throws TemplateException {
            written(low, "a", "from-" + low);
            written(high, "a", "from-" + high);
            written(high, "b", "from-" + high);
            written(low, "b", "from-" + low);
            assertEquals("from-" + high + " from-" + high, resolve("<<a>> <<b>>"));
            assertEquals("from-" + high, variables.binding("a").orElseThrow().value().raw());
        }

        @Test
        void allFourLayers() throws TemplateException {
            for (Layer layer : Layer.values()) {
                written(layer, "x", layer.name());
                assertEquals(layer.name(), resolve("<<x>>"));
            }
            written(Layer.COLLECTION, "x", "late collection value");
            assertEquals("COMMAND_LINE", resolve("<<x>>"));
        }

        @Test
        void capturesAreRunLayer() throws TemplateException {
            written(Layer.ENVIRONMENT, "token", "env");
            variables.capture("token", "captured", false);
            assertEquals("captured", resolve("<<token>>"));
            written(Layer.COMMAND_LINE, "token", "cli");
            assertEquals("cli", resolve("<<token>>"));
        }
    }

    @Nested
    class Nesting {

        @Test
        void aValueMayUseOtherVariables() throws TemplateException {
            written(Layer.COLLECTION, "a", "<<b>>-x");
            written(Layer.COLLECTION, "b", "<<c>>!");
            written(Layer.COLLECTION, "c", "C");
            assertEquals("[C!-x]", resolve("[<<a>>]"));
            assertEquals("C!-x", variables.valueOf("a", at(1, 1)));
        }

        @Test
        void innerVariablesResolveWithPrecedenceToo() throws TemplateException {
            written(Layer.COLLECTION, "apiUrl", "<<host>>/v2");
            written(Layer.COLLECTION, "host", "http://collection");
            written(Layer.ENVIRONMENT, "host", "http://env");
            assertEquals("http://env/v2", resolve("<<apiUrl>>"));
            written(Layer.COMMAND_LINE, "host", "http://cli");
            assertEquals("http://cli/v2", resolve("<<apiUrl>>"));
        }

        @Test
        void theSameVariableTwiceIsNotACycle() throws TemplateException {
            written(Layer.COLLECTION, "a", "<<b>><<b>>");
            written(Layer.COLLECTION, "b", "<<c>>");
            written(Layer.COLLECTION, "c", "z");
            assertEquals("zz", resolve("<<a>>"));
        }

        @Test
        void literalValuesAreTakenAsIs() throws TemplateException {
            variables.define(Layer.ENVIRONMENT, "raw", Binding.literal("<<not a placeholder", false, at(2, 2)));
            variables.capture("captured", "<<x>>", false);
            assertEquals("<<not a placeholder|<<x>>", resolve("<<raw>>|<<captured>>"));
        }

        @Test
        void escapedOpenerInAValue() throws TemplateException {
            written(Layer.COLLECTION, "a", "\\<<literal>>");
            assertEquals("<<literal>>", resolve("<<a>>"));
        }

        @Test
        void selfReference() {
            variables.define(Layer.COLLECTION, "a", Binding.written(text("x<<a>>", 5, 7), false));
            TemplateException e = assertThrows(TemplateException.class, () -> resolve("<<a>>"));
            assertEquals("variable 'a' refers to itself: a -> a", e.getMessage());
            assertEquals(at(5, 7), e.position());
        }

        @Test
        void twoVariableCycle() {
            variables.define(Layer.COLLECTION, "a", Binding.written(text("<<b>>", 3, 6), false));
            variables.define(Layer.ENVIRONMENT, "b", Binding.written(text("<<a>>", 4, 6), false));
            TemplateException e = assertThrows(TemplateException.class, () -> resolve("<<a>>"));
            assertEquals("variable 'a' refers to itself: a -> b -> a", e.getMessage());
            assertEquals(at(3, 6), e.position());
        }

        @Test
        void longerCycleNamesTheWholeChain() {
            written(Layer.COLLECTION, "a", "<<b>>");
            written(Layer.COLLECTION, "b", "<<c>>");
            written(Layer.COLLECTION, "c", "<<b>>");
            TemplateException e = assertThrows(TemplateException.class, () -> resolve("<<a>>"));
            assertTrue(e.getMessage().endsWith("a -> b -> c -> b"), e.getMessage());
        }

        @Test
        void aCycleIsAnErrorEveryTime() {
            written(Layer.COLLECTION, "a", "<<a>>");
            assertThrows(TemplateException.class, () -> resolve("<<a>>"));
            TemplateException again = assertThrows(TemplateException.class, () -> resolve("<<a>>"));
            assertEquals("variable 'a' refers to itself: a -> a", again.getMessage());
        }
    }

    @Nested
    class Undefined {

        @Test
        void namesTheVariableWhereItIsUsedAndANearName() {
            written(Layer.ENVIRONMENT, "clientId", "id");
            written(Layer.COLLECTION, "redirectUri", "uri");
            UndefinedVariableException e = assertThrows(UndefinedVariableException.class,
                    () -> variables.resolve(text("id=<<clientld>>", 12, 14)));
            assertEquals("clientld", e.name());
            assertEquals(at(12, 17), e.position());
            assertEquals("undefined variable 'clientld'; did you mean 'clientId'?", e.getMessage());
            assertInstanceOf(TemplateException.class, e);
        }

        @Test
        void withoutANearName() {
            written(Layer.COLLECTION, "clientId", "id");
            UndefinedVariableException e = assertThrows(UndefinedVariableException.class,
                    () -> variables.resolve(text("<<somethingElse>>", 2, 3)));
            assertEquals("undefined variable 'somethingElse'", e.getMessage());
            assertEquals(at(2, 3), e.position());
        }

        @Test
        void insideAnotherVariableIsReportedWhereThatValueIsWritten() {
            variables.define(Layer.COLLECTION, "url", Binding.written(text("<<hots>>/v2", 4, 8), false));
            written(Layer.ENVIRONMENT, "host", "h");
            UndefinedVariableException e = assertThrows(UndefinedVariableException.class,
                    () -> variables.resolve(text("<<url>>", 20, 12)));
            assertEquals("hots", e.name());
            assertEquals(at(4, 8), e.position());
            assertTrue(e.getMessage().contains("did you mean 'host'?"), e.getMessage());
        }

        @Test
        void valueOfAnUndefinedName() {
            UndefinedVariableException e = assertThrows(UndefinedVariableException.class,
                    () -> variables.valueOf("nope", Position.of("--var x")));
            assertEquals(Position.of("--var x"), e.position());
        }

        @Test
        void aMissingBindingStatesItsProblem() {
            variables.define(Layer.ENVIRONMENT, "clientSecret", Binding.missing(
                    "the OS environment variable ZOOM_SECRET is not set (env.yaml:3:18)", true, at(3, 18)));
            TemplateException e = assertThrows(TemplateException.class,
                    () -> variables.resolve(text("secret=<<clientSecret>>", 9, 5)));
            assertEquals("variable 'clientSecret' has no value: the OS environment variable ZOOM_SECRET is not set "
                    + "(env.yaml:3:18)", e.getMessage());
            assertEquals(at(9, 12), e.position());
            assertFalse(e instanceof UndefinedVariableException);
            assertTrue(variables.isDefined("clientSecret"));
            assertTrue(secrets.isEmpty(), "a missing value is no secret to mask: " + secrets);
        }

        @Test
        void aHigherLayerCoversAMissingBinding() throws TemplateException {
            variables.define(Layer.ENVIRONMENT, "user", Binding.missing("not set", false, at(1, 1)));
            written(Layer.COMMAND_LINE, "user", "me");
            assertEquals("me", resolve("<<user>>"));
        }
    }

    @Nested
    class Secrets {

        @Test
        void literalSecretsAreToldAtOnce() {
            variables.define(Layer.ENVIRONMENT, "clientSecret", Binding.literal("s3cret-value", true, at(1, 1)));
            assertEquals(List.of("s3cret-value"), secrets);
        }

        @Test
        void capturedSecretsAreToldAndOthersAreNot() {
            variables.capture("accessToken", "tok-123456", true);
            variables.capture("userId", "user-42", false);
            assertEquals(List.of("tok-123456"), secrets);
        }

        @Test
        void templatedSecretsAreToldTheirResolvedValue() throws TemplateException {
            written(Layer.COLLECTION, "prefix", "pre");
            variables.define(Layer.ENVIRONMENT, "password", Binding.written(text("<<prefix>>-tail", 1, 1), true));
            assertTrue(secrets.isEmpty(), secrets::toString);
            assertEquals("Basic pre-tail", resolve("Basic <<password>>"));
            assertEquals(List.of("pre-tail"), secrets);
        }

        @Test
        void aSecretUsedThroughAnotherVariableIsToldToo() throws TemplateException {
            variables.define(Layer.ENVIRONMENT, "pass", Binding.written(text("hunter22", 1, 1), true));
            written(Layer.COLLECTION, "credentials", "user:<<pass>>");
            assertEquals("user:hunter22", resolve("<<credentials>>"));
            assertEquals(List.of("hunter22"), secrets);
        }

        @Test
        void nonSecretsAreNeverTold() throws TemplateException {
            written(Layer.COLLECTION, "a", "<<b>>");
            written(Layer.ENVIRONMENT, "b", "plain");
            variables.define(Layer.COMMAND_LINE, "c", Binding.literal("also plain", false, Position.of("--var c")));
            assertEquals("plain also plain", resolve("<<a>> <<c>>"));
            assertTrue(secrets.isEmpty(), secrets::toString);
        }
    }

    @Nested
    class Names {

        @Test
        void definedBuiltinsAndSortedNames() {
            written(Layer.RUN, "zeta", "z");
            written(Layer.COLLECTION, "alpha", "a");
            written(Layer.COMMAND_LINE, "mid", "m");
            written(Layer.ENVIRONMENT, "alpha", "a2");
            assertEquals(List.of("alpha", "mid", "zeta"), new ArrayList<>(variables.names()));
            assertTrue(variables.isDefined("alpha"));
            assertTrue(variables.isDefined("$uuid"));
            assertFalse(variables.isDefined("beta"));
            assertEquals(Optional.empty(), variables.binding("beta"));
        }
    }
}
