package dev.baton.engine;

import dev.baton.audit.AuditClient;
import dev.baton.audit.AuthorizationAttempt;
import dev.baton.audit.Inconclusive;
import dev.baton.audit.Probe;
import dev.baton.audit.ProbeContext;
import dev.baton.audit.UserCredentials;
import dev.baton.audit.probes.Probes;
import dev.baton.audit.TokenReply;
import dev.baton.audit.Verdict;
import dev.baton.auth.Arrival;
import dev.baton.auth.AuthorizationResponse;
import dev.baton.auth.ClientSecretBasic;
import dev.baton.auth.SignIn;
import dev.baton.auth.SignInDriver;
import dev.baton.auth.SignInException;
import dev.baton.auth.SignInSettings;
import dev.baton.auth.ServerMetadata;
import dev.baton.http.ApacheHttpSender;
import dev.baton.http.Header;
import dev.baton.http.HttpResult;
import dev.baton.http.HttpSender;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.Recording;
import dev.baton.http.SecretRegistration;
import dev.baton.http.TransportException;
import dev.baton.http.Urls;
import dev.baton.model.Step;
import dev.baton.results.ExchangeRecord;
import dev.baton.template.TemplateException;
import dev.baton.template.Variables;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One audit probe run as a step: its own browser (cookies of its own, on the run's pool, recorded like any step's
 * requests), the server's metadata discovered once per run, the client from the {@code <<audit.*>>} variables, and
 * the probe's {@link Verdict}. The browser never requests a URI of the client: a redirect there ends the sign-in.
 */
final class ProbeRun implements ProbeContext, AutoCloseable {

    private static final String FORM = "application/x-www-form-urlencoded";

    private final RunContext run;
    private final Step step;
    private final Variables variables;
    private final ApacheHttpSender session;
    private final List<ExchangeRecord> exchanges = new ArrayList<>();
    private final HttpSender wire;
    private final ServerMetadata server;
    private final AuditClient client;
    private final AuditClient other;

    /** @throws StepError when a value does not resolve or the server's metadata cannot be had */
    ProbeRun(IterationRun iteration, Step step) throws TemplateException {
        this.run = iteration.run();
        this.step = step;
        this.variables = iteration.variables();
        this.client = new AuditClient(value("audit.client_id"), value("audit.client_secret"),
                value("audit.redirect_uri"), value("audit.scope"));
        String otherId = value("audit.other_client_id");
        this.other = otherId == null ? null : new AuditClient(otherId, value("audit.other_client_secret"),
                client.redirectUri(), client.scope());
        this.server = AuditServer.metadata(run, value("audit.issuer"), endpoints());
        this.session = run.session();
        HttpSender recorded = run.recordsExchanges() ? new Recording(session, exchanges::add) : session;
        this.wire = new SecretRegistration(recorded, run.secrets());
        if (client.clientSecret() != null) {
            run.secrets().add(client.clientSecret());
        }
        if (other != null && other.clientSecret() != null) {
            run.secrets().add(other.clientSecret());
        }
    }

    /** Runs the probe the step names. */
    Verdict verdict() {
        Probe probe = Probes.byId(step.probe()).orElseThrow(() -> new IllegalStateException("no probe "
                + step.probe()));
        try {
            return probe.run(this);
        } catch (Inconclusive e) {
            return Verdict.inconclusive(e.getMessage());
        }
    }

    /** The requests and responses of the probe. */
    List<ExchangeRecord> exchanges() {
        return List.copyOf(exchanges);
    }

    @Override
    public ServerMetadata server() {
        return server;
    }

    @Override
    public AuditClient client() {
        return client;
    }

    @Override
    public Optional<AuditClient> otherClient() {
        return Optional.ofNullable(other);
    }

    @Override
    public Optional<UserCredentials> user() {
        try {
            return UserCredentials.of(SignInSettings.of(step.login(), variables, run.secrets(), client.scope(),
                    List.of()).fields());
        } catch (TemplateException e) {
            return Optional.empty();
        }
    }

    @Override
    public AuthorizationAttempt authorize(Map<String, String> query, String redirectUri) throws TransportException {
        String endpoint = server.text("authorization_endpoint").orElseThrow(() -> new TransportException(
                "the metadata has no authorization_endpoint", null));
        URI uri = URI.create(endpoint + (endpoint.contains("?") ? "&" : "?") + Urls.formEncode(query));
        ClientGuard guard = new ClientGuard(wire, List.of(client.redirectUri(), redirectUri));
        try {
            SignIn signIn = SignInSettings.of(step.login(), variables, run.secrets(), query.get("scope"), List.of());
            HttpResult first = guard.send(signIn.headers().apply(OutgoingRequest.get(uri)));
            Arrival arrival = new SignInDriver(guard, run.secrets()).drive(first, signIn, redirectUri);
            URI location = arrival.last().isRedirect() ? arrival.last().location().orElse(URI.create(redirectUri))
                    : URI.create(redirectUri);
            registerCode(arrival.response());
            return new AuthorizationAttempt(AuthorizationAttempt.Ending.ARRIVED, arrival.response(), location,
                    guard.responses(), "HTTP " + arrival.last().status());
        } catch (ClientGuard.ClientReached reached) {
            AuthorizationResponse response = AuthorizationResponse.fromUri(reached.location());
            registerCode(response);
            return new AuthorizationAttempt(AuthorizationAttempt.Ending.ELSEWHERE, response, reached.location(),
                    guard.responses(), "redirect");
        } catch (SignInException e) {
            List<HttpResult> responses = guard.responses();
            HttpResult last = responses.isEmpty() ? null : responses.get(responses.size() - 1);
            String detail = last == null ? e.getMessage() : "HTTP " + last.status()
                    + (last.mediaType().isEmpty() ? "" : " " + last.mediaType()) + (responses.size() > 1
                    ? " after " + (responses.size() - 1) + " pages; " + e.getMessage() : "");
            return new AuthorizationAttempt(AuthorizationAttempt.Ending.STOPPED, null, null, responses, detail);
        } catch (TemplateException e) {
            throw new StepError(e.getMessage(), e.position());
        }
    }

    @Override
    public TokenReply token(AuditClient as, Map<String, String> form) throws TransportException {
        String endpoint = server.text("token_endpoint").orElseThrow(() -> new TransportException(
                "the metadata has no token_endpoint", null));
        List<Header> headers = new ArrayList<>();
        headers.add(new Header("Accept", "application/json"));
        Map<String, String> body = new LinkedHashMap<>(form);
        if (as.isPublic()) {
            body.put("client_id", as.clientId());
        } else {
            headers.add(new Header("Authorization", ClientSecretBasic.header(as.clientId(), as.clientSecret())));
        }
        return TokenReply.of(wire.send(new OutgoingRequest("POST", URI.create(endpoint), headers,
                Urls.formEncode(body).getBytes(StandardCharsets.UTF_8), FORM, null)));
    }

    @Override
    public HttpResult send(OutgoingRequest request) throws TransportException {
        return wire.send(request);
    }

    @Override
    public void secret(String value) {
        run.secrets().add(value);
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (IOException ignored) {
            // the session shares the run's pool, which stays open
        }
    }

    private void registerCode(AuthorizationResponse response) {
        if (response != null && response.code() != null) {
            run.secrets().add(response.code());
        }
    }

    private Map<String, String> endpoints() throws TemplateException {
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("authorization_endpoint", value("audit.authorization_endpoint"));
        endpoints.put("token_endpoint", value("audit.token_endpoint"));
        endpoints.put("userinfo_endpoint", value("audit.userinfo_endpoint"));
        return endpoints;
    }

    private String value(String name) throws TemplateException {
        if (!variables.isDefined(name)) {
            return null;
        }
        String value = variables.valueOf(name, step.position());
        return value == null || value.isBlank() ? null : value.trim();
    }
}
