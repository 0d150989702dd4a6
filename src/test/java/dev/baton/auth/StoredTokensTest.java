package dev.baton.auth;

import dev.baton.http.ApacheHttpSender;
import dev.baton.http.HttpResult;
import dev.baton.http.HttpSender;
import dev.baton.sandbox.OAuthSandbox;
import dev.baton.sandbox.SandboxAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class StoredTokensTest {

    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    private static OAuthSandbox sandbox;

    @TempDir
    Path home;
    private Path folder;
    private StoredTokens store;
    private final TestClock clock = new TestClock(NOW);

    @BeforeAll
    static void start() {
        sandbox = OAuthSandbox.start(0);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void newStore() {
        folder = home.resolve(".config/baton/tokens");
        store = new StoredTokens(folder);
    }

    private static TokenResponse tokens(String access, String refresh, Long expiresIn) {
        return new TokenResponse(access, "bearer", expiresIn, refresh, "user:read", null);
    }

    @Test
    void theDefaultFolderFollowsXdgConfigHome() {
        assertEquals(Path.of("/cfg/baton/tokens"), StoredTokens.defaultFolder(Map.of("XDG_CONFIG_HOME", "/cfg"),
                "/home/ada"));
        assertEquals(Path.of("/home/ada/.config/baton/tokens"), StoredTokens.defaultFolder(Map.of(), "/home/ada"));
        assertEquals(Path.of("/home/ada/.config/baton/tokens"),
                StoredTokens.defaultFolder(Map.of("XDG_CONFIG_HOME", "relative/cfg"), "/home/ada"));
    }

    @Test
    void theFolderIs0700AndTheFile0600FromTheStart() throws Exception {
        assumeTrue(home.getFileSystem().supportedFileAttributeViews().contains("posix"));

        store.save("dev", "client-a", tokens("access-1", "refresh-1", 3600L), NOW);

        Path file = store.file("dev", "client-a");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aFolderThatOthersCanReadIsTightened() throws Exception {
        assumeTrue(home.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));

        store.save("dev", "client-a", tokens("access-1", null, null), NOW);

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
    }

    @Test
    void readsBackWhatWasSavedPerEnvironmentAndClient() throws Exception {
        store.save("dev", "client-a", tokens("access-dev", "refresh-dev", 3600L), NOW);
        store.save("prod", "client-a", tokens("access-prod", null, null), NOW);

        StoredToken dev = store.read("dev", "client-a").orElseThrow();
        assertEquals("access-dev", dev.accessToken());
        assertEquals("refresh-dev", dev.refreshToken());
        assertEquals("user:read", dev.scope());
        assertEquals(NOW, dev.obtainedAt());
        assertEquals(NOW.plusSeconds(3600), dev.expiresAt());
        assertEquals("access-prod", store.read("prod", "client-a").orElseThrow().accessToken());
        assertTrue(store.read("dev", "client-b").isEmpty());
        assertNotEquals(store.file("dev", "client-a"), store.file("dev", "client-b"));
    }

    @Test
    void fileNamesAreSafeForAnyKey() {
        Path file = store.file("../../etc/passwd", "a/b c");

        assertEquals(folder.toAbsolutePath(), file.getParent());
        assertTrue(file.getFileName().toString().matches("[A-Za-z0-9._-]+\\.json"), file.toString());
        assertNotEquals(store.file("a_b", "c"), store.file("a/b", "c"));
    }

    @Test
    void expiryHasASafetyMargin() {
        StoredToken token = StoredToken.of("dev", "c", tokens("a", null, 3600L), NOW);

        clock.advance(Duration.ofSeconds(3539));
        assertFalse(token.isExpired(clock));
        clock.advance(Duration.ofSeconds(1));
        assertTrue(token.isExpired(clock));
        assertFalse(StoredToken.of("dev", "c", tokens("a", null, null), NOW).isExpired(clock));
    }

    @Test
    void aValidTokenIsReusedWithoutAnyRequest() throws Exception {
        store.save("dev", "client-a", tokens("access-1", "refresh-1", 3600L), NOW);
        AtomicInteger requests = new AtomicInteger();
        HttpSender counting = request -> {
            requests.incrementAndGet();
            throw new AssertionError("no request expected");
        };
        RefreshTokenGrant refresher = new RefreshTokenGrant(counting, SandboxHttp.tokenUrl(sandbox),
                OAuthClient.confidential(SandboxAccounts.CONFIDENTIAL_CLIENT_ID,
                        SandboxAccounts.CONFIDENTIAL_CLIENT_SECRET));

        Optional<StoredToken> current = store.current("dev", "client-a", refresher, clock);

        assertEquals("access-1", current.orElseThrow().accessToken());
        assertEquals(0, requests.get());
    }

    @Test
    void anExpiredTokenIsRefreshedAgainstTheSandboxAndSaved() throws Exception {
        try (ApacheHttpSender sender = new ApacheHttpSender(Duration.ofSeconds(10))) {
            OAuthClient client = OAuthClient.confidential(SandboxAccounts.CONFIDENTIAL_CLIENT_ID,
                    SandboxAccounts.CONFIDENTIAL_CLIENT_SECRET);
            TokenResponse signedIn = SandboxSignIn.tokens(sender, sandbox, client);
            store.save("local", client.clientId(), signedIn, clock.instant());
            RefreshTokenGrant refresher = new RefreshTokenGrant(sender, SandboxHttp.tokenUrl(sandbox), client);

            clock.advance(Duration.ofHours(1));
            StoredToken refreshed = store.current("local", client.clientId(), refresher, clock).orElseThrow();

            assertNotEquals(signedIn.accessToken(), refreshed.accessToken());
            assertNotEquals(signedIn.refreshToken(), refreshed.refreshToken());
            assertEquals(clock.instant().plusSeconds(3599), refreshed.expiresAt());
            assertEquals(refreshed, store.read("local", client.clientId()).orElseThrow());
            HttpResult me = SandboxHttp.me(sender, sandbox, refreshed.accessToken());
            assertEquals(200, me.status(), me.bodyText());
            TokenRequestException reused = assertThrows(TokenRequestException.class,
                    () -> refresher.refresh(signedIn.refreshToken()));
            assertEquals("invalid_grant", reused.error());
        }
    }

    @Test
    void anExpiredTokenWithoutRefreshTokenIsNotCurrent() throws Exception {
        store.save("dev", "client-a", tokens("access-1", null, 60L), NOW);
        clock.advance(Duration.ofMinutes(5));
        RefreshTokenGrant unused = new RefreshTokenGrant(request -> {
            throw new AssertionError("no request expected");
        }, SandboxHttp.tokenUrl(sandbox), OAuthClient.publicClient("c"));

        assertTrue(store.current("dev", "client-a", unused, clock).isEmpty());
    }

    @Test
    void aRefreshThatDoesNotRotateKeepsTheOldRefreshToken() {
        StoredToken kept = StoredToken.of("dev", "c", tokens("a1", "r1", 60L), NOW);

        StoredToken refreshed = kept.refreshedWith(new TokenResponse("a2", "bearer", 60L, null, null, null),
                NOW.plusSeconds(120));

        assertEquals("a2", refreshed.accessToken());
        assertEquals("r1", refreshed.refreshToken());
        assertEquals("user:read", refreshed.scope());
    }

    @Test
    void deleteLogsOut() throws Exception {
        store.save("dev", "client-a", tokens("access-1", "refresh-1", 3600L), NOW);

        assertTrue(store.delete("dev", "client-a"));
        assertTrue(store.read("dev", "client-a").isEmpty());
        assertFalse(store.delete("dev", "client-a"));
    }

    @Test
    void aDamagedFileIsAClearError() throws Exception {
        store.save("dev", "client-a", tokens("access-1", "refresh-1", 3600L), NOW);
        Files.writeString(store.file("dev", "client-a"), "{not json");

        IOException e = assertThrows(IOException.class, () -> store.read("dev", "client-a"));
        assertTrue(e.getMessage().contains("delete it and sign in again"), e.getMessage());
    }

    @Test
    void toStringNeverShowsTokens() throws Exception {
        StoredToken token = store.save("dev", "client-a", tokens("access-secret-1", "refresh-secret-1", 3600L), NOW);

        assertFalse(token.toString().contains("secret"), token.toString());
    }
}
