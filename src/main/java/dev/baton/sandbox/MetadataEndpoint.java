package dev.baton.sandbox;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /.well-known/oauth-authorization-server} and {@code /.well-known/openid-configuration}: the sandbox's
 * RFC 8414 and OpenID Connect Discovery §3 metadata, saying what it supports as its switches set it: S256 only
 * unless {@code accept-plain}, RFC 9207's {@code iss} in every authorization response, ES256 ID tokens.
 */
final class MetadataEndpoint extends Endpoint {
    static final String NAME = "baton-sandbox-metadata";

    MetadataEndpoint(SandboxState state) {
        super(NAME, state);
    }

    @Override
    ResponseDefinition handle(Request request) {
        String issuer = state.issuer();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", issuer);
        metadata.put("authorization_endpoint", issuer + "/oauth/authorize");
        metadata.put("token_endpoint", issuer + "/oauth/token");
        metadata.put("userinfo_endpoint", issuer + UserEndpoint.USERINFO_PATH);
        metadata.put("jwks_uri", issuer + JwksEndpoint.PATH);
        metadata.put("device_authorization_endpoint", issuer + DeviceEndpoint.PATH);
        metadata.put("pushed_authorization_request_endpoint", issuer + PushedAuthorizationEndpoint.PATH);
        if (state.has(SandboxSwitch.REQUIRE_PAR)) {
            metadata.put("require_pushed_authorization_requests", true);
        }
        metadata.put("scopes_supported", List.of("openid", TokenResponses.SCOPE));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("ES256"));
        metadata.put("revocation_endpoint", state.has(SandboxSwitch.HTTP_ENDPOINTS)
                ? "http://sandbox.baton.test/oauth/revoke" : issuer + RevocationEndpoint.PATH);
        metadata.put("introspection_endpoint", issuer + IntrospectionEndpoint.PATH);
        metadata.put("response_types_supported", state.has(SandboxSwitch.IMPLICIT) ? List.of("code", "token")
                : List.of("code"));
        List<String> grants = new ArrayList<>(List.of("authorization_code", "refresh_token", "client_credentials",
                "account_credentials", DeviceCodeGrant.GRANT_TYPE));
        if (state.has(SandboxSwitch.PASSWORD_GRANT)) {
            grants.add("password");
        }
        metadata.put("grant_types_supported", grants);
        metadata.put("code_challenge_methods_supported", state.has(SandboxSwitch.ACCEPT_PLAIN)
                ? List.of("S256", "plain") : List.of("S256"));
        metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post",
                "client_secret_jwt", "private_key_jwt", "none"));
        metadata.put("authorization_response_iss_parameter_supported", true);
        return Responses.json(200, metadata).build();
    }
}
