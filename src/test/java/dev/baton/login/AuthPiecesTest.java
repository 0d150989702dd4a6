package dev.baton.login;

import dev.baton.auth.StoredTokens;
import dev.baton.cli.AuthEnvironment;
import dev.baton.cli.AuthTokenFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The storage key and the token folder, which {@code baton run} with {@code auth: {type: login}} must agree on. */
class AuthPiecesTest {

    @AfterEach
    void clearTokenFolder() {
        System.clearProperty(AuthTokenFolder.PROPERTY);
    }

    @Test
    void aNamedEnvironmentIsKeptUnderItsName() {
        assertEquals("dev", AuthEnvironment.key("dev"));
        assertEquals("local", AuthEnvironment.key("local"));
    }

    @Test
    void anEnvironmentFileIsKeptUnderItsNormalisedAbsolutePath() {
        String expected = Path.of("environments/dev.yaml").toAbsolutePath().normalize().toString();
        assertEquals(expected, AuthEnvironment.key("environments/dev.yaml"));
        assertEquals(expected, AuthEnvironment.key("./environments/../environments/dev.yaml"));
        assertEquals(Path.of("staging.yml").toAbsolutePath().toString(), AuthEnvironment.key("staging.yml"));
    }

    @Test
    void theSystemPropertyMovesTheTokenFolder() {
        System.setProperty(AuthTokenFolder.PROPERTY, "/tmp/somewhere/tokens");
        assertEquals(Path.of("/tmp/somewhere/tokens"), AuthTokenFolder.store().folder());
    }

    @Test
    void withoutThePropertyTheFolderIsTheVariablesOrTheDefault() {
        String variable = System.getenv(AuthTokenFolder.VARIABLE);
        Path expected = variable == null || variable.isBlank() ? StoredTokens.defaultFolder() : Path.of(variable);
        assertEquals(expected.toAbsolutePath(), AuthTokenFolder.store().folder());
    }
}
