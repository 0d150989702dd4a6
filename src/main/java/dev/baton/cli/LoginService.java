package dev.baton.cli;

import dev.baton.auth.AuthorizationCallbackException;
import dev.baton.auth.BrowserLauncher;
import dev.baton.auth.InteractiveSignIn;
import dev.baton.auth.StoredToken;
import dev.baton.auth.StoredTokens;
import dev.baton.auth.TokenRequestException;
import dev.baton.auth.TokenResponse;
import dev.baton.http.ApacheHttpSender;
import dev.baton.http.TransportException;
import dev.baton.engine.RunSettings;
import dev.baton.load.EnvironmentLoader;
import dev.baton.model.InvalidInputException;
import dev.baton.report.Streams;
import dev.baton.sandbox.SandboxAccounts;
import dev.baton.secret.Redactor;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * {@code baton auth login}: reads the client and endpoints from the environment ({@link LoginTarget}), signs the
 * person in with their browser ({@link InteractiveSignIn}: a loopback listener, or a pasted address) and keeps the
 * tokens in {@link StoredTokens} under the environment's key ({@link AuthEnvironment#key(String)}) and the client
 * id. Prints where the tokens went and when they expire, never a token, code or verifier.
 */
public final class LoginService {

    /** How long to wait for the browser when no {@code --timeout} is given. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    private final Reader in;
    private final Streams streams;
    private final BrowserLauncher browser;
    private final StoredTokens store;
    private final EnvironmentLoader loader;
    private final Clock clock;

    /**
     * @param in      where a pasted address is read from (the terminal)
     * @param out     where instructions and the result go
     * @param err     where errors go
     * @param browser opens the authorization URL, and prints it
     * @param store   where the tokens are kept
     */
    public LoginService(Reader in, PrintWriter out, PrintWriter err, BrowserLauncher browser, StoredTokens store) {
        this(in, Streams.of(out, err), browser, store);
    }

    /** A service writing through the command line's streams and output boundary, whose registry it feeds. */
    LoginService(Reader in, Streams streams, BrowserLauncher browser, StoredTokens store) {
        this(in, streams, browser, store, new EnvironmentLoader(), Clock.systemUTC());
    }

    LoginService(Reader in, Streams streams, BrowserLauncher browser, StoredTokens store, EnvironmentLoader loader,
                 Clock clock) {
        this.in = Objects.requireNonNull(in, "in");
        this.streams = Objects.requireNonNull(streams, "streams");
        this.browser = Objects.requireNonNull(browser, "browser");
        this.store = Objects.requireNonNull(store, "store");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Signs in and saves the tokens.
     *
     * @param paste   read the pasted address even when the redirect URI is a loopback one
     * @param timeout how long to wait for the browser to come back to the loopback listener
     * @return {@link ExitCodes#PASSED}; {@link ExitCodes#INVALID_INPUT} for an unknown environment or a missing
     *         variable; {@link ExitCodes#FAILED} when the sign-in was refused, timed out or came back forged
     */
    public int login(AuthRequest request, boolean paste, Duration timeout) {
        Redactor redactor = streams.boundary().secrets();
        PrintWriter out = streams.out();
        AuthFailures failures = new AuthFailures(streams.err(), request.debug());
        try {
            OptionChecks.check(request.network(), RunSettings.DEFAULT_TIMEOUT);
        } catch (InvalidInputException e) {
            return failures.invalid(new AuthInputException("error: " + e.getMessage()));
        }
        if (request.network().insecure()) {
            streams.err().println("warning: --insecure: TLS certificates and host names are not checked");
        }
        try (AuthEnvironment environment = AuthEnvironment.open(request, loader, true, redactor)) {
            LoginTarget target = LoginTarget.from(environment);
            redactor.add(target.client().clientSecret());
            out.print(target.notes());
            environment.sandboxUrl().ifPresent(url -> {
                out.println("Started Baton's embedded OAuth sandbox at " + url + " for this sign-in: sign in as "
                        + SandboxAccounts.USER_EMAIL + " (the password is in docs/pkce.md).");
                out.println("It stops when this command ends, and the tokens it issued stop working with it.");
            });
            TokenResponse tokens = signIn(request, target, paste, timeout);
            redactor.add(tokens.accessToken());
            redactor.add(tokens.refreshToken());
            redactor.add(tokens.idToken());
            return save(environment, target, tokens, failures, out);
        } catch (AuthInputException e) {
            return failures.invalid(e);
        } catch (AuthorizationCallbackException e) {
            return failures.failed("sign-in failed", e);
        } catch (TokenRequestException e) {
            return failures.failed("sign-in failed", e);
        } catch (TransportException e) {
            return failures.failed("cannot reach the token endpoint", e);
        } catch (IOException e) {
            return failures.failed("sign-in failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failures.failed("sign-in interrupted", e);
        }
    }

    /** Signs in through an HTTP client made as {@code baton run} makes its own, from the same options. */
    private TokenResponse signIn(AuthRequest request, LoginTarget target, boolean paste, Duration timeout)
            throws IOException, InterruptedException, AuthorizationCallbackException, TokenRequestException,
            TransportException {
        try (ApacheHttpSender sender = new ApacheHttpSender(request.network().http(RunSettings.DEFAULT_TIMEOUT),
                streams.boundary().secrets()::add)) {
            return new InteractiveSignIn(sender, browser, in, streams.out()).signIn(new InteractiveSignIn.Request(
                    target.authorizeUrl(), target.tokenUrl(), target.client(), target.redirectUri(), target.scope(),
                    paste, timeout));
        }
    }

    private int save(AuthEnvironment environment, LoginTarget target, TokenResponse tokens, AuthFailures failures,
                     PrintWriter out) {
        String clientId = target.client().clientId();
        StoredToken saved;
        try {
            saved = store.save(environment.key(), clientId, tokens, clock.instant());
        } catch (IOException e) {
            return failures.failed("signed in, but cannot save the tokens in " + store.folder(), e);
        }
        out.println("Signed in to environment '" + environment.name() + "' as client " + clientId + ".");
        out.println("Tokens saved to " + store.file(environment.key(), clientId));
        out.println(AuthExpiry.describe(saved, clock) + ".");
        out.flush();
        return ExitCodes.PASSED;
    }
}
