package dev.baton.cli;

import dev.baton.testing.CliRun;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Command-line mistakes are told in Baton's words, not in Java's types, before anything runs. */
class ParameterWordingTest {

    @Test
    void aNumberOptionGivenSomethingElseSaysANumberIsWanted() {
        CliRun run = CliRun.of("run", "collections/zoom-oauth-pkce.yaml", "--timeout", "abc");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("error: --timeout must be a whole number, not 'abc'"), run::toString);
        assertFalse(run.all().contains("long"), run::toString);
    }

    @Test
    void aVarWithoutAnEqualsSignIsToldWithoutShowingIt() {
        CliRun run = CliRun.of("run", "collections/zoom-oauth-pkce.yaml", "--var", "hunter2-typed-alone");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("error: --var must be KEY=VALUE (what was given has no '=', and is not shown"),
                run::toString);
        assertFalse(run.all().contains("option option"), run::toString);
        assertFalse(run.all().contains("hunter2"), run::toString);
    }
}
