package dev.baton.auth;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a device authorization endpoint answers (RFC 8628 §3.2). {@link #toString()} masks both codes.
 *
 * @param deviceCode              the code the device polls with
 * @param userCode                the code the user enters at the verification URI
 * @param verificationUri         where the user goes
 * @param verificationUriComplete the verification URI with the user code in it, or {@code null}
 * @param expiresIn               how long both codes live
 * @param interval                how long to wait between polls: the server's, or 5 seconds when it sends none
 */
public record DeviceAuthorizationResponse(String deviceCode, String userCode, String verificationUri,
                                          String verificationUriComplete, Duration expiresIn, Duration interval) {

    /** The interval when the response gives none (RFC 8628 §3.2). */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

    public DeviceAuthorizationResponse {
        Objects.requireNonNull(deviceCode, "deviceCode");
        Objects.requireNonNull(userCode, "userCode");
        Objects.requireNonNull(verificationUri, "verificationUri");
        Objects.requireNonNull(expiresIn, "expiresIn");
        Objects.requireNonNull(interval, "interval");
    }

    /**
     * Reads a 200 answer's body.
     *
     * @throws IllegalArgumentException naming the member that is missing or of the wrong kind
     */
    public static DeviceAuthorizationResponse parse(String body) {
        JsonNode json = TokenEndpointCall.json(body);
        if (json == null) {
            throw new IllegalArgumentException("the device authorization response is not a JSON object");
        }
        String verification = text(json, "verification_uri").or(() -> text(json, "verification_url"))
                .orElseThrow(() -> missing("verification_uri"));
        long expires = seconds(json, "expires_in").orElseThrow(() -> missing("expires_in"));
        long interval = seconds(json, "interval").orElse(DEFAULT_INTERVAL.toSeconds());
        if (expires <= 0 || interval <= 0) {
            throw new IllegalArgumentException("the device authorization response has expires_in " + expires
                    + " and interval " + interval + ": both must be positive seconds (RFC 8628 \u00a73.2)");
        }
        return new DeviceAuthorizationResponse(text(json, "device_code").orElseThrow(() -> missing("device_code")),
                text(json, "user_code").orElseThrow(() -> missing("user_code")), verification,
                text(json, "verification_uri_complete").orElse(null), Duration.ofSeconds(expires),
                Duration.ofSeconds(interval));
    }

    /** Where the user signs in: the complete URI when there is one, else the one to type the code at. */
    public String signInUri() {
        return verificationUriComplete != null ? verificationUriComplete : verificationUri;
    }

    private static Optional<String> text(JsonNode json, String name) {
        JsonNode value = json.get(name);
        return value != null && value.isTextual() && !value.asText().isEmpty() ? Optional.of(value.asText())
                : Optional.empty();
    }

    private static Optional<Long> seconds(JsonNode json, String name) {
        JsonNode value = json.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return Optional.of(value.asLong());
        }
        if (value.isTextual() && value.asText().matches("\\d{1,9}")) {
            return Optional.of(Long.parseLong(value.asText()));
        }
        throw new IllegalArgumentException("the device authorization response's " + name
                + " is not a number of seconds");
    }

    private static IllegalArgumentException missing(String name) {
        return new IllegalArgumentException("the device authorization response has no " + name
                + " (RFC 8628 \u00a73.2)");
    }

    @Override
    public String toString() {
        return "DeviceAuthorizationResponse[verificationUri=" + verificationUri + ", expiresIn=" + expiresIn
                + ", interval=" + interval + ", deviceCode=***, userCode=***]";
    }
}
