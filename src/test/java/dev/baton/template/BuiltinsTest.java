package dev.baton.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.model.Position;
import dev.baton.model.Text;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BuiltinsTest {

    private final Variables variables = new Variables(s -> {
        throw new AssertionError("a built-in is not a secret: " + s);
    });

    private String resolve(String raw) throws TemplateException {
        return variables.resolve(new Text(raw, new Position("c.yaml", 1, 1)));
    }

    @Test
    void theSixNames() {
        assertEquals(Set.of("$uuid", "$timestamp", "$isoTimestamp", "$now", "$randomInt", "$random"),
                Builtins.NAMES);
        for (String name : Builtins.NAMES) {
            assertTrue(Builtins.valueOf(name).isPresent(), name);
        }
    }

    @Test
    void otherNamesAreNotBuiltins() {
        assertEquals(Optional.empty(), Builtins.valueOf("$nope"));
        assertEquals(Optional.empty(), Builtins.valueOf("uuid"));
        assertFalse(variables.isDefined("$nope"));
    }

    @Test
    void uuidIsAFreshRandomUuidAtEachUse() throws TemplateException {
        String[] two = resolve("<<$uuid>> <<$uuid>>").split(" ");
        UUID first = UUID.fromString(two[0]);
        UUID second = UUID.fromString(two[1]);
        assertEquals(4, first.version());
        assertEquals(36, two[0].length());
        assertNotEquals(first, second);
        assertNotEquals(two[0], resolve("<<$uuid>>"));
    }

    @Test
    void timestampIsEpochSecondsNow() throws TemplateException {
        long before = Instant.now().getEpochSecond();
        long value = Long.parseLong(resolve("<<$timestamp>>"));
        long after = Instant.now().getEpochSecond();
        assertTrue(value >= before && value <= after, value + " not in [" + before + ", " + after + "]");
    }

    @Test
    void isoTimestampIsAnInstantNow() throws TemplateException {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String written = resolve("<<$isoTimestamp>>");
        Instant value = Instant.parse(written);
        Instant after = Instant.now();
        assertTrue(written.endsWith("Z"), written);
        assertFalse(value.isBefore(before), written + " before " + before);
        assertFalse(value.isAfter(after), written + " after " + after);
    }

    @Test
    void randomIntIsAWholeNumberBelowAThousand() throws TemplateException {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            int value = Integer.parseInt(resolve("<<$randomInt>>"));
            assertTrue(value >= 0 && value < 1000, Integer.toString(value));
            seen.add(value);
        }
        assertTrue(seen.size() > 1, "200 draws gave one value: " + seen);
    }

    @Test
    void builtinsMixWithText() throws TemplateException {
        assertTrue(resolve("id-<<$randomInt>>-x").matches("id-\\d{1,3}-x"));
    }
}
