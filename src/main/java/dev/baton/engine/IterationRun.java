package dev.baton.engine;

import dev.baton.auth.AuthContext;
import dev.baton.auth.AuthSession;
import dev.baton.auth.AuthTypes;
import dev.baton.browser.SignInCookies;
import dev.baton.cookie.StoredCookie;
import dev.baton.http.ApacheHttpSender;
import dev.baton.http.HttpSender;
import dev.baton.http.Recording;
import dev.baton.http.RedirectFollowing;
import dev.baton.http.SecretRegistration;
import dev.baton.model.Collection;
import dev.baton.results.ExchangeRecord;
import dev.baton.results.ExportedValue;
import dev.baton.secret.Redactor;
import dev.baton.template.TemplateException;
import dev.baton.template.Variables;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The state of one iteration of a collection (or of a plain collection's only pass), made when it starts and
 * closed when it ends: its variables, its cookies (an HTTP session on the run's connection pool), the session of its
 * {@code auth:} block, what its failed steps did not capture, and the HTTP chain its steps send through: what the
 * auth block adds (a bearer token), redirects, secret registration, recording, then the network.
 */
final class IterationRun implements AutoCloseable, AuthContext {

    private final RunContext run;
    private final Collection collection;
    private final Variables variables;
    private final AuthSession auth;
    private final ApacheHttpSender session;
    private final List<ExchangeRecord> exchanges = new ArrayList<>();
    private final HttpSender wire;
    private final HttpSender direct;
    private final HttpSender following;
    private final Dependencies dependencies = new Dependencies();

    /**
     * @throws dev.baton.auth.AuthFailure when the auth block cannot start, such as a pinned value that does not
     *                                    resolve
     */
    IterationRun(RunContext run, Collection collection, Iteration iteration) {
        this.run = run;
        this.collection = collection;
        this.variables = RunVariables.create(collection, run.resources(), run.settings(), iteration,
                run.secrets()::add);
        this.session = run.session();
        HttpSender recorded = run.recordsExchanges() ? new Recording(session, exchanges::add) : session;
        this.wire = new SecretRegistration(recorded, run.secrets());
        this.auth = AuthTypes.start(collection.auth(), this);
        HttpSender hop = auth.aroundEachHop(wire);
        this.direct = auth.around(hop);
        this.following = auth.around(new RedirectFollowing(hop, run.settings().maxRedirects()));
    }

    RunContext run() {
        return run;
    }

    Collection collection() {
        return collection;
    }

    @Override
    public Variables variables() {
        return variables;
    }

    /** The session of the collection's auth block; one that adds nothing without a block. */
    AuthSession auth() {
        return auth;
    }

    @Override
    public void define(String name, String value, boolean secret) {
        if (!collection.auth().defines().contains(name)) {
            throw new IllegalStateException("auth type " + collection.auth().type() + " set '" + name
                    + "', which it does not declare");
        }
        variables.capture(name, value, secret);
    }

    @Override
    public HttpSender sender() {
        return run.authSender();
    }

    @Override
    public HttpSender signInSender() {
        return new SignInLegSecrets(run.authSender(), run.secrets());
    }

    @Override
    public Redactor secrets() {
        return run.secrets();
    }

    @Override
    public String environment() {
        return RunContext.environmentKey(run.settings());
    }

    @Override
    public <T> T shared(Object key, Class<T> type, Supplier<T> make) {
        return run.shared(key, type, make);
    }

    Dependencies dependencies() {
        return dependencies;
    }

    /** The chain for a request: with redirects followed, or not. */
    HttpSender sender(boolean followRedirects) {
        return followRedirects ? following : direct;
    }

    /** The chain without what the auth block adds or redirects: for the sign-in driver, which follows them. */
    HttpSender browser() {
        return wire;
    }

    /** This iteration's jar, as a browser's sign-in starts from it and hands its cookies back to it. */
    SignInCookies signInCookies() {
        return new SignInCookies() {
            @Override
            public List<StoredCookie> current() {
                return session.cookies();
            }

            @Override
            public void store(java.net.URI origin, String setCookie) {
                session.storeCookie(origin, setCookie);
            }
        };
    }

    /** The exchanges recorded since the last call. */
    List<ExchangeRecord> takeExchanges() {
        List<ExchangeRecord> taken = List.copyOf(exchanges);
        exchanges.clear();
        return taken;
    }

    /** Why the step's {@code when:} or {@code skip:} skips it now, or empty when it runs. */
    Optional<String> skipReason(dev.baton.model.Step step) {
        try {
            return dev.baton.check.StepConditions.skipReason(step.condition(), this::variable,
                    text -> Resolving.resolve(variables, text));
        } catch (dev.baton.check.CheckException | Resolving.Failed e) {
            String why = e instanceof Resolving.Failed failed ? failed.cause().getMessage() : e.getMessage();
            return Optional.of("its condition cannot be checked: " + why);
        }
    }

    private Optional<String> variable(String name) {
        if (!variables.isDefined(name)) {
            return Optional.empty();
        }
        try {
            return Optional.of(variables.valueOf(name, dev.baton.model.Position.of("when")));
        } catch (TemplateException e) {
            return Optional.empty();
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
