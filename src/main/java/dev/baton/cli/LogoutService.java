package dev.baton.cli;

import dev.baton.auth.StoredTokens;
import dev.baton.load.EnvironmentLoader;
import dev.baton.report.Streams;
import dev.baton.secret.Redactor;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Objects;

/**
 * {@code baton auth logout}: deletes the tokens {@code baton auth login} kept for the environment and its
 * {@code clientId}. Nothing is sent to the server; a person who wants the grant revoked does so in the provider's
 * app settings.
 */
public final class LogoutService {

    private final Streams streams;
    private final StoredTokens store;
    private final EnvironmentLoader loader;

    /** A service printing to {@code out} and {@code err}, deleting from {@code store}. */
    public LogoutService(PrintWriter out, PrintWriter err, StoredTokens store) {
        this(Streams.of(out, err), store, new EnvironmentLoader());
    }

    /** A service writing through the command line's streams and output boundary, whose registry it feeds. */
    LogoutService(Streams streams, StoredTokens store) {
        this(streams, store, new EnvironmentLoader());
    }

    LogoutService(Streams streams, StoredTokens store, EnvironmentLoader loader) {
        this.streams = Objects.requireNonNull(streams, "streams");
        this.store = Objects.requireNonNull(store, "store");
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /**
     * Deletes the stored tokens.
     *
     * @return {@link ExitCodes#PASSED} whether or not there was anything; {@link ExitCodes#INVALID_INPUT} for an
     *         unknown environment or a missing {@code clientId}; {@link ExitCodes#FAILED} when the file cannot be
     *         deleted
     */
    public int logout(AuthRequest request) {
        Redactor redactor = streams.boundary().secrets();
        PrintWriter out = streams.out();
        AuthFailures failures = new AuthFailures(streams.err(), request.debug());
        try (AuthEnvironment environment = AuthEnvironment.open(request, loader, false, redactor)) {
            String clientId = environment.required(LoginTarget.CLIENT_ID, "the OAuth client id");
            String where = "environment '" + environment.name() + "' and client " + clientId;
            if (store.delete(environment.key(), clientId)) {
                out.println("Signed out: deleted the tokens of " + where + " (" + store.file(environment.key(),
                        clientId) + ").");
            } else {
                out.println("Nothing to delete: no tokens are stored for " + where + ".");
            }
            out.flush();
            return ExitCodes.PASSED;
        } catch (AuthInputException e) {
            return failures.invalid(e);
        } catch (IOException e) {
            return failures.failed("cannot delete the stored tokens", e);
        }
    }
}
