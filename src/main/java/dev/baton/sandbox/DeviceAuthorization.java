package dev.baton.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One device authorization (RFC 8628 §3.2): its device code and user code, the client and scopes, the user's
 * decision once made, and the polling interval the client must keep, which {@code slow_down} lengthens (§3.5).
 */
final class DeviceAuthorization implements TimedStore.Expiring {

    /** Where the user's decision stands. */
    enum Decision { PENDING, APPROVED, DENIED, REDEEMED }

    private static final Duration SLOW_DOWN = Duration.ofSeconds(5);

    private final String deviceCode = Randoms.token();
    private final String userCode = UserCodes.make();
    private final String csrf = Randoms.token();
    private final RegisteredClient client;
    private final List<String> scopes;
    private final Instant expiresAt;
    private Duration interval;
    private Instant lastPoll;
    private boolean slowedOnce;
    private Decision decision = Decision.PENDING;

    DeviceAuthorization(RegisteredClient client, List<String> scopes, Instant expiresAt, Duration interval) {
        this.client = client;
        this.scopes = List.copyOf(scopes);
        this.expiresAt = expiresAt;
        this.interval = interval;
    }

    String deviceCode() {
        return deviceCode;
    }

    String userCode() {
        return userCode;
    }

    String csrf() {
        return csrf;
    }

    RegisteredClient client() {
        return client;
    }

    List<String> scopes() {
        return scopes;
    }

    @Override
    public Instant expiresAt() {
        return expiresAt;
    }

    synchronized Duration interval() {
        return interval;
    }

    synchronized Decision decision() {
        return decision;
    }

    /** Records the user's decision; false when one was made already. */
    synchronized boolean decide(boolean approved) {
        if (decision != Decision.PENDING) {
            return false;
        }
        decision = approved ? Decision.APPROVED : Decision.DENIED;
        return true;
    }

    /**
     * Records a poll at {@code now}: true when it came too soon (before the interval since the last poll, or the
     * first poll when {@code slowFirst}), in which case the interval grows by 5 seconds for this and every later
     * request (RFC 8628 §3.5).
     */
    synchronized boolean pollTooSoon(Instant now, boolean slowFirst) {
        boolean tooSoon = lastPoll != null && now.isBefore(lastPoll.plus(interval)) || slowFirst && !slowedOnce;
        lastPoll = now;
        if (tooSoon) {
            slowedOnce = true;
            interval = interval.plus(SLOW_DOWN);
        }
        return tooSoon;
    }

    /** Takes the approved authorization for tokens; false when it is not approved or was redeemed already. */
    synchronized boolean redeem() {
        if (decision != Decision.APPROVED) {
            return false;
        }
        decision = Decision.REDEEMED;
        return true;
    }
}
