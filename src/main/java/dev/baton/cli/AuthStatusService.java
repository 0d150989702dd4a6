package dev.baton.cli;

import dev.baton.auth.StoredToken;
import dev.baton.auth.StoredTokens;
import dev.baton.load.EnvironmentLoader;
import dev.baton.report.Streams;
import dev.baton.secret.Redactor;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code baton auth status}: says whether tokens are stored for the environment and its {@code clientId}, where,
 * and when the access token expires. Shows no token.
 */
public final class AuthStatusService {

    private final Streams streams;
    private final StoredTokens store;
    private final EnvironmentLoader loader;
    private final Clock clock;

    /** A service printing to {@code out} and {@code err}, reading from {@code store}. */
    public AuthStatusService(PrintWriter out, PrintWriter err, StoredTokens store) {
        this(Streams.of(out, err), store, new EnvironmentLoader(), Clock.systemUTC());
    }

    /** A service writing through the command line's streams and output boundary, whose registry it feeds. */
    AuthStatusService(Streams streams, StoredTokens store) {
        this(streams, store, new EnvironmentLoader(), Clock.systemUTC());
    }

    AuthStatusService(Streams streams, StoredTokens store, EnvironmentLoader loader, Clock clock) {
        this.streams = Objects.requireNonNull(streams, "streams");
        this.store = Objects.requireNonNull(store, "store");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Prints the status.
     *
     * @return {@link ExitCodes#PASSED} when a usable token is stored (valid, or expired with a refresh token);
     *         {@link ExitCodes#FAILED} when none is, or the file cannot be read; {@link ExitCodes#INVALID_INPUT} for
     *         an unknown environment or a missing {@code clientId}
     */
    public int status(AuthRequest request) {
        Redactor redactor = streams.boundary().secrets();
        PrintWriter out = streams.out();
        AuthFailures failures = new AuthFailures(streams.err(), request.debug());
        try (AuthEnvironment environment = AuthEnvironment.open(request, loader, false, redactor)) {
            String clientId = environment.required(LoginTarget.CLIENT_ID, "the OAuth client id");
            String where = "environment '" + environment.name() + "' and client " + clientId;
            Optional<StoredToken> token = store.read(environment.key(), clientId);
            if (token.isEmpty()) {
                out.println("Not signed in: no tokens are stored for " + where + "; run 'baton auth login --env "
                        + request.environment() + "'.");
                out.flush();
                return ExitCodes.FAILED;
            }
            redactor.add(token.get().accessToken());
            redactor.add(token.get().refreshToken());
            out.println("Signed in: tokens for " + where + " are stored in " + store.file(environment.key(),
                    clientId));
            out.println(AuthExpiry.describe(token.get(), clock) + ".");
            out.flush();
            boolean usable = !token.get().isExpired(clock) || token.get().canRefresh();
            return usable ? ExitCodes.PASSED : ExitCodes.FAILED;
        } catch (AuthInputException e) {
            return failures.invalid(e);
        } catch (IOException e) {
            return failures.failed("cannot read the stored tokens", e);
        }
    }
}
