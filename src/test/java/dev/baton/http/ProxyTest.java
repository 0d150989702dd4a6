package dev.baton.http;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProxyTest {

    private static WireMockServer target;
    private static WireMockServer proxy;

    @BeforeAll
    static void start() {
        target = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        target.start();
        target.stubFor(get(urlEqualTo("/hello")).willReturn(aResponse().withStatus(200).withBody("from target")));
        proxy = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").enableBrowserProxying(true));
        proxy.start();
    }

    @AfterAll
    static void stop() {
        target.stop();
        proxy.stop();
    }

    @BeforeEach
    void reset() {
        target.resetRequests();
        proxy.resetRequests();
    }

    @Test
    void requestsGoThroughTheProxy() throws Exception {
        HttpResult result = send(HttpSettings.builder().proxy(proxy.baseUrl()).build(), hello());
        assertEquals("from target", result.bodyText());
        assertEquals(1, proxy.getAllServeEvents().size());
        assertEquals(hello(), proxy.getAllServeEvents().get(0).getRequest().getAbsoluteUrl());
        target.verify(1, getRequestedFor(urlEqualTo("/hello")));
    }

    @Test
    void hostsInNoProxyAreReachedDirectly() throws Exception {
        HttpResult result = send(HttpSettings.builder().proxy(proxy.baseUrl()).noProxy("example.com, 127.0.0.1")
                .build(), hello());
        assertEquals("from target", result.bodyText());
        assertEquals(0, proxy.getAllServeEvents().size());
        target.verify(1, getRequestedFor(urlEqualTo("/hello")));
    }

    @Test
    void theEnvironmentProxyIsUsedForItsSchemeOnly() throws Exception {
        HttpSettings env = HttpSettings.fromEnvironment(Map.of("HTTPS_PROXY", proxy.baseUrl()));
        assertEquals("from target", send(env, hello()).bodyText());
        assertEquals(0, proxy.getAllServeEvents().size());
        HttpSettings http = HttpSettings.fromEnvironment(Map.of("http_proxy", proxy.baseUrl()));
        assertEquals("from target", send(http, hello()).bodyText());
        assertEquals(1, proxy.getAllServeEvents().size());
    }

    @Test
    void proxyCredentialsAnswerTheProxysChallenge() throws Exception {
        try (FakeProxy fake = new FakeProxy(head -> head.stream().anyMatch(h -> h.startsWith("Proxy-Authorization:"))
                ? FakeProxy.response("200 OK", "", "proxied")
                : FakeProxy.response("407 Proxy Authentication Required", "Proxy-Authenticate: Basic realm=\"p\"",
                ""))) {
            String withCredentials = fake.url().replace("http://", "http://alice:p%40ss@");
            HttpResult result = send(HttpSettings.builder().proxy(withCredentials).build(),
                    "http://service.example/api?x=1");
            assertEquals("proxied", result.bodyText());
            List<List<String>> heads = fake.heads();
            assertEquals(2, heads.size());
            assertEquals("GET http://service.example/api?x=1 HTTP/1.1", heads.get(1).get(0));
            String expected = "Proxy-Authorization: Basic "
                    + Base64.getEncoder().encodeToString("alice:p@ss".getBytes(StandardCharsets.UTF_8));
            assertTrue(heads.get(1).contains(expected), heads.get(1).toString());
        }
    }

    @Test
    void httpsGoesThroughAConnectTunnelAndARefusalIsExplained() throws Exception {
        try (FakeProxy fake = new FakeProxy(head -> FakeProxy.response("403 Forbidden", "", ""))) {
            TransportException e = assertThrows(TransportException.class, () -> send(HttpSettings.builder()
                    .proxy("http://bob:hunter2@" + fake.url().substring("http://".length())).build(),
                    "https://secure.example:8443/x"));
            assertEquals("CONNECT secure.example:8443 HTTP/1.1", fake.heads().get(0).get(0));
            assertEquals("the proxy " + fake.url().replace("http://", "http://***@") + " refused to open a tunnel to "
                    + "https://secure.example:8443: 403 Forbidden", e.getMessage());
        }
    }

    @Test
    void anUnreachableProxyIsNamed() throws Exception {
        int closedPort;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = free.getLocalPort();
        }
        TransportException e = assertThrows(TransportException.class, () -> send(HttpSettings.builder()
                .proxy("127.0.0.1:" + closedPort).build(), hello()));
        assertEquals("cannot connect to proxy http://127.0.0.1:" + closedPort + " (for http://127.0.0.1:"
                + target.port() + "): Connection refused", e.getMessage());
    }

    /** The target by IP address: loopback, but only exempt from the proxy when listed. */
    private static String hello() {
        return "http://127.0.0.1:" + target.port() + "/hello";
    }

    private static HttpResult send(HttpSettings settings, String url) throws Exception {
        try (ApacheHttpSender sender = new ApacheHttpSender(settings.toBuilder().timeout(Duration.ofSeconds(5))
                .build())) {
            return sender.send(OutgoingRequest.get(URI.create(url)));
        }
    }
}
