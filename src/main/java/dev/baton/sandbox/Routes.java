package dev.baton.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;

/** The stubs: each routes a method and path to the endpoint transformer that answers it; the rest is 404. */
final class Routes {
    private static final int FALLBACK_PRIORITY = 10;

    private Routes() {
    }

    static void register(WireMockServer server) {
        server.stubFor(to(get(urlPathEqualTo("/oauth/authorize")), AuthorizationEndpoint.NAME));
        server.stubFor(to(get(urlPathEqualTo("/oauth/token")), AuthorizationEndpoint.NAME));
        server.stubFor(to(post(urlPathEqualTo("/signin")), SignInEndpoint.NAME));
        server.stubFor(to(get(urlPathEqualTo("/oauth/consent")), ConsentEndpoint.NAME));
        server.stubFor(to(post(urlPathEqualTo("/oauth/consent")), ConsentEndpoint.NAME));
        server.stubFor(to(post(urlPathEqualTo("/oauth/continue")), InterstitialEndpoint.NAME));
        server.stubFor(to(post(urlPathEqualTo("/oauth/token")), TokenEndpoint.NAME));
        server.stubFor(to(post(urlPathEqualTo(DeviceEndpoint.PATH)), DeviceEndpoint.NAME));
        server.stubFor(to(post(urlPathEqualTo(PushedAuthorizationEndpoint.PATH)), PushedAuthorizationEndpoint.NAME));
        server.stubFor(to(post(urlPathEqualTo(RevocationEndpoint.PATH)), RevocationEndpoint.NAME));
        server.stubFor(to(post(urlPathEqualTo(IntrospectionEndpoint.PATH)), IntrospectionEndpoint.NAME));
        server.stubFor(to(get(urlPathEqualTo(DeviceVerificationEndpoint.PATH)), DeviceVerificationEndpoint.NAME));
        server.stubFor(to(post(urlPathEqualTo(DeviceVerificationEndpoint.PATH)), DeviceVerificationEndpoint.NAME));
        server.stubFor(to(post(urlPathEqualTo(DeviceVerificationEndpoint.CONSENT_PATH)),
                DeviceVerificationEndpoint.NAME));
        server.stubFor(to(get(urlPathEqualTo("/v2/users/me")), UserEndpoint.NAME));
        server.stubFor(to(get(urlPathEqualTo(UserEndpoint.USERINFO_PATH)), UserEndpoint.NAME));
        server.stubFor(to(get(urlPathEqualTo(JwksEndpoint.PATH)), JwksEndpoint.NAME));
        server.stubFor(to(get(urlPathEqualTo("/.well-known/oauth-authorization-server")), MetadataEndpoint.NAME));
        server.stubFor(to(get(urlPathEqualTo("/.well-known/openid-configuration")), MetadataEndpoint.NAME));
        server.stubFor(any(anyUrl()).atPriority(FALLBACK_PRIORITY).willReturn(aResponse()
                .withStatus(404)
                .withHeader("Content-Type", "application/json;charset=UTF-8")
                .withBody(OAuthErrors.notFoundBody())));
    }

    private static MappingBuilder to(MappingBuilder request, String endpoint) {
        return request.willReturn(aResponse().withTransformers(endpoint));
    }
}
