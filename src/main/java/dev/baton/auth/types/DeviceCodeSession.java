package dev.baton.auth.types;

import dev.baton.auth.AuthContext;
import dev.baton.auth.AuthFailure;
import dev.baton.auth.AuthSession;
import dev.baton.auth.DeviceAuthorizationGrant;
import dev.baton.auth.DeviceAuthorizationResponse;
import dev.baton.auth.Discovery;
import dev.baton.auth.OAuthClient;
import dev.baton.auth.ServerMetadata;
import dev.baton.auth.SignIn;
import dev.baton.auth.SignInDriver;
import dev.baton.auth.SignInException;
import dev.baton.auth.SignInSettings;
import dev.baton.auth.TokenRequestException;
import dev.baton.http.BearerAuthorization;
import dev.baton.http.HttpResult;
import dev.baton.http.HttpSender;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.TransportException;
import dev.baton.http.UrlCheck;
import dev.baton.http.Urls;
import dev.baton.model.Text;
import dev.baton.template.TemplateException;
import dev.baton.template.Variables;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The device grant in one iteration: the first step of the run gets the tokens (every later one, and every other
 * iteration, shares them), sets {@code <<auth.access_token>>} and sends it as a bearer token on each request that
 * has no {@code Authorization} of its own. The user code is set as {@code <<device.user_code>>} (a secret) before
 * the sign-in, so that a login field can name it.
 */
final class DeviceCodeSession implements AuthSession {

    private final DeviceCodeAuth auth;
    private final AuthContext context;
    private Outcome outcome;
    private boolean noted;

    /** What the grant got, kept for the run. */
    record Outcome(String accessToken, String refreshToken, String userCode, String verificationUri, String note) {
    }

    DeviceCodeSession(DeviceCodeAuth auth, AuthContext context) {
        this.auth = auth;
        this.context = context;
    }

    @Override
    public void beforeStep() {
        if (outcome == null) {
            outcome = context.shared(List.of(DeviceCodeType.NAME, auth.position().toString()), OncePerRun.class,
                    OncePerRun::new).get(this::grant, Outcome.class);
        }
        context.define(TokenHelper.ACCESS_TOKEN, outcome.accessToken(), true);
        context.define(DeviceCodeAuth.USER_CODE, outcome.userCode(), true);
        context.define(DeviceCodeAuth.VERIFICATION_URI, outcome.verificationUri(), false);
        if (outcome.refreshToken() != null) {
            context.define(DeviceCodeAuth.REFRESH_TOKEN, outcome.refreshToken(), true);
        }
    }

    @Override
    public List<String> takeNotes() {
        if (outcome == null || noted) {
            return List.of();
        }
        noted = true;
        return List.of(outcome.note());
    }

    @Override
    public HttpSender around(HttpSender next) {
        return new BearerAuthorization(next, () -> Optional.ofNullable(outcome).map(Outcome::accessToken));
    }

    private Outcome grant() {
        Instant deadline = Instant.now().plus(auth.timeout());
        Variables variables = context.variables();
        try {
            String clientId = variables.resolve(auth.clientId()).trim();
            String secret = optional(variables, auth.clientSecret());
            context.secrets().add(secret);
            String scope = optional(variables, auth.scope());
            OAuthClient client = secret == null || secret.isEmpty() ? OAuthClient.publicClient(clientId)
                    : OAuthClient.confidential(clientId, secret);
            Endpoints endpoints = endpoints(variables);
            var grant = new DeviceAuthorizationGrant(context.sender(), endpoints.device(), endpoints.token(),
                    client, context.secrets());
            DeviceAuthorizationResponse device = grant.request(scope);
            Instant received = Instant.now();
            context.define(DeviceCodeAuth.USER_CODE, device.userCode(), true);
            SignIn signIn = SignInSettings.of(auth.login(), variables, context.secrets(), scope, List.of());
            Optional<DeviceAuthorizationGrant.Polled> early = signIn(device, signIn, grant, received);
            DeviceAuthorizationGrant.Polled polled = early.isPresent() ? early.get()
                    : grant.poll(device, received, deadline);
            context.secrets().add(polled.tokens().accessToken());
            context.secrets().add(polled.tokens().refreshToken());
            String note = "device grant: signed in at " + device.verificationUri() + "; token after "
                    + polled.polls() + (polled.polls() == 1 ? " poll" : " polls") + ", interval "
                    + polled.interval().toSeconds() + " s";
            return new Outcome(polled.tokens().accessToken(), polled.tokens().refreshToken(), device.userCode(),
                    device.verificationUri(), note);
        } catch (TemplateException e) {
            throw new AuthFailure(e.getMessage(), e.position());
        } catch (TokenRequestException | TransportException e) {
            throw new AuthFailure("device grant: " + e.getMessage(), auth.position());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthFailure("device grant: stopped while polling the token endpoint", auth.position());
        }
    }

    /**
     * Signs in at {@code verification_uri_complete}, or at {@code verification_uri} with the user code typed into
     * {@code user_code} unless a login field already names it. When the sign-in fails, the server may still have been
     * told the user's decision (an "abort" that leads back to the code form): the token endpoint is then asked once,
     * so that a denial is reported as the denial it is; tokens it issues then are returned.
     */
    private Optional<DeviceAuthorizationGrant.Polled> signIn(DeviceAuthorizationResponse device, SignIn written,
                                                             DeviceAuthorizationGrant grant, Instant received)
            throws TransportException, InterruptedException {
        SignIn signIn = written;
        boolean typed = written.fields().values().stream().anyMatch(v -> v.contains(device.userCode()));
        if (device.verificationUriComplete() == null && !typed) {
            Map<String, List<String>> fields = new LinkedHashMap<>(written.fields());
            fields.put("user_code", List.of(device.userCode()));
            signIn = new SignIn(fields, written.formSelector(), written.submitSelector(), written.maxPages(),
                    written.pages(), written.requestedScopes(), written.headers());
        }
        URI page = checked(device.signInUri(), "the verification URI");
        try {
            HttpSender leg = context.signInSender();
            HttpResult first = leg.send(signIn.headers().apply(new OutgoingRequest("GET", page, List.of(), null,
                    null, null)));
            new SignInDriver(leg, context.secrets()).complete(first, signIn);
            return Optional.empty();
        } catch (SignInException e) {
            String failed = "device grant: the sign-in at " + device.verificationUri() + " failed: " + e.getMessage();
            try {
                return Optional.of(grant.poll(device, received, Instant.now()));
            } catch (TokenRequestException refused) {
                if ("access_denied".equals(refused.error())) {
                    throw new AuthFailure("device grant: " + refused.getMessage() + "\n(" + failed + ")",
                            auth.position());
                }
                throw new AuthFailure(failed, auth.position());
            }
        }
    }

    private record Endpoints(URI device, URI token) {
    }

    private Endpoints endpoints(Variables variables) throws TemplateException {
        if (auth.deviceUrl() != null) {
            return new Endpoints(checked(variables.resolve(auth.deviceUrl()).trim(), "deviceUrl"),
                    checked(variables.resolve(auth.tokenUrl()).trim(), "tokenUrl"));
        }
        String issuer = auth.issuer() != null ? variables.resolve(auth.issuer())
                : variables.isDefined("issuer") ? variables.valueOf("issuer", auth.position()) : null;
        if (issuer == null) {
            throw new AuthFailure(DeviceCodeAuth.NO_ENDPOINTS, auth.position());
        }
        Discovery.Result found = context.shared(List.of("oidc-discovery", issuer), Discovery.Result.class,
                () -> new Discovery(context.sender()).attempt(issuer));
        if (found.failure() != null) {
            throw new AuthFailure(found.failure(), auth.position());
        }
        ServerMetadata server = found.metadata();
        return new Endpoints(endpoint(server, "device_authorization_endpoint"), endpoint(server, "token_endpoint"));
    }

    private URI endpoint(ServerMetadata server, String name) {
        String url = server.text(name).orElseThrow(() -> new AuthFailure("the metadata of " + server.issuer()
                + " has no " + name + " (RFC 8628 \u00a74): write deviceUrl and tokenUrl in the block",
                auth.position()));
        return checked(url, name);
    }

    private URI checked(String url, String what) {
        Optional<String> problem = UrlCheck.problem(url);
        if (problem.isPresent()) {
            throw new AuthFailure(what + ": " + problem.get(), auth.position());
        }
        return Urls.parse(url).orElseThrow();
    }

    private static String optional(Variables variables, Text text) throws TemplateException {
        return text == null ? null : variables.resolve(text);
    }
}
