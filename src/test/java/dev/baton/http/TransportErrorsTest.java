package dev.baton.http;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TransportErrorsTest {

    @Test
    void aClosedPortIsReportedWithoutHttpClientsWording() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port;
        try (ApacheHttpSender sender = new ApacheHttpSender(Duration.ofSeconds(5))) {
            TransportException e = assertThrows(TransportException.class,
                    () -> sender.send(OutgoingRequest.get(URI.create(url + "/x?code=secret"))));
            assertEquals("cannot connect to " + url + ": Connection refused", e.getMessage());
        }
    }

    @Test
    void aSlowServerTimesOutWithTheRequestsOwnTimeout() throws Exception {
        WireMockServer slow = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        slow.start();
        try (ApacheHttpSender sender = new ApacheHttpSender(Duration.ofSeconds(30))) {
            slow.stubFor(get(urlEqualTo("/slow")).willReturn(aResponse().withStatus(200).withFixedDelay(2000)));
            String url = "http://127.0.0.1:" + slow.port();
            OutgoingRequest request = new OutgoingRequest("GET", URI.create(url + "/slow"), List.of(), null, null,
                    Duration.ofMillis(200));
            TransportException e = assertThrows(TransportException.class, () -> sender.send(request));
            assertEquals("timed out after 200 ms waiting for " + url + " (--timeout MS or a step's timeout: sets how "
                    + "long to wait)", e.getMessage());
        } finally {
            slow.stop();
        }
    }
}
