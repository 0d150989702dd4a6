package dev.baton.sandbox;

/**
 * {@code grant_type=urn:ietf:params:oauth:grant-type:device_code} (RFC 8628 §3.4, §3.5):
 * {@code authorization_pending} until the user decides, {@code slow_down} to a client that polls before the interval is up, {@code access_denied}
 * once the user declined, {@code expired_token} once the device code has expired; tokens once, to the client the
 * code was issued to.
 */
final class DeviceCodeGrant {
    static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:device_code";
    private static final String REASON = "Invalid device code";

    private final SandboxState state;

    DeviceCodeGrant(SandboxState state) {
        this.state = state;
    }

    TokenPair redeem(RegisteredClient client, Params params) {
        DeviceAuthorization device = state.deviceAuthorization(params.require("device_code"));
        if (device == null) {
            throw OAuthProblem.invalidGrant(REASON, "The device code is not recognised");
        }
        if (!device.client().id().equals(client.id())) {
            throw OAuthProblem.invalidGrant(REASON, "The device code was issued to another client");
        }
        if (device.isExpiredAt(state.now())) {
            throw OAuthProblem.named(400, "expired_token", "The device code has expired: start again");
        }
        if (device.pollTooSoon(state.now(), state.has(SandboxSwitch.DEVICE_SLOW_DOWN))) {
            throw OAuthProblem.named(400, "slow_down", "Polled before the interval was up; the interval is now "
                    + device.interval().toSeconds() + " seconds");
        }
        return switch (device.decision()) {
            case PENDING -> throw OAuthProblem.named(400, "authorization_pending", "The user has not decided yet");
            case DENIED -> throw OAuthProblem.accessDenied("The user denied the device");
            case REDEEMED -> throw OAuthProblem.invalidGrant(REASON, "The device code was used already");
            case APPROVED -> {
                if (!device.redeem()) {
                    throw OAuthProblem.invalidGrant(REASON, "The device code was used already");
                }
                yield state.issueTokens(client.id(), Randoms.token());
            }
        };
    }
}
