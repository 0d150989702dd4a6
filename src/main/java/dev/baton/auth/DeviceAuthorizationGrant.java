package dev.baton.auth;

import dev.baton.http.HttpResult;
import dev.baton.http.HttpSender;
import dev.baton.http.TransportException;
import dev.baton.secret.Redactor;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The device authorization grant (RFC 8628), from the device's side: the codes asked for at the device authorization
 * endpoint (§3.1), then the token endpoint polled (§3.4) as §3.5 says: again after the interval while the answer is
 * {@code authorization_pending}, the interval 5 seconds longer for this and every later poll after
 * {@code slow_down}, twice as long for this and every later poll after a poll that timed out (a connection
 * timeout: "clients MUST unilaterally reduce their polling frequency before retrying", exponential backoff
 * recommended), and no more after {@code access_denied}, {@code expired_token}, another error, or the deadline. Both
 * codes are registered as secrets as soon as they arrive.
 */
public final class DeviceAuthorizationGrant {

    /** The grant type of the token request (RFC 8628 §3.4). */
    public static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:device_code";
    static final Duration SLOW_DOWN = Duration.ofSeconds(5);

    /** Waits between polls; a test's waits nothing and remembers. */
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    /**
     * What polling got.
     *
     * @param tokens   the token response
     * @param polls    how many token requests were made
     * @param interval the interval at the end, longer than the server's first after {@code slow_down}
     */
    public record Polled(TokenResponse tokens, int polls, Duration interval) {
    }

    private final HttpSender sender;
    private final URI deviceUrl;
    private final URI tokenUrl;
    private final OAuthClient client;
    private final Redactor secrets;
    private final Clock clock;
    private final Pause pause;

    public DeviceAuthorizationGrant(HttpSender sender, URI deviceUrl, URI tokenUrl, OAuthClient client,
                                    Redactor secrets) {
        this(sender, deviceUrl, tokenUrl, client, secrets, Clock.systemUTC(),
                duration -> Thread.sleep(duration.toMillis()));
    }

    DeviceAuthorizationGrant(HttpSender sender, URI deviceUrl, URI tokenUrl, OAuthClient client, Redactor secrets,
                             Clock clock, Pause pause) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.deviceUrl = TokenEndpointCall.checkedUrl(deviceUrl);
        this.tokenUrl = TokenEndpointCall.checkedUrl(tokenUrl);
        this.client = Objects.requireNonNull(client, "client");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.clock = clock;
        this.pause = pause;
    }

    /**
     * Asks for a device code and a user code (RFC 8628 §3.1).
     *
     * @param scope the scope, or {@code null} for the client's default
     * @throws TokenRequestException when the endpoint refuses, or answers with no usable codes
     */
    public DeviceAuthorizationResponse request(String scope) throws TokenRequestException, TransportException {
        Map<String, String> form = new LinkedHashMap<>();
        if (scope != null && !scope.isBlank()) {
            form.put("scope", scope.trim());
        }
        HttpResult answer = TokenEndpointCall.send(sender, deviceUrl, client, Map.of(), form);
        if (answer.status() != 200) {
            throw TokenEndpointCall.refusal(answer, "the device authorization endpoint");
        }
        try {
            DeviceAuthorizationResponse device = DeviceAuthorizationResponse.parse(answer.bodyText());
            secrets.add(device.deviceCode());
            secrets.add(device.userCode());
            return device;
        } catch (IllegalArgumentException e) {
            throw new TokenRequestException(e.getMessage() + " (HTTP 200 from " + deviceUrl + ")", 200, null, null);
        }
    }

    /**
     * Polls the token endpoint until it issues tokens, refuses, or {@code deadline} (or the codes' expiry, if
     * sooner) would pass before the next poll.
     *
     * @param receivedAt when the device authorization response came, from which the codes' lifetime counts
     * @throws TokenRequestException when the user denied, the code expired, another error came, or time ran out
     * @throws InterruptedException  when the run is stopped while waiting
     */
    public Polled poll(DeviceAuthorizationResponse device, Instant receivedAt, Instant deadline)
            throws TokenRequestException, TransportException, InterruptedException {
        Instant expires = receivedAt.plus(device.expiresIn());
        Instant end = expires.isBefore(deadline) ? expires : deadline;
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", GRANT_TYPE);
        form.put("device_code", device.deviceCode());
        Duration interval = device.interval();
        for (int polls = 1; ; polls++) {
            String waiting;
            String last;
            try {
                return new Polled(TokenEndpointCall.post(sender, tokenUrl, client, Map.of(), form), polls, interval);
            } catch (TransportException e) {
                if (!e.timedOut()) {
                    throw e;
                }
                waiting = null;
                last = "the last poll " + e.getMessage();
                interval = interval.multipliedBy(2);
            } catch (TokenRequestException e) {
                waiting = String.valueOf(e.error());
                last = "the token endpoint still answered " + waiting;
                switch (waiting) {
                    case "authorization_pending" -> { }
                    case "slow_down" -> interval = interval.plus(SLOW_DOWN);
                    case "access_denied" -> throw new TokenRequestException("the user denied the device "
                            + "authorization: " + e.getMessage() + " (RFC 8628 \u00a73.5)", e.status(), e.error(),
                            e.errorDescription());
                    case "expired_token" -> throw new TokenRequestException("the device code expired before the "
                            + "user approved it: " + e.getMessage() + " (RFC 8628 \u00a73.5)", e.status(), e.error(),
                            e.errorDescription());
                    default -> throw e;
                }
            }
            if (clock.instant().plus(interval).isAfter(end)) {
                throw new TokenRequestException("no token after " + polls + (polls == 1 ? " poll" : " polls")
                        + ": " + last + " when the "
                        + (end.equals(expires) ? "device code's expires_in" : "deadline") + " came",
                        waiting == null ? 0 : 400, waiting, null);
            }
            pause.sleep(interval);
        }
    }
}
