package dev.baton.auth;

import dev.baton.http.TransportException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Access tokens from a refresh token that the run was given (an OS environment variable set by a CI's secret store)
 * rather than from the token folder. A server that rotates refresh tokens (RFC 9700 §4.14.2; Zoom and the sandbox do,
 * on every use) answers each refresh with a new one, which is used from then on and, when the user names a file,
 * written there (mode 0600, replaced whole) for a later CI step to store back; it is never printed. What was done is
 * told as notes that hold no token.
 */
public final class RotatingRefreshToken implements TokenSource {

    private final RefreshTokenGrant grant;
    private final Path saveTo;
    private final List<String> notes = new ArrayList<>();
    private String current;

    /**
     * @param saveTo where to write a rotated refresh token, or {@code null} to keep it for this run only
     */
    public RotatingRefreshToken(RefreshTokenGrant grant, String refreshToken, Path saveTo) {
        this.grant = Objects.requireNonNull(grant, "grant");
        this.current = Objects.requireNonNull(refreshToken, "refreshToken");
        this.saveTo = saveTo;
    }

    @Override
    public synchronized TokenResponse fetch() throws TokenRequestException, TransportException {
        TokenResponse response = grant.refresh(current);
        String rotated = response.refreshToken();
        if (rotated != null && !rotated.isEmpty() && !rotated.equals(current)) {
            current = rotated;
            notes.add(saved(rotated));
        }
        return response;
    }

    /** The refresh token in use: the one given, or the last one the server rotated to. */
    public synchronized String current() {
        return current;
    }

    /** What happened to rotated refresh tokens since the last call, for the run's output; no token in them. */
    public synchronized List<String> takeNotes() {
        List<String> taken = List.copyOf(notes);
        notes.clear();
        return taken;
    }

    private String saved(String rotated) {
        if (saveTo == null) {
            return "auth: the server rotated the refresh token and the one given no longer works; name a file with "
                    + "'saveRefreshToken:' to keep the new one for the next run";
        }
        try {
            write(saveTo, rotated);
            return "auth: the server rotated the refresh token; the new one is in " + saveTo
                    + " (mode 0600): store it back in the CI's secret store for the next run";
        } catch (IOException e) {
            return "auth: the server rotated the refresh token, but it could not be written to " + saveTo + ": "
                    + e.getMessage();
        }
    }

    /** Writes the token to a new 0600 file beside the target and moves it over, so no reader sees half a token. */
    static void write(Path file, String token) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path partial = folder.resolve("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        Files.deleteIfExists(partial);
        try {
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(partial);
        } catch (FileAlreadyExistsException raced) {
            throw new IOException("another process is writing " + file, raced);
        }
        try {
            Files.writeString(partial, token + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
