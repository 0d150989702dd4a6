package dev.baton.auth;

import dev.baton.http.Header;
import dev.baton.http.HttpResult;
import dev.baton.http.HttpSender;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.TransportException;
import dev.baton.http.Urls;
import dev.baton.secret.Redactor;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The device's side of RFC 8628 against a scripted server of its own (not the sandbox): what it sends, and how it
 * waits between polls (§3.5), measured by the pauses it asks for on a clock the test moves.
 */
class DeviceAuthorizationGrantTest {

    private static final URI DEVICE = URI.create("https://as.example/device_authorization");
    private static final URI TOKEN = URI.create("https://as.example/token");
    private static final String CODES = "{\"device_code\":\"GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS\","
            + "\"user_code\":\"WDJB-MJHT\",\"verification_uri\":\"https://as.example/device\","
            + "\"verification_uri_complete\":\"https://as.example/device?user_code=WDJB-MJHT\","
            + "\"expires_in\":1800,\"interval\":%d}";
    private static final String TOKENS = "{\"access_token\":\"at-1\",\"token_type\":\"Bearer\",\"expires_in\":60}";

    private static final String TIMEOUT = "timeout";
    private static final String REFUSED = "refused";

    private final Deque<String[]> answers = new ArrayDeque<>();
    private final List<OutgoingRequest> sent = new ArrayList<>();
    private final List<Duration> pauses = new ArrayList<>();
    private final Redactor secrets = new Redactor();
    private Instant now = Instant.parse("2026-12-01T10:00:00Z");

    private final HttpSender server = request -> {
        sent.add(request);
        String[] answer = answers.removeFirst();
        if (answer[0].equals(TIMEOUT) || answer[0].equals(REFUSED)) {
            throw new TransportException(answer[1], null, List.of(), answer[0].equals(TIMEOUT));
        }
        return new HttpResult(request, Integer.parseInt(answer[0]), "", List.of(new Header("Content-Type",
                "application/json")), answer[1].getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, 1,
                Map.of());
    };

    private DeviceAuthorizationGrant grant() {
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return new DeviceAuthorizationGrant(server, DEVICE, TOKEN, OAuthClient.publicClient("tv-app"), secrets,
                clock, duration -> {
                    pauses.add(duration);
                    now = now.plus(duration);
                });
    }

    private void answer(int status, String body) {
        answers.add(new String[]{String.valueOf(status), body});
    }

    private void fail(String how, String message) {
        answers.add(new String[]{how, message});
    }

    private static String error(String code) {
        return "{\"error\":\"" + code + "\"}";
    }

    @Test
    void theCodesAreAskedForWithTheClientAndScopeAndRegisteredAsSecrets() throws Exception {
        answer(200, CODES.formatted(7));

        DeviceAuthorizationResponse device = grant().request("tv:watch");

        Map<String, String> form = Urls.parameters(new String(sent.get(0).body(), StandardCharsets.UTF_8));
        assertEquals(Map.of("client_id", "tv-app", "scope", "tv:watch"), form);
        assertEquals(Duration.ofSeconds(7), device.interval());
        assertEquals("https://as.example/device?user_code=WDJB-MJHT", device.signInUri());
        assertFalse(new dev.baton.secret.OutputBoundary(secrets).text("code WDJB-MJHT").contains("WDJB-MJHT"));
        assertFalse(device.toString().contains("WDJB"));
    }

    @Test
    void pendingWaitsTheIntervalAndSlowDownAddsFiveSecondsForEveryLaterPoll() throws Exception {
        answer(200, CODES.formatted(2));
        answer(400, error("authorization_pending"));
        answer(400, error("slow_down"));
        answer(400, error("authorization_pending"));
        answer(400, error("slow_down"));
        answer(200, TOKENS);
        DeviceAuthorizationGrant grant = grant();
        DeviceAuthorizationResponse device = grant.request(null);

        DeviceAuthorizationGrant.Polled polled = grant.poll(device, now, now.plus(Duration.ofMinutes(5)));

        assertEquals("at-1", polled.tokens().accessToken());
        assertEquals(5, polled.polls());
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(7), Duration.ofSeconds(7),
                Duration.ofSeconds(12)), pauses);
        Map<String, String> poll = Urls.parameters(new String(sent.get(1).body(), StandardCharsets.UTF_8));
        assertEquals(DeviceAuthorizationGrant.GRANT_TYPE, poll.get("grant_type"));
        assertEquals("GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS", poll.get("device_code"));
        assertEquals("tv-app", poll.get("client_id"));
    }

    @Test
    void aPollThatTimesOutDoublesTheIntervalForThisAndEveryLaterPoll() throws Exception {
        answer(200, CODES.formatted(3));
        fail(TIMEOUT, "timed out after 30000 ms waiting for https://as.example");
        fail(TIMEOUT, "timed out after 30000 ms waiting for https://as.example");
        answer(400, error("authorization_pending"));
        answer(400, error("slow_down"));
        answer(200, TOKENS);
        DeviceAuthorizationGrant grant = grant();
        DeviceAuthorizationResponse device = grant.request(null);

        DeviceAuthorizationGrant.Polled polled = grant.poll(device, now, now.plus(Duration.ofMinutes(5)));

        assertEquals("at-1", polled.tokens().accessToken());
        assertEquals(5, polled.polls());
        assertEquals(List.of(Duration.ofSeconds(6), Duration.ofSeconds(12), Duration.ofSeconds(12),
                Duration.ofSeconds(17)), pauses);
        assertEquals(Duration.ofSeconds(17), polled.interval());
    }

    @Test
    void timeoutsUntilTheDeadlineEndThePollingSayingSo() throws Exception {
        answer(200, CODES.formatted(5));
        for (int i = 0; i < 3; i++) {
            fail(TIMEOUT, "timed out after 30000 ms waiting for https://as.example");
        }
        DeviceAuthorizationGrant grant = grant();
        DeviceAuthorizationResponse device = grant.request(null);

        TokenRequestException e = assertThrows(TokenRequestException.class,
                () -> grant.poll(device, now, now.plus(Duration.ofSeconds(40))));

        assertTrue(e.getMessage().startsWith("no token after 3 polls: the last poll timed out after 30000 ms "
                + "waiting for https://as.example when the deadline came"), e.getMessage());
        assertEquals(List.of(Duration.ofSeconds(10), Duration.ofSeconds(20)), pauses);
        assertNull(e.error());
    }

    @Test
    void aTransportFailureThatIsNoTimeoutEndsThePolling() throws Exception {
        answer(200, CODES.formatted(1));
        fail(REFUSED, "cannot connect to https://as.example: Connection refused");
        DeviceAuthorizationGrant grant = grant();
        DeviceAuthorizationResponse device = grant.request(null);

        TransportException e = assertThrows(TransportException.class,
                () -> grant.poll(device, now, now.plus(Duration.ofMinutes(1))));

        assertTrue(e.getMessage().contains("Connection refused"));
        assertTrue(pauses.isEmpty());
    }

    @Test
    void withoutAnIntervalTheDeviceWaitsFiveSeconds() throws Exception {
        answer(200, CODES.formatted(1).replace(",\"interval\":1", ""));
        answer(400, error("authorization_pending"));
        answer(200, TOKENS);
        DeviceAuthorizationGrant grant = grant();

        grant.poll(grant.request(null), now, now.plus(Duration.ofMinutes(1)));

        assertEquals(List.of(Duration.ofSeconds(5)), pauses);
    }

    @Test
    void accessDeniedAndExpiredTokenStopThePolling() throws Exception {
        for (String code : List.of("access_denied", "expired_token")) {
            answers.clear();
            answer(200, CODES.formatted(1));
            answer(400, error(code));
            DeviceAuthorizationGrant grant = grant();
            DeviceAuthorizationResponse device = grant.request(null);

            TokenRequestException e = assertThrows(TokenRequestException.class,
                    () -> grant.poll(device, now, now.plus(Duration.ofMinutes(1))));

            assertEquals(code, e.error());
            assertTrue(e.getMessage().contains("RFC 8628 \u00a73.5"), e.getMessage());
            assertTrue(answers.isEmpty());
        }
    }

    @Test
    void pollingStopsWhenTheNextPollWouldBeAfterTheDeadline() throws Exception {
        answer(200, CODES.formatted(5));
        for (int i = 0; i < 3; i++) {
            answer(400, error("authorization_pending"));
        }
        DeviceAuthorizationGrant grant = grant();
        DeviceAuthorizationResponse device = grant.request(null);

        TokenRequestException e = assertThrows(TokenRequestException.class,
                () -> grant.poll(device, now, now.plus(Duration.ofSeconds(12))));

        assertTrue(e.getMessage().startsWith("no token after 3 polls: the token endpoint still answered "
                + "authorization_pending when the deadline came"), e.getMessage());
        assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(5)), pauses);
    }

    @Test
    void anotherErrorIsTheTokenEndpointsAndARefusalOfTheCodesNamesTheDeviceEndpoint() throws Exception {
        answer(401, "{\"error\":\"invalid_client\",\"error_description\":\"who are you\"}");
        TokenRequestException refused = assertThrows(TokenRequestException.class, () -> grant().request(null));
        assertTrue(refused.getMessage().startsWith("the device authorization endpoint https://as.example/"
                + "device_authorization answered HTTP 401 invalid_client: who are you"), refused.getMessage());

        answer(200, "{\"device_code\":\"d\",\"user_code\":\"u\",\"expires_in\":60}");
        TokenRequestException incomplete = assertThrows(TokenRequestException.class, () -> grant().request(null));
        assertTrue(incomplete.getMessage().contains("has no verification_uri (RFC 8628 \u00a73.2)"),
                incomplete.getMessage());
        assertNull(incomplete.error());
    }
}
