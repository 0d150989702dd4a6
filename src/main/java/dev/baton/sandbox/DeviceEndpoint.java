package dev.baton.sandbox;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /oauth/device}: the device authorization endpoint (RFC 8628 §3.1, §3.2). Authenticates the client as
 * the token endpoint does and answers with a device code, a user code, the verification URIs, the codes' lifetime
 * and the polling interval.
 */
final class DeviceEndpoint extends Endpoint {
    static final String NAME = "baton-sandbox-device";
    static final String PATH = "/oauth/device";

    DeviceEndpoint(SandboxState state) {
        super(NAME, state);
    }

    @Override
    ResponseDefinition handle(Request request) {
        Params params = Params.form(request);
        RegisteredClient client = ClientAuthenticator.authenticate(request, params, state);
        String scope = params.get("scope");
        List<String> scopes = scope == null ? List.of() : Arrays.stream(scope.trim().split(" +")).toList();
        DeviceAuthorization device = state.startDeviceAuthorization(client, scopes);
        String verification = state.issuer() + DeviceVerificationEndpoint.PATH;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("device_code", device.deviceCode());
        body.put("user_code", device.userCode());
        body.put("verification_uri", verification);
        body.put("verification_uri_complete", Responses.withQuery(verification,
                Map.of("user_code", device.userCode())));
        body.put("expires_in", SandboxState.DEVICE_CODE_TTL.toSeconds());
        body.put("interval", device.interval().toSeconds());
        return Responses.json(200, body).build();
    }

    @Override
    ResponseDefinition onProblem(OAuthProblem problem) {
        return OAuthErrors.token(problem);
    }
}
