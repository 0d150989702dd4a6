package dev.baton.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.http.TransportException;
import dev.baton.json.Jackson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Tokens from an interactive sign-in, kept between runs in JSON files outside the repository: by default in
 * {@code $XDG_CONFIG_HOME/baton/tokens}, else {@code ~/.config/baton/tokens}. One file per environment and client.
 * On POSIX file systems the folder is created {@code 0700} and each file {@code 0600} from the start (written to a
 * private temporary file, then moved into place), so a token is never readable by others, not even briefly.
 */
public final class StoredTokens {

    private static final int FORMAT = 1;
    private static final int NAME_PART = 40;
    private static final Set<PosixFilePermission> FOLDER_MODE = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");

    private final Path folder;

    /** A store in {@code folder}, which is created when the first token is saved. */
    public StoredTokens(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder").toAbsolutePath();
    }

    /** The store in {@link #defaultFolder()}. */
    public static StoredTokens inDefaultFolder() {
        return new StoredTokens(defaultFolder());
    }

    /** {@code $XDG_CONFIG_HOME/baton/tokens} when that variable holds an absolute path, else ~/.config/baton/tokens. */
    /** The system property that moves the token folder, for tests and sandboxes. */
    public static final String FOLDER_PROPERTY = "baton.tokens.dir";
    /** The OS environment variable that moves the token folder. */
    public static final String FOLDER_VARIABLE = "BATON_TOKENS_DIR";

    /** The store this process uses: {@link #FOLDER_PROPERTY}, else {@link #FOLDER_VARIABLE}, else the default. */
    public static StoredTokens forThisProcess() {
        String property = System.getProperty(FOLDER_PROPERTY);
        if (property != null && !property.isBlank()) {
            return new StoredTokens(Path.of(property));
        }
        String variable = System.getenv(FOLDER_VARIABLE);
        return new StoredTokens(variable != null && !variable.isBlank() ? Path.of(variable) : defaultFolder());
    }

    /**
     * The key an environment's tokens are stored under: its name as given to {@code --env}, or the normalised
     * absolute path when {@code --env} names a file.
     */
    public static String environmentKey(String environmentOption) {
        boolean file = environmentOption.contains("/") || environmentOption.contains("\\")
                || environmentOption.endsWith(".yaml") || environmentOption.endsWith(".yml");
        return file ? Path.of(environmentOption).toAbsolutePath().normalize().toString() : environmentOption;
    }

    public static Path defaultFolder() {
        return defaultFolder(System.getenv(), System.getProperty("user.home"));
    }

    static Path defaultFolder(Map<String, String> environment, String userHome) {
        String xdg = environment.get("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(userHome, ".config");
        return config.resolve("baton").resolve("tokens");
    }

    /** The folder the files are in. */
    public Path folder() {
        return folder;
    }

    /** The file for an environment and client: readable parts of both, and a hash that keeps keys apart. */
    public Path file(String environment, String clientId) {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(clientId, "clientId");
        String hash = sha256(environment + "\n" + clientId).substring(0, 16);
        return folder.resolve(readable(environment) + "--" + readable(clientId) + "--" + hash + ".json");
    }

    /** Saves the tokens of {@code response}, received at {@code obtainedAt}, replacing those kept before. */
    public StoredToken save(String environment, String clientId, TokenResponse response, Instant obtainedAt)
            throws IOException {
        return save(StoredToken.of(environment, clientId, response, obtainedAt));
    }

    /** Saves {@code token}, replacing what was kept for its environment and client. */
    public StoredToken save(StoredToken token) throws IOException {
        Path target = file(token.environment(), token.clientId());
        createFolder();
        byte[] body = Jackson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(toJson(token));
        Path temporary = posix() ? Files.createTempFile(folder, ".baton-", ".tmp", attribute(FILE_MODE))
                : Files.createTempFile(folder, ".baton-", ".tmp");
        try {
            Files.write(temporary, body);
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return token;
    }

    /** The tokens kept for an environment and client, if any. */
    public Optional<StoredToken> read(String environment, String clientId) throws IOException {
        Path file = file(environment, clientId);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        if (posix() && !Files.getPosixFilePermissions(file).equals(FILE_MODE)) {
            Files.setPosixFilePermissions(file, FILE_MODE);
        }
        JsonNode json;
        try {
            json = Jackson.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IOException("the token file " + file + " is not valid JSON; delete it and sign in again");
        }
        StoredToken token = fromJson(json, file);
        if (!token.environment().equals(environment) || !token.clientId().equals(clientId)) {
            return Optional.empty();
        }
        return Optional.of(token);
    }

    /**
     * The kept tokens when still valid; when expired, refreshed with {@code refresher}, saved and returned. Empty when
     * nothing is kept, or the token expired and there is no refresh token.
     *
     * @throws TokenRequestException when the server refuses the refresh token: sign in again
     */
    public Optional<StoredToken> current(String environment, String clientId, RefreshTokenGrant refresher,
                                         Clock clock) throws IOException, TokenRequestException, TransportException {
        Optional<StoredToken> kept = read(environment, clientId);
        if (kept.isEmpty() || !kept.get().isExpired(clock)) {
            return kept;
        }
        return kept.get().canRefresh() ? Optional.of(refresh(kept.get(), refresher, clock)) : Optional.empty();
    }

    /** Redeems the kept refresh token now, saves the new tokens and returns them. */
    public StoredToken refresh(StoredToken token, RefreshTokenGrant refresher, Clock clock)
            throws IOException, TokenRequestException, TransportException {
        if (!token.canRefresh()) {
            throw new IllegalStateException("no refresh token is kept for " + token.environment() + " / "
                    + token.clientId() + "; sign in again");
        }
        TokenResponse response = refresher.refresh(token.refreshToken());
        return save(token.refreshedWith(response, clock.instant()));
    }

    /** Deletes what is kept for an environment and client, as a logout does; true when there was something. */
    public boolean delete(String environment, String clientId) throws IOException {
        return Files.deleteIfExists(file(environment, clientId));
    }

    private void createFolder() throws IOException {
        if (!posix()) {
            Files.createDirectories(folder);
            return;
        }
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder.getParent());
            try {
                Files.createDirectory(folder, attribute(FOLDER_MODE));
            } catch (FileAlreadyExistsException raced) {
                // created meanwhile; its mode is checked below
            }
        }
        if (!Files.getPosixFilePermissions(folder).equals(FOLDER_MODE)) {
            Files.setPosixFilePermissions(folder, FOLDER_MODE);
        }
    }

    private boolean posix() {
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> mode) {
        return PosixFilePermissions.asFileAttribute(mode);
    }

    private static ObjectNode toJson(StoredToken token) {
        ObjectNode json = Jackson.mapper().createObjectNode();
        json.put("format", FORMAT);
        json.put("environment", token.environment());
        json.put("clientId", token.clientId());
        json.put("accessToken", token.accessToken());
        json.put("tokenType", token.tokenType());
        json.put("refreshToken", token.refreshToken());
        json.put("scope", token.scope());
        json.put("obtainedAt", token.obtainedAt().toString());
        json.put("expiresAt", token.expiresAt() == null ? null : token.expiresAt().toString());
        return json;
    }

    private static StoredToken fromJson(JsonNode json, Path file) throws IOException {
        if (json == null || !json.isObject() || json.path("format").asInt() != FORMAT) {
            throw new IOException("the token file " + file + " has an unknown format; delete it and sign in again");
        }
        try {
            return new StoredToken(text(json, "environment"), text(json, "clientId"), text(json, "accessToken"),
                    text(json, "tokenType"), text(json, "refreshToken"), text(json, "scope"),
                    Instant.parse(text(json, "obtainedAt")), instant(text(json, "expiresAt")));
        } catch (NullPointerException | DateTimeParseException e) {
            throw new IOException("the token file " + file + " is incomplete; delete it and sign in again");
        }
    }

    private static String text(JsonNode json, String name) {
        JsonNode value = json.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static String readable(String text) {
        String cleaned = text.replaceAll("[^A-Za-z0-9._-]+", "_");
        return cleaned.length() <= NAME_PART ? cleaned : cleaned.substring(0, NAME_PART);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
