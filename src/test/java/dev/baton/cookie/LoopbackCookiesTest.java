package dev.baton.cookie;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.baton.http.ApacheHttpSender;
import dev.baton.http.Header;
import dev.baton.http.OutgoingRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 10 defect 1, through the real HTTP sender: a server on http://127.0.0.1 that marks its session cookie
 * {@code Secure; SameSite=None} gets it back, as it does from a browser or curl; a new session starts empty.
 */
class LoopbackCookiesTest {

    private WireMockServer server;
    private ApacheHttpSender sender;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(get("/set").willReturn(aResponse().withStatus(200)
                .withHeader("Set-Cookie", "SEC=v; Path=/; Secure; HttpOnly; SameSite=None")
                .withHeader("Set-Cookie", "PLAIN=p; Path=/")));
        server.stubFor(get("/echo").willReturn(aResponse().withStatus(200)));
        sender = new ApacheHttpSender(Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() throws Exception {
        sender.close();
        server.stop();
    }

    private URI at(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    @Test
    void secureCookiesComeBackToAnHttpLoopbackServer() throws Exception {
        sender.send(OutgoingRequest.get(at("/set")));
        sender.send(OutgoingRequest.get(at("/echo")));
        server.verify(getRequestedFor(urlEqualTo("/echo")).withHeader("Cookie", equalTo("SEC=v; PLAIN=p")));
    }

    @Test
    void aCookieHeaderOfTheStepIsJoinedWithTheJarsInOneHeader() throws Exception {
        sender.send(OutgoingRequest.get(at("/set")));
        sender.send(new OutgoingRequest("GET", at("/echo"), List.of(new Header("Cookie", "MINE=m")), null, null,
                null));
        server.verify(getRequestedFor(urlEqualTo("/echo")).withHeader("Cookie", equalTo("MINE=m; SEC=v; PLAIN=p")));
        assertEquals(1, server.findAll(getRequestedFor(urlEqualTo("/echo"))).get(0).getHeaders()
                .getHeader("Cookie").values().size());
    }

    @Test
    void eachSessionHasItsOwnJar() throws Exception {
        sender.send(OutgoingRequest.get(at("/set")));
        try (ApacheHttpSender iteration = sender.session()) {
            iteration.send(OutgoingRequest.get(at("/echo")));
        }
        server.verify(getRequestedFor(urlEqualTo("/echo")).withHeader("Cookie", absent()));
    }
}
