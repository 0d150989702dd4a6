package dev.baton.engine;

import dev.baton.auth.PkceSession;
import dev.baton.auth.TokenRequestException;
import dev.baton.http.ApacheHttpSender;
import dev.baton.http.BearerAuthorization;
import dev.baton.http.HttpSender;
import dev.baton.http.Recording;
import dev.baton.http.RedirectFollowing;
import dev.baton.http.SecretRegistration;
import dev.baton.http.TransportException;
import dev.baton.model.Collection;
import dev.baton.model.PkceAuth;
import dev.baton.model.TokenAuth;
import dev.baton.results.ExchangeRecord;
import dev.baton.results.ExportedValue;
import dev.baton.template.TemplateException;
import dev.baton.template.Variables;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of one iteration of a collection (or of a plain collection's only pass), made when it starts and
 * closed when it ends: its variables, its cookies (an HTTP session on the run's connection pool), its PKCE
 * session, what its failed steps did not capture, and the HTTP chain its steps send through:
 * bearer token, redirects, secret registration, recording, then the network.
 */
final class IterationRun implements AutoCloseable {

    private final RunContext run;
    private final Collection collection;
    private final Variables variables;
    private final PkceSession pkce;
    private final ApacheHttpSender session;
    private final List<ExchangeRecord> exchanges = new ArrayList<>();
    private final HttpSender wire;
    private final HttpSender direct;
    private final HttpSender following;
    private final Dependencies dependencies = new Dependencies();

    IterationRun(RunContext run, Collection collection, Iteration iteration) throws TemplateException {
        this.run = run;
        this.collection = collection;
        this.variables = RunVariables.create(collection, run.resources(), run.settings(), iteration,
                run.secrets());
        this.pkce = RunVariables.pkce(collection.auth() instanceof PkceAuth p ? p : null, variables);
        this.session = run.session();
        HttpSender recorded = run.recordsExchanges() ? new Recording(session, exchanges::add) : session;
        this.wire = new SecretRegistration(recorded, run.secrets());
        this.direct = new BearerAuthorization(wire, this::bearer);
        this.following = new BearerAuthorization(new RedirectFollowing(wire, run.settings().maxRedirects()),
                this::bearer);
    }

    RunContext run() {
        return run;
    }

    Collection collection() {
        return collection;
    }

    Variables variables() {
        return variables;
    }

    /** The PKCE session, or {@code null} when the collection has no PKCE helper. */
    PkceSession pkce() {
        return pkce;
    }

    /** The collection's PKCE helper, or {@code null}. */
    PkceAuth pkceAuth() {
        return collection.auth() instanceof PkceAuth p ? p : null;
    }

    Dependencies dependencies() {
        return dependencies;
    }

    /** The chain for a request: with redirects followed, or not. */
    HttpSender sender(boolean followRedirects) {
        return followRedirects ? following : direct;
    }

    /** The chain without a token helper's bearer token or redirects: for the sign-in driver, which follows them. */
    HttpSender browser() {
        return wire;
    }

    /** The exchanges recorded since the last call. */
    List<ExchangeRecord> takeExchanges() {
        List<ExchangeRecord> taken = List.copyOf(exchanges);
        exchanges.clear();
        return taken;
    }

    /** The token helper's access token, fetched (once per run and helper) when first asked; else nothing. */
    Optional<String> bearer() {
        if (!(collection.auth() instanceof TokenAuth auth)) {
            return Optional.empty();
        }
        try {
            String token = run.tokens().accessToken(auth, variables);
            variables.capture(TokenVariables.ACCESS_TOKEN, token, true);
            return Optional.of(token);
        } catch (TemplateException e) {
            throw new StepError(e.getMessage(), e.position());
        } catch (TokenRequestException | TransportException e) {
            throw new StepError("cannot get an access token: " + e.getMessage(), auth.tokenUrl().position());
        }
    }

    /** The variables at the end, for {@code --export-env}. */
    Map<String, ExportedValue> exported() {
        return ExportedVariables.of(variables, run.output());
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (IOException ignored) {
            // the session shares the run's pool, which stays open
        }
    }
}
